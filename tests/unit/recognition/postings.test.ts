import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  bucketBits,
  buildRows,
  isPostingRow,
  META_SLOT,
  PostingEntries,
  slotOf,
  unpackValue,
  valuesFor,
  type IdRow,
  type MetaRow,
  type PostingRow,
} from '../../../lib/recognition/postings';

describe('posting rows', () => {
  test('find every entry they were built from, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 0xffffffff }), fc.nat({ max: 5000 }), fc.nat({ max: 4095 })), {
          maxLength: 3000,
        }),
        (entries) => {
          const collected = new PostingEntries();
          for (const [key, ref, tag] of entries) collected.add(key, ref, tag);
          const rows = buildRows('pack', collected, null);
          const meta = rows.find((row) => row.slot === META_SLOT) as MetaRow;
          const buckets = new Map(rows.filter(isPostingRow).map((row) => [row.slot, row]));
          for (const [key, ref, tag] of entries) {
            const row = buckets.get(slotOf(key, meta.bits)) as PostingRow;
            expect(valuesFor(row, key).map(unpackValue)).toContainEqual({ ref, tag });
          }
          const absent = entries.length ? ((entries[0]?.[0] ?? 0) ^ 1) >>> 0 : 7;
          const row = buckets.get(slotOf(absent, meta.bits));
          if (row && !entries.some(([key]) => key === absent)) expect(valuesFor(row, absent)).toEqual([]);
        },
      ),
      { numRuns: 50 },
    );
  });

  test.each([
    [0, 0],
    [512, 0],
    [51_200, 7],
    [45_600_000, 17],
  ])('bucket %i keys with %i bits (about 512 per row)', (entries, bits) => {
    expect(bucketBits(entries)).toBe(bits);
  });

  test('stores the ids refs point at, 256 per row', () => {
    const ids = Array.from({ length: 600 }, (_, i) => `article-${i}`);
    const rows = buildRows('pack', new PostingEntries(), ids).filter((row): row is IdRow => 'ids' in row);
    expect(rows.map((row) => row.slot)).toEqual([-2, -3, -4]);
    expect(rows.flatMap((row) => row.ids)).toEqual(ids);
  });
});
