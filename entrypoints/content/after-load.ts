/**
 * Waits for the page's load event before Backstory starts its work, so the work never delays the
 * event (the load-time budget in BENCHMARKS.md), but at most `capMs`: on a page whose load waits
 * for slow ads or images, the overlay should not wait with it.
 */
import type { ContentScriptContext } from '#imports';

/** Resolves once the document has loaded, or after `capMs`, whichever is first. */
export function afterLoad(ctx: ContentScriptContext, doc: Document, capMs: number): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    ctx.addEventListener(doc.defaultView ?? window, 'load', () => resolve(), { once: true });
    ctx.setTimeout(resolve, capMs);
  });
}
