/**
 * Compact, JSON-safe storage of typed arrays as base64 (little-endian), so fingerprints stay
 * small in packs and in IndexedDB and decode identically in Node and in browsers.
 */

/** Encodes bytes as base64 (uses `btoa`, present in browsers and Node 16+). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * The native decoder where there is one (Chromium 140+, Firefox 133+; not Node 20): building a
 * 100,000-article pack's lookup rows spent about 30% of its time decoding anchors with `atob`.
 */
const nativeFromBase64 = (Uint8Array as { fromBase64?: (base64: string) => Uint8Array }).fromBase64?.bind(
  Uint8Array,
);

/** Decodes base64 to bytes; throws on malformed input. */
export function base64ToBytes(base64: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Writes 32-bit values little-endian. */
export function encodeUint32(values: ArrayLike<number>): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  for (let i = 0; i < values.length; i++) view.setUint32(i * 4, values[i] ?? 0, true);
  return bytesToBase64(new Uint8Array(view.buffer));
}

/** Whether this platform stores numbers little-endian (every current browser and Node does). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Reads values written by `encodeUint32`. */
export function decodeUint32(base64: string): Uint32Array {
  const bytes = base64ToBytes(base64);
  const count = bytes.length >> 2;
  // base64ToBytes returns a fresh, aligned buffer: on little-endian platforms it already is the array.
  if (LITTLE_ENDIAN) return new Uint32Array(bytes.buffer, 0, count);
  const view = new DataView(bytes.buffer);
  return Uint32Array.from({ length: count }, (_, i) => view.getUint32(i * 4, true));
}
