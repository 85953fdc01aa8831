/**
 * The core of approximate search: Myers' bit-parallel edit distance (1999) over 32-bit blocks,
 * with Ukkonen's cut-off so only the blocks that can still score k or less are computed, about
 * `text.length × ceil(k / 32)` word operations. It answers where matches end; approximate.ts
 * finds where they start and chooses among them.
 */

/** Where a match ends (exclusive) and how many edits it needs, before its start is known. */
export interface MatchEnd {
  end: number;
  errors: number;
}

const WORD = 32;

/** The pattern as bit masks: for each character code, which pattern positions hold it, per block. */
export interface PatternBlocks {
  length: number;
  count: number;
  peq: Map<number, Uint32Array>;
}

/** The pattern's bit masks, ready for {@link matchEnds}. */
export function toBlocks(pattern: string): PatternBlocks {
  const count = Math.ceil(pattern.length / WORD);
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let masks = peq.get(code);
    if (!masks) peq.set(code, (masks = new Uint32Array(count)));
    masks[(i / WORD) | 0]! |= 1 << (i % WORD);
  }
  return { length: pattern.length, count, peq };
}

/** The vertical deltas of the current column, block by block (Myers' Pv and Mv). */
interface Column {
  pv: Uint32Array;
  mv: Uint32Array;
}

/**
 * Advances one block by one text character (Myers 1999, "Advance_Block"). `carryIn` is the
 * horizontal delta entering the block's top (-1, 0 or +1); answers the delta leaving its bottom
 * row, read at `bottomBit`.
 */
function advanceBlock(
  column: Column,
  block: number,
  eqMask: number,
  carryIn: number,
  bottomBit: number,
): number {
  const pv = column.pv[block]!;
  const mv = column.mv[block]!;
  let eq = eqMask;
  const xv = eq | mv;
  if (carryIn < 0) eq |= 1;
  // The addition may carry past bit 31; the bitwise operators truncate it back to 32 bits.
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const carryOut = ph & bottomBit ? 1 : mh & bottomBit ? -1 : 0;
  ph <<= 1;
  mh <<= 1;
  if (carryIn < 0) mh |= 1;
  else if (carryIn > 0) ph |= 1;
  column.pv[block] = mh | ~(xv | ph);
  column.mv[block] = ph & xv;
  return carryOut;
}

/**
 * Every end position where the pattern matches with at most `maxErrors` edits, left to right.
 * `anchored`: matches must start at the text's first character (used to find where a match starts).
 */
export function matchEnds(
  text: string,
  pattern: PatternBlocks,
  maxErrors: number,
  anchored = false,
): MatchEnd[] {
  const last = pattern.count - 1;
  const heightOf = (block: number) => (block === last ? pattern.length - last * WORD : WORD);
  const bottomBitOf = (block: number) => 1 << (heightOf(block) - 1);
  const column: Column = { pv: new Uint32Array(pattern.count), mv: new Uint32Array(pattern.count) };
  // Score[b]: the edit distance at block b's bottom row in the current column.
  const score = new Int32Array(pattern.count);
  const noMatch = new Uint32Array(pattern.count);
  for (let b = 0; b <= last; b++) {
    column.pv[b] = 0xffffffff;
    score[b] = b * WORD + heightOf(b);
  }
  // Only blocks 0..y can hold a value of maxErrors or less; the rest are left for later.
  // Anchored searches are short (one match's length) and compute every block.
  let y = anchored ? last : Math.max(0, Math.ceil(maxErrors / WORD) - 1);
  // The top row: 0 everywhere when a match may start anywhere, else one more per character.
  const carryIntoTop = anchored ? 1 : 0;
  const ends: MatchEnd[] = [];
  for (let j = 0; j < text.length; j++) {
    const eq = pattern.peq.get(text.charCodeAt(j)) ?? noMatch;
    let carry = carryIntoTop;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(column, b, eq[b]!, carry, bottomBitOf(b));
      score[b]! += carry;
    }
    if (anchored) {
      // every block is computed already
    } else if (score[y]! - carry <= maxErrors && y < last && ((eq[y + 1]! & 1) !== 0 || carry < 0)) {
      // The next block may now reach maxErrors: start it as if its column rose by one per row.
      y += 1;
      column.pv[y] = 0xffffffff;
      column.mv[y] = 0;
      score[y] = score[y - 1]! + heightOf(y) - carry + advanceBlock(column, y, eq[y]!, carry, bottomBitOf(y));
    } else {
      while (y > 0 && score[y]! >= maxErrors + WORD) y -= 1;
    }
    if (y === last && score[y]! <= maxErrors) ends.push({ end: j + 1, errors: score[y]! });
  }
  return ends;
}
