/** The address notes are kept under: a page's URL without its fragment (`#…`). */
export function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
