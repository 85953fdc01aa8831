/**
 * Brings a highlighted range into view near the top of the viewport, where the overlay (fixed at
 * the bottom right) does not cover it; without animation if the reader asked for less motion.
 */

/** Where the range's top lands, as a share of the viewport height. */
const TARGET_SHARE = 0.2;

/** Scrolls the window to the range; returns false when it has no box (hidden, or no layout). */
export function scrollRangeIntoView(range: Range, win: Window): boolean {
  if (typeof range.getBoundingClientRect !== 'function') return false;
  const rect = range.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  win.scrollBy({ top: rect.top - win.innerHeight * TARGET_SHARE, behavior: reduce ? 'auto' : 'smooth' });
  return true;
}
