/**
 * Robust winnowing (Schleimer, Wilkerson and Aiken, 2003): in every window of `window`
 * consecutive hashes select the smallest (the rightmost on ties). Two texts sharing a run of
 * `window + k - 1` words are guaranteed to select a common hash inside it, and a text selects
 * about 2/(window+1) of its shingles.
 */
import { UNFIT } from './shingles';

/** A selected shingle: its hash and its index in the shingle list. */
export interface Anchor {
  hash: number;
  position: number;
}

/** Selects anchors from `hashes` with a sliding window; `UNFIT` hashes are never selected. */
export function winnow(hashes: Uint32Array, window: number): Anchor[] {
  const anchors: Anchor[] = [];
  const size = Math.max(1, Math.min(window, hashes.length));
  // Monotonic deque of positions whose hashes increase: the front is the window's minimum.
  const deque = new Int32Array(hashes.length);
  let head = 0;
  let tail = 0;
  let lastSelected = -1;
  for (let i = 0; i < hashes.length; i++) {
    const hash = hashes[i] ?? UNFIT;
    while (tail > head && (hashes[deque[tail - 1] ?? 0] ?? 0) >= hash) tail--;
    deque[tail++] = i;
    while ((deque[head] ?? 0) <= i - size) head++;
    if (i < size - 1) continue;
    const front = deque[head] ?? 0;
    const minimum = hashes[front] ?? UNFIT;
    if (front !== lastSelected && minimum !== UNFIT) {
      anchors.push({ hash: minimum, position: front });
      lastSelected = front;
    }
  }
  return anchors;
}
