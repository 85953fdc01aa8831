import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeText, sourceSpan } from '../../../lib/text/normalize';

describe('normalizeText', () => {
  test.each([
    ['Raqqah’s “heinous” crimes', 'raqqah\'s "heinous" crimes'],
    ['Fósforo  BLANCO', 'fosforo blanco'],
    ['U.S.–led\u00a0coalition', 'u.s.-led coalition'],
    ['ﬁne\u200b print', 'fine print'],
    ['line one\n\n\tline two', 'line one line two'],
    ['Dayr al‑Zawr', 'dayr al-zawr'],
  ])('folds %j to %j', (source, folded) => {
    expect(normalizeText(source).text).toBe(folded);
  });

  test.each([
    ['The “heinous” crimes in Raqqah', 'heinous', '“heinous'],
    ['Más de 4.000 cuerpos', 'mas de', 'Más de'],
    ['a  b\n\nc', 'b c', 'b\n\nc'],
  ])('maps a folded match in %j back to the source', (source, needle, expected) => {
    const normalized = normalizeText(source);
    const at = normalized.text.indexOf(needle);
    const [start, end] = sourceSpan(normalized, at, at + needle.length);
    expect(normalizeText(source.slice(start, end)).text.replace(/^"/, '')).toBe(needle);
    expect(source.slice(start, end).endsWith(expected.slice(-1))).toBe(true);
  });

  test('every folded span maps to source text that folds back to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (source, a, b) => {
        const normalized = normalizeText(source);
        const length = normalized.text.length;
        const start = length ? a % length : 0;
        const end = length ? start + (b % (length - start + 1)) : 0;
        const [from, to] = sourceSpan(normalized, start, end);
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(source.length);
        expect(to).toBeGreaterThanOrEqual(from);
        const refolded = normalizeText(source.slice(from, to)).text.trim();
        expect(refolded).toContain(normalized.text.slice(start, end).trim());
      }),
      { numRuns: 300 },
    );
  });
});
