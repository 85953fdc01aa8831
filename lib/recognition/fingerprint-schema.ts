/**
 * The stored shape of an article fingerprint: everything recognition needs about a corpus
 * article without its text (about 700 bytes of JSON for an 800-word article).
 */
import * as v from 'valibot';

const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const Base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'));

/** What recognition stores per corpus article. Built by `fingerprintArticle`. */
export const ArticleFingerprintSchema = v.strictObject({
  /** Layout version (`FINGERPRINT_VERSION`); packs with another version must be rebuilt. */
  v: v.literal(2),
  /** Word tokens in the article text. */
  words: Count,
  /** Distinct five-word shingles (the size of the set MinHash samples). */
  shingles: Count,
  /** 128 MinHash slots, the low byte of each, base64 (172 characters). */
  minhash: v.pipe(Base64, v.length(172, 'must hold 128 one-byte values')),
  /** Winnowed anchors in text order: 32-bit shingle hashes, little-endian, base64. */
  anchors: Base64,
  /** Which anchors the lookup index holds: one bit per anchor, in order, base64. */
  indexed: Base64,
  /** How many anchors start in each paragraph of the article text, in order (one entry per paragraph). */
  paragraphAnchors: v.array(Count),
  /** The article's strongest story terms (`n:4000`, `e:raka`, `w:grave`...), strongest first. */
  terms: v.pipe(
    v.array(v.pipe(v.string(), v.regex(/^[nyew]:[^\s]{1,64}$/, 'must be a term key'))),
    v.maxLength(64),
  ),
});

/** A stored article fingerprint. */
export type ArticleFingerprint = v.InferOutput<typeof ArticleFingerprintSchema>;
