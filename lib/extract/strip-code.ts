/**
 * Cutting a page's HTML down to what extraction reads before it is sent to the background.
 * Scripts, styles and comments are most of a real news page's HTML (1.16 MB → 210 KB on a
 * Guardian article) and Readability drops them all before it reads the page; JSON-LD scripts
 * stay, as the metadata is read from them.
 */

/** Where a script, style or comment may start; the rest of each is found by plain searches. */
const OPENING = /<!--|<(script|style)(?=[\s/>])/gi;
const CLOSING = { script: /<\/script(?=[\s/>])/gi, style: /<\/style(?=[\s/>])/gi };
const JSON_LD = /application\/ld\+json/i;

/**
 * `html` without its scripts (except JSON-LD), styles and comments. One pass, linear in the
 * length even on hostile input: from an element or comment that is never closed on, the HTML is
 * kept as it is.
 */
export function stripCodeAndComments(html: string): string {
  const kept: string[] = [];
  let from = 0;
  OPENING.lastIndex = 0;
  for (let open = OPENING.exec(html); open; open = OPENING.exec(html)) {
    const tag = open[1]?.toLowerCase() as keyof typeof CLOSING | undefined;
    const startTagEnd = tag ? html.indexOf('>', OPENING.lastIndex) : open.index + 2;
    const end = tag ? elementEnd(html, CLOSING[tag], startTagEnd) : commentEnd(html, startTagEnd);
    if (startTagEnd < 0 || end < 0) break;
    if (tag !== 'script' || !JSON_LD.test(html.slice(OPENING.lastIndex, startTagEnd))) {
      kept.push(html.slice(from, open.index));
      from = end;
    }
    OPENING.lastIndex = end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

/** Where a comment whose text starts at `from` ends (`<!-->` and `<!--->` close at once). */
function commentEnd(html: string, from: number): number {
  const close = html.indexOf('-->', from);
  return close < 0 ? -1 : close + 3;
}

/** Where the element whose start tag ends at `startTagEnd` ends, or -1 if it is never closed. */
function elementEnd(html: string, closing: RegExp, startTagEnd: number): number {
  if (startTagEnd < 0) return -1;
  closing.lastIndex = startTagEnd + 1;
  const found = closing.exec(html);
  const end = found ? html.indexOf('>', closing.lastIndex) : -1;
  return end < 0 ? -1 : end + 1;
}
