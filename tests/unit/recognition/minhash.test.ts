import { describe, expect, test } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../lib/recognition/codec';
import { compactSignature, estimateJaccard, minhash } from '../../../lib/recognition/minhash';

/** Two sets of 1,000 pseudo-random hashes sharing `shared` of them. */
function pair(shared: number): [Uint32Array, Uint32Array] {
  const value = (i: number) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  const a = Uint32Array.from({ length: 1000 }, (_, i) => value(i));
  const b = Uint32Array.from({ length: 1000 }, (_, i) => (i < shared ? value(i) : value(i + 10_000)));
  return [a, b];
}

describe('MinHash', () => {
  test.each([0, 200, 500, 800, 1000])('estimates Jaccard for %i shared of 1,000', (shared) => {
    const [a, b] = pair(shared);
    const exact = shared / (2000 - shared);
    const estimate = estimateJaccard(minhash(a), compactSignature(minhash(b)));
    // 128 one-byte slots: standard error ≤ 0.045; allow three of them.
    expect(Math.abs(estimate - exact)).toBeLessThan(0.135);
  });

  test('survives the compact base64 round trip', () => {
    const signature = compactSignature(minhash(pair(0)[0]));
    expect(Array.from(base64ToBytes(bytesToBase64(signature)))).toEqual(Array.from(signature));
    expect(bytesToBase64(signature)).toHaveLength(172);
  });

  test('says 0 when a text has no shingles', () => {
    const empty = minhash(new Uint32Array());
    expect(estimateJaccard(empty, empty, false)).toBe(0);
    expect(Array.from(empty).every((value) => value === 0xffffffff)).toBe(true);
  });
});
