import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../lib/text/tokenize';
import { ANCHOR_WINDOW, SHINGLE_WORDS } from '../../../lib/recognition/params';
import { shingleHashes, UNFIT } from '../../../lib/recognition/shingles';
import { winnow } from '../../../lib/recognition/winnow';

const VOCABULARY =
  'raqqa coalition ministry letters graves bodies council strike city civilians report army river market bread'.split(
    ' ',
  );
const text = (indices: number[]) => indices.map((i) => VOCABULARY[i % VOCABULARY.length]).join(' ');
const anchors = (source: string) =>
  new Set(winnow(shingleHashes(tokenize(source)), ANCHOR_WINDOW).map((anchor) => anchor.hash));

describe('winnow', () => {
  test('selects a shared anchor in every shared run of window + k - 1 words', () => {
    const guaranteed = ANCHOR_WINDOW + SHINGLE_WORDS - 1;
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: guaranteed, maxLength: guaranteed + 20 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (shared, before, after) => {
          const a = `${text(before.map((i) => i + 3))} ${text(shared)} ${text(after)}`;
          const b = `${text(after.map((i) => i + 7))} ${text(shared)}`;
          const common = [...anchors(a)].filter((hash) => anchors(b).has(hash));
          expect(common.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  test.each([
    [[5, 1, 4, 1, 3], 3, [1, 1]],
    [[9, 8, 7, 6, 5], 2, [8, 7, 6, 5]],
  ])('winnows %j with window %i to hashes %j', (hashes, window, expected) => {
    expect(winnow(Uint32Array.from(hashes), window).map((anchor) => anchor.hash)).toEqual(expected);
  });

  test('never selects unfit shingles', () => {
    expect(winnow(Uint32Array.from([UNFIT, UNFIT, UNFIT]), 2)).toEqual([]);
  });

  test("selects about 2/(w+1) of a text's shingles", () => {
    const long = text(Array.from({ length: 3000 }, (_, i) => Math.imul(i, 2654435761) >>> 7));
    const hashes = shingleHashes(tokenize(long));
    const density = winnow(hashes, ANCHOR_WINDOW).length / hashes.length;
    expect(density).toBeGreaterThan(1.5 / (ANCHOR_WINDOW + 1));
    expect(density).toBeLessThan(2.5 / (ANCHOR_WINDOW + 1));
  });
});
