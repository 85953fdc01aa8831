/**
 * The shared first step for corpus articles and pages: tokens, paragraphs, shingles, MinHash
 * and anchors of one text. Building both sides with the same code is what makes them comparable.
 */
import { spanIndexAt, splitParagraphs, type Span } from '../text/spans';
import { tokenize, type Token } from '../text/tokenize';
import { minhash } from './minhash';
import { ANCHOR_WINDOW, INDEX_WINDOW } from './params';
import { anchorableHashes, shingleHashes } from './shingles';
import { winnow } from './winnow';

/** A selected shingle of a text with where it is. */
export interface TextAnchor {
  hash: number;
  /** Index of the shingle's first token. */
  token: number;
  /** Index of the paragraph the shingle starts in. */
  paragraph: number;
}

/** Everything both fingerprints and page features derive from a text. */
export interface TextProfile {
  tokens: Token[];
  paragraphs: Span[];
  /** Shingle hashes (shingle `i` starts at token `i`). */
  shingles: Uint32Array;
  /** Shingle hashes with function-word shingles masked, for anchor selection. */
  anchorable: Uint32Array;
  distinctShingles: number;
  signature: Uint32Array;
  /** Anchors at the corpus window, first occurrence of each hash only. */
  anchors: TextAnchor[];
  /** Hashes of the anchors the lookup index holds (`INDEX_WINDOW`). */
  indexed: Set<number>;
}

/** Profiles a text (tokens, shingles, MinHash, anchors). */
export function profileText(text: string): TextProfile {
  const tokens = tokenize(text);
  const paragraphs = splitParagraphs(text);
  const shingles = shingleHashes(tokens);
  const anchorable = anchorableHashes(tokens, shingles);
  const seen = new Set<number>();
  const anchors: TextAnchor[] = [];
  for (const { hash, position } of winnow(anchorable, ANCHOR_WINDOW)) {
    if (seen.has(hash)) continue;
    seen.add(hash);
    anchors.push({ hash, token: position, paragraph: spanIndexAt(paragraphs, tokens[position]?.start ?? 0) });
  }
  return {
    tokens,
    paragraphs,
    shingles,
    anchorable,
    distinctShingles: new Set(shingles).size,
    signature: minhash(shingles),
    anchors,
    indexed: new Set(winnow(anchorable, INDEX_WINDOW).map((anchor) => anchor.hash)),
  };
}
