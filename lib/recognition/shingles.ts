/**
 * Word shingles: every run of `SHINGLE_WORDS` consecutive tokens, hashed to 32 bits.
 */
import { combine, hashString, mix32 } from '../text/hash';
import { isStopword } from '../text/stopwords';
import type { Token } from '../text/tokenize';
import { SHINGLE_WORDS } from './params';

/** Hash value that marks a shingle as unfit to be an anchor (never selected by winnowing). */
export const UNFIT = 0xffffffff;

/** Hashes of the shingles of a token list; shingle `i` starts at token `i`. */
export function shingleHashes(tokens: readonly Token[]): Uint32Array {
  const count = Math.max(0, tokens.length - SHINGLE_WORDS + 1);
  const tokenHashes = tokens.map((token) => hashString(token.text));
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = SHINGLE_WORDS;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = combine(h, tokenHashes[i + j] ?? 0);
    const hash = mix32(h);
    // UNFIT is reserved; the one real shingle that hashes to it is moved next door.
    hashes[i] = hash === UNFIT ? UNFIT - 1 : hash;
  }
  return hashes;
}

/**
 * The same hashes with shingles made mostly of function words ("it has also been a")
 * replaced by `UNFIT`: such phrases recur across unrelated texts and make poor anchors.
 */
export function anchorableHashes(tokens: readonly Token[], hashes: Uint32Array): Uint32Array {
  const fit = new Uint32Array(hashes);
  for (let i = 0; i < fit.length; i++) {
    let functionWords = 0;
    for (let j = 0; j < SHINGLE_WORDS; j++) if (isStopword(tokens[i + j]?.text ?? '')) functionWords++;
    if (functionWords >= SHINGLE_WORDS - 1) fit[i] = UNFIT;
  }
  return fit;
}
