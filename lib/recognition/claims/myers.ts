/**
 * Approximate substring search: Myers' bit-parallel algorithm (1999) with Hyyrö's blocks for
 * patterns longer than 32 characters. Finds where `pattern` occurs in `text` with the fewest
 * edits (insertions, deletions, substitutions), in O(n · m/32) time.
 */

/** An approximate occurrence: half-open span in the text and its edit distance. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

interface Blocks {
  positive: Uint32Array;
  negative: Uint32Array;
  equal: Map<number, Uint32Array>;
  none: Uint32Array;
  lastBit: number;
}

function prepare(pattern: string): Blocks {
  const count = Math.ceil(pattern.length / 32);
  const equal = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let bits = equal.get(code);
    if (!bits) equal.set(code, (bits = new Uint32Array(count)));
    bits[i >> 5] = ((bits[i >> 5] ?? 0) | (1 << (i & 31))) >>> 0;
  }
  return {
    positive: new Uint32Array(count).fill(0xffffffff),
    negative: new Uint32Array(count),
    equal,
    none: new Uint32Array(count),
    lastBit: (pattern.length - 1) & 31,
  };
}

/**
 * Advances one 32-row block by one text character; returns the change in the block's last row
 * (+1, 0 or -1). `carry` is the change passed down from the block above (0 for the first).
 */
function advance(blocks: Blocks, block: number, equalBits: number, carry: number, lastRow: number): number {
  let pv = blocks.positive[block] ?? 0;
  let mv = blocks.negative[block] ?? 0;
  const carryNegative = carry < 0 ? 1 : 0;
  const eq = (equalBits | carryNegative) >>> 0;
  const xv = (eq | mv) >>> 0;
  const xh = (((((eq & pv) >>> 0) + pv) ^ pv) | eq) >>> 0;
  let ph = (mv | ~(xh | pv)) >>> 0;
  let mh = (pv & xh) >>> 0;
  const out = (ph & lastRow ? 1 : 0) - (mh & lastRow ? 1 : 0);
  ph = ((ph << 1) | (carry > 0 ? 1 : 0)) >>> 0;
  mh = ((mh << 1) | carryNegative) >>> 0;
  pv = (mh | ~(xv | ph)) >>> 0;
  mv = (ph & xv) >>> 0;
  blocks.positive[block] = pv;
  blocks.negative[block] = mv;
  return out;
}

/** End offsets (exclusive) where `pattern` matches with the fewest errors, if at most `maxErrors`. */
function bestEnds(text: string, pattern: string, maxErrors: number): { ends: number[]; errors: number } {
  const blocks = prepare(pattern);
  const lastBlock = blocks.positive.length - 1;
  let score = pattern.length;
  let best = maxErrors + 1;
  let ends: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const equalBits = blocks.equal.get(text.charCodeAt(j)) ?? blocks.none;
    let carry = 0;
    for (let b = 0; b <= lastBlock; b++) {
      const lastRow = b === lastBlock ? 1 << blocks.lastBit : 1 << 31;
      carry = advance(blocks, b, equalBits[b] ?? 0, carry, lastRow >>> 0);
    }
    score += carry;
    if (score < best) {
      best = score;
      ends = [j + 1];
    } else if (score === best) {
      ends.push(j + 1);
    }
  }
  return { ends, errors: best };
}

/**
 * Length of the longest text ending at `end` that `pattern` matches with the fewest edits,
 * by a plain dynamic program anchored at `end` (a reversed Myers search would not be anchored).
 */
function matchLength(text: string, end: number, pattern: string, maxLength: number): number {
  const from = Math.max(0, end - maxLength);
  const columns = end - from;
  let previous = Int32Array.from({ length: columns + 1 }, (_, j) => j);
  let current = new Int32Array(columns + 1);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    const patternChar = pattern.charCodeAt(pattern.length - i);
    for (let j = 1; j <= columns; j++) {
      const cost = text.charCodeAt(end - j) === patternChar ? 0 : 1;
      current[j] = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  let best = 0;
  for (let j = 1; j <= columns; j++) if ((previous[j] ?? 0) <= (previous[best] ?? 0)) best = j;
  return best;
}

/**
 * The best approximate occurrences of `pattern` in `text` with at most `maxErrors` edits
 * (all ties, in text order; overlapping ends of one occurrence are merged).
 */
export function searchApproximate(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  if (!pattern || !text) return [];
  const { ends, errors } = bestEnds(text, pattern, Math.min(maxErrors, pattern.length));
  if (errors > maxErrors) return [];
  const matches: ApproximateMatch[] = [];
  for (const end of ends) {
    const start = end - matchLength(text, end, pattern, pattern.length + errors);
    const previous = matches.at(-1);
    if (previous && start < previous.end) continue;
    matches.push({ start, end, errors });
  }
  return matches;
}
