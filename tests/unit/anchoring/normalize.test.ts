import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldUnit, normalizeForMatch } from '../../../lib/anchoring/normalize';

/** The definition, one unit at a time: what the page index does to the page's text. */
function foldedUnitByUnit(text: string): string {
  let out = '';
  for (const unit of text.split('')) {
    const folded = foldUnit(unit);
    if (folded === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += folded;
  }
  return out.trimEnd();
}

describe('normalizeForMatch', () => {
  test.each([
    ['Raqqah’s “heinous” crimes', 'Raqqah\'s "heinous" crimes'],
    ['U.S.–led\u00a0coalition', 'U.S.-led coalition'],
    ['  line one\n\n\tline two  ', 'line one line two'],
    ['soft\u00adhyphen and zero\u200bwidth', 'softhyphen and zerowidth'],
    ['a \u200b b', 'a b'],
    ['\ufeffByte order mark', 'Byte order mark'],
    ['«guillemets» — and a dash', '"guillemets" - and a dash'],
    ['\u202eright-to-left override\u202c', 'right-to-left override'],
  ])('folds %j to %j', (text, expected) => {
    expect(normalizeForMatch(text)).toBe(expected);
  });

  test.each([
    ["'", '\u2018\u2019\u201A\u201B\u2032\u02BC'],
    ['"', '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB'],
    ['-', '\u2010\u2011\u2012\u2013\u2014\u2015\u2212'],
  ])('folds every variant of %s to it', (folded, variants) => {
    for (const unit of variants) expect(foldUnit(unit)).toBe(folded);
    expect(normalizeForMatch(`a${variants}b`)).toBe(`a${folded.repeat(variants.length)}b`);
  });

  test('agrees with folding one unit at a time, on any text', () => {
    const units = fc.constantFrom(
      ...'ab .,\'"-\n\t\u00a0\u2028\u00ad\u200b\u200e\u202e\u2066\ufeff\u2018\u2019\u201c\u201d\u00ab\u2013\u2014\u2212\u0301é中'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(units, fc.string({ maxLength: 3 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(normalizeForMatch(text)).toBe(foldedUnitByUnit(text));
      }),
      { numRuns: 2000 },
    );
  });
});
