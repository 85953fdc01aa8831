import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { editDistance, searchApproximate } from '../../../lib/anchoring/approximate';
import { SEED, seedText } from './seed-page';

/** For every end position, the fewest edits of `pattern` into a substring ending there (Sellers). */
function bestEndingAt(text: string, pattern: string): number[] {
  let previous = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const change = previous[j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      current[j] = Math.min(change, previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous;
}

const small = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength });

describe('searchApproximate', () => {
  test('finds the best match whenever one is within the budget, as the dynamic program does', () => {
    fc.assert(
      fc.property(
        small(160),
        small(90).filter(Boolean),
        fc.double({ min: 0, max: 0.6 }),
        (text, pattern, share) => {
          const maxErrors = Math.floor(pattern.length * share);
          const best = Math.min(...bestEndingAt(text, pattern));
          const found = searchApproximate(text, pattern, maxErrors, { maxMatches: 10_000 });
          const fewest = Math.min(...found.map((match) => match.errors));
          expect(fewest).toBe(best <= maxErrors ? best : Infinity);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('every match it answers spans text exactly that many edits from the pattern', () => {
    fc.assert(
      fc.property(small(300), small(140).filter(Boolean), (text, pattern) => {
        const maxErrors = Math.floor(pattern.length * 0.4);
        for (const match of searchApproximate(text, pattern, maxErrors, { maxMatches: 10_000 })) {
          expect(editDistance(pattern, text.slice(match.start, match.end))).toBe(match.errors);
          expect(match.errors).toBeLessThanOrEqual(maxErrors);
        }
      }),
      { numRuns: 200 },
    );
  });

  const rhc = seedText(SEED.rhc).replace(/\s+/g, ' ');
  test.each([
    ['unchanged', 'proof of bloody carnage committed by the military alliance', 0],
    ['a word inserted', 'proof of the bloody carnage committed by the military alliance', 4],
    ['a word deleted', 'proof of carnage committed by the military alliance', 6],
    ['a word changed', 'proof of bloody killings committed by the military alliance', 7],
    ['spelling', 'the rotating president of the UN Security Council Ma Zhaoxou', 1],
    [
      'a long quote, two words changed',
      rhc.slice(400, 900).replace('innocent', 'ordinary').replace('mass', 'large'),
      12,
    ],
  ])('a seed sentence with %s is found with the edits it needs', (_name, quote, errors) => {
    const [best] = searchApproximate(rhc, quote, Math.floor(quote.length * 0.2));
    expect(best?.errors).toBe(errors);
    expect(editDistance(quote, rhc.slice(best!.start, best!.end))).toBe(errors);
  });

  test('a sentence from the other seed article is not in this one', () => {
    const pressTv = seedText(SEED.pressTv).replace(/\s+/g, ' ');
    const quote = pressTv.slice(300, 380);
    expect(searchApproximate(rhc, quote, Math.floor(quote.length * 0.2))).toEqual([]);
  });

  test('one match per place: the end positions around an occurrence collapse to the best one', () => {
    const text = 'xx abcdef yy abcdef zz';
    expect(searchApproximate(text, 'abcdef', 1)).toEqual([
      { start: 3, end: 9, errors: 0 },
      { start: 13, end: 19, errors: 0 },
    ]);
  });

  test('empty text or pattern finds nothing; matches are capped', () => {
    expect(searchApproximate('', 'abc', 1)).toEqual([]);
    expect(searchApproximate('abc', '', 1)).toEqual([]);
    expect(searchApproximate('ab '.repeat(100), 'ab', 0, { maxMatches: 5 })).toHaveLength(5);
  });
});

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['Raqqah', 'Raqqa', 1],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
