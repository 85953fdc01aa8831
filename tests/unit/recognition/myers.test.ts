import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { searchApproximate } from '../../../lib/recognition/claims/myers';

/** The fewest edits of `pattern` into any substring of `text` (Sellers' dynamic program). */
function naiveBest(text: string, pattern: string): number {
  let previous = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return Math.min(...previous);
}

/** Edit distance between two whole strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

describe('searchApproximate', () => {
  test.each([
    ['the bodies of more than 4,000 people were found', 'bodies of more than 4,000 peple'],
    ['killed 14 civilians and injured over 40 others', 'claimed the lives of 14 civilians'],
    [
      'which claimed the lives of 14 civilians and injured over 40 others',
      'which claimed the lives of 14 civilians',
    ],
  ])('finds %j ≈ %j with the fewest edits', (text, pattern) => {
    const [match] = searchApproximate(text, pattern, 20);
    expect(match?.errors).toBe(naiveBest(text, pattern));
    expect(distance(text.slice(match?.start ?? 0, match?.end ?? 0), pattern)).toBe(match?.errors);
  });

  test('finds a one-letter typo as one error at the right place', () => {
    const text = 'the bodies of more than 4,000 people were found';
    const [match] = searchApproximate(text, 'bodies of more than 4,000 peple', 3);
    expect(match).toEqual({ start: text.indexOf('bodies'), end: text.indexOf(' were'), errors: 1 });
  });

  test('returns nothing above the error limit', () => {
    expect(searchApproximate('completely different words', 'the bodies of 4,000 people', 3)).toEqual([]);
  });

  test('agrees with the dynamic program on random strings, patterns longer than 32 included', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 90 });
    fc.assert(
      fc.property(
        letters,
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 70 }),
        (text, pattern) => {
          const best = naiveBest(text, pattern);
          const matches = searchApproximate(text, pattern, pattern.length);
          if (text.length === 0) return;
          expect(matches[0]?.errors).toBe(best);
          for (const match of matches)
            expect(distance(text.slice(match.start, match.end), pattern)).toBe(best);
        },
      ),
      { numRuns: 300 },
    );
  });
});
