/** Asking the background about this page: a cheap lookup first, extraction only when worth it. */
import { askBackground } from '@/lib/messaging';
import { MAX_PAGE_HTML } from '@/lib/tab-message-types';
import type { PageReport } from '@/lib/report';
import { gatePage } from '@/lib/recognition/gate';
import { collectGateSignals } from '@/lib/extract/gate-signals';
import type { LookupAnswer } from '@/lib/services/analyze';
import { readSignals } from './signals';

/** How the page is analysed: `known` is the lookup when the caller has it (`page/start`). */
export interface AnalyzeOptions {
  known?: LookupAnswer;
  /** Runs when the lookup says there will be something to show, while the page is analysed. */
  onKnown?: () => void;
}

/**
 * The page's report, or null when there is nothing to show or the page cannot be analysed.
 * The lookup (a corpus URL or a known outlet) is asked for unless the caller has it.
 */
export async function analyzeCurrentPage(
  doc: Document,
  { known: given, onKnown }: AnalyzeOptions = {},
): Promise<PageReport | null> {
  const signals = readSignals(doc);
  const known = given ?? (await lookup(signals.url, signals.canonicalUrl));
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

async function lookup(url: string, canonicalUrl: string | null): Promise<LookupAnswer> {
  const answer = await askBackground('page/lookup', { url, canonicalUrl });
  return answer.ok ? answer.value : { knownUrl: false, report: null };
}
