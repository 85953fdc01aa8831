/**
 * Corpus fingerprints. `scripts/build-corpus.ts` calls `fingerprintArticle` for every article,
 * and pages are profiled by the same code (`profileText`), so the two always agree.
 */
import { bytesToBase64, encodeUint32 } from './codec';
import type { ArticleFingerprint } from './fingerprint-schema';
import { compactSignature } from './minhash';
import { ARTICLE_TERMS, FINGERPRINT_VERSION, MAX_ARTICLE_ANCHORS } from './params';
import { storyTerms } from './terms';
import { profileText } from './text-profile';

/** Packs booleans into bytes, first flag in the lowest bit of the first byte. */
export function bitmask(flags: readonly boolean[]): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(flags.length / 8));
  flags.forEach((flag, i) => {
    if (flag) bytes[i >> 3] = (bytes[i >> 3] ?? 0) | (1 << (i & 7));
  });
  return bytes;
}

/**
 * Fingerprints a corpus article's clean text (no page furniture): word count, MinHash, winnowed
 * anchors with how many fall in each paragraph, and the strongest story terms.
 *
 * @param text the article text, paragraphs separated by blank lines
 * @param language the article's language code; English and Spanish fold alike today, and the
 *   parameter lets language-specific folding arrive without changing callers
 */
export function fingerprintArticle(text: string, language: string): ArticleFingerprint {
  void language;
  const profile = profileText(text);
  const anchors = profile.anchors.slice(0, MAX_ARTICLE_ANCHORS);
  return {
    v: FINGERPRINT_VERSION,
    words: profile.tokens.length,
    shingles: profile.distinctShingles,
    minhash: bytesToBase64(compactSignature(profile.signature)),
    anchors: encodeUint32(anchors.map((anchor) => anchor.hash)),
    indexed: bytesToBase64(bitmask(anchors.map((anchor) => profile.indexed.has(anchor.hash)))),
    paragraphAnchors: profile.paragraphs.map(
      (_, index) => anchors.filter((anchor) => anchor.paragraph === index).length,
    ),
    terms: storyTerms(text, profile.tokens)
      .slice(0, ARTICLE_TERMS)
      .map((term) => term.key),
  };
}
