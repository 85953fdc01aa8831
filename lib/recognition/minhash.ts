/**
 * MinHash signatures: for each of `MINHASH_SIZE` hash functions, the smallest hash over a
 * text's shingles. The share of equal slots between two signatures estimates the Jaccard
 * similarity of their shingle sets.
 */
import { mix32 } from '../text/hash';
import { MINHASH_SIZE } from './params';

// One seed per slot, drawn from a fixed splitmix-style sequence so every build agrees.
const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

/**
 * One byte of each slot is stored (b-bit MinHash, Li and König 2010): two different minima agree
 * on it once in 256, which the estimate corrects for. 128 bytes instead of 512 per article.
 */
const STORED_MASK = 0xff;
const CHANCE_AGREEMENT = 1 / 256;

/** The MinHash signature of a set of shingle hashes (all slots 0xffffffff when empty). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const distinct = new Set(shingles);
  for (const shingle of distinct) {
    for (let slot = 0; slot < MINHASH_SIZE; slot++) {
      const value = mix32(shingle ^ (SEEDS[slot] ?? 0));
      if (value < (signature[slot] ?? 0)) signature[slot] = value;
    }
  }
  return signature;
}

/** The stored form of a signature: the low byte of each slot. */
export function compactSignature(signature: Uint32Array): Uint8Array {
  return Uint8Array.from(signature, (value) => value & STORED_MASK);
}

/**
 * Estimated Jaccard similarity of two signatures (full or compact), corrected for the
 * chance agreement of one-byte values. Returns 0 when either text had no shingles.
 */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>, bothNonEmpty = true): number {
  if (!bothNonEmpty) return 0;
  const slots = Math.min(a.length, b.length);
  if (slots === 0) return 0;
  let equal = 0;
  for (let i = 0; i < slots; i++) if (((a[i] ?? 0) & STORED_MASK) === ((b[i] ?? 0) & STORED_MASK)) equal++;
  const raw = equal / slots;
  return Math.max(0, (raw - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT));
}
