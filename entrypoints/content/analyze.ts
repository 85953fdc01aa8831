/** Asking the background about this page: a cheap lookup first, extraction only when worth it. */
import { askBackground } from '@/lib/messaging';
import { MAX_PAGE_HTML } from '@/lib/messages';
import type { PageReport } from '@/lib/report';
import { readSignals } from './signals';

/** The page's report, or null when there is nothing to show or the page cannot be analysed. */
export async function analyzeCurrentPage(doc: Document): Promise<PageReport | null> {
  const signals = readSignals(doc);
  const lookup = await askBackground('page/lookup', {
    url: signals.url,
    canonicalUrl: signals.canonicalUrl,
  });
  const known = lookup.ok ? lookup.value : null;
  if (!known && !signals.articleMarkup) return null;
  // Reading (not writing) markup: the background parses it off this page's main thread.
  // eslint-disable-next-line no-restricted-properties
  const html = doc.documentElement.outerHTML;
  const analysis = await askBackground('page/analyze', {
    url: signals.url,
    canonicalUrl: signals.canonicalUrl,
    title: signals.title,
    html: html.length <= MAX_PAGE_HTML ? html : null,
  });
  return analysis.ok ? (analysis.value ?? known) : known;
}
