/**
 * Reading a stored fingerprint back into arrays (decoding costs microseconds; done per candidate).
 */
import { base64ToBytes, decodeUint32 } from './codec';
import type { ArticleFingerprint } from './fingerprint-schema';

/** A decoded fingerprint's MinHash bytes, anchors and each anchor's paragraph. */
export interface DecodedFingerprint {
  signature: Uint8Array;
  anchors: Uint32Array;
  paragraphOf: Uint16Array;
}

/** Calls `use` with each anchor of a stored fingerprint that the lookup index holds. */
export function forEachIndexedAnchor(
  fingerprint: Pick<ArticleFingerprint, 'anchors' | 'indexed'>,
  use: (hash: number) => void,
): void {
  const anchors = decodeUint32(fingerprint.anchors);
  const bits = base64ToBytes(fingerprint.indexed);
  for (let i = 0; i < anchors.length; i++) if (((bits[i >> 3] ?? 0) >> (i & 7)) & 1) use(anchors[i] ?? 0);
}

/** Decodes a stored fingerprint. */
export function decodeFingerprint(
  fingerprint: Pick<ArticleFingerprint, 'minhash' | 'anchors' | 'paragraphAnchors'>,
): DecodedFingerprint {
  const anchors = decodeUint32(fingerprint.anchors);
  const paragraphOf = new Uint16Array(anchors.length);
  let at = 0;
  fingerprint.paragraphAnchors.forEach((count, paragraph) => {
    paragraphOf.fill(paragraph, at, Math.min(anchors.length, at + count));
    at += count;
  });
  return { signature: base64ToBytes(fingerprint.minhash), anchors, paragraphOf };
}
