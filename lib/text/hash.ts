/**
 * Small, fast 32-bit hashes (MurmurHash3 mixing). Stable across runs and platforms, because
 * corpus fingerprints built at pack time are compared with page fingerprints built in the browser.
 */

/** MurmurHash3's finalizer: a bijection on 32-bit integers that spreads every input bit. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds one 32-bit value into a running hash (MurmurHash3's block step). */
export function combine(hash: number, value: number): number {
  let k = Math.imul(value >>> 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = (hash ^ k) >>> 0;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

/** 32-bit hash of a string's UTF-16 units, seeded so different key spaces do not collide. */
export function hashString(text: string, seed = 0): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = combine(h, text.charCodeAt(i));
  return mix32(h ^ text.length);
}
