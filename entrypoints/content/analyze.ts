/** Asking the background about this page: a cheap lookup first, extraction only when worth it. */
import { askBackground } from '@/lib/messaging';
import { MAX_PAGE_HTML } from '@/lib/tab-message-types';
import type { PageReport } from '@/lib/report';
import { gatePage } from '@/lib/recognition/gate';
import { collectGateSignals } from '@/lib/extract/gate-signals';
import { readSignals } from './signals';

/**
 * The page's report, or null when there is nothing to show or the page cannot be analysed.
 * `onKnown` runs as soon as the lookup says there will be something to show (a corpus URL or a
 * known outlet), while the page is still being analysed.
 */
export async function analyzeCurrentPage(doc: Document, onKnown?: () => void): Promise<PageReport | null> {
  const signals = readSignals(doc);
  const lookup = await askBackground('page/lookup', { url: signals.url, canonicalUrl: signals.canonicalUrl });
  const known = lookup.ok ? lookup.value : { knownUrl: false, report: null };
  if (known.knownUrl || known.report !== null) onKnown?.();
  const gate = gatePage(
    collectGateSignals(doc, { knownUrl: known.knownUrl, knownOutlet: known.report !== null }),
  );
  if (gate.action === 'skip') return null;
  if (gate.action === 'outlet-only') return known.report;
  // Reading (not writing) markup: the background parses it, off this page's main thread.
  // eslint-disable-next-line no-restricted-properties
  const html = doc.documentElement.outerHTML;
  if (html.length > MAX_PAGE_HTML) return known.report;
  const analysis = await askBackground('page/analyze', { ...signals, html });
  return analysis.ok ? (analysis.value ?? known.report) : known.report;
}
