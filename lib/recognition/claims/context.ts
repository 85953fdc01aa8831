/**
 * Quote selectors for the overlay: the exact text of a span and a little context either side,
 * the way Hypothesis's TextQuoteSelector anchors a quote in a live DOM.
 */

/** Characters of context kept either side of a quote. */
export const CONTEXT_LENGTH = 32;

/** The exact text of `[start, end)` with up to `CONTEXT_LENGTH` characters before and after. */
export function quoteSelector(
  text: string,
  start: number,
  end: number,
): { exact: string; prefix: string; suffix: string } {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}
