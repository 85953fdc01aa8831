/** Only http(s) URLs may become links; everything else (javascript:, data:, …) is refused. */

/** The URL as a link target when it is absolute http(s), else null. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
