/**
 * The stored shape of an article fingerprint. PLACEHOLDER: owned by the recognition module,
 * which may change the fields; the export names stay.
 */
import * as v from 'valibot';

/** What recognition stores per corpus article (no full text needed). */
export const ArticleFingerprintSchema = v.strictObject({
  v: v.literal(1),
  words: v.pipe(v.number(), v.integer(), v.minValue(0)),
  minhash: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

export type ArticleFingerprint = v.InferOutput<typeof ArticleFingerprintSchema>;
