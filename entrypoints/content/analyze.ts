/**
 * Asking the background about this page. A loaded page that looks like an article by itself is
 * sent for analysis right after the first question, so the two answers overlap instead of
 * following each other (the overlay waited a whole round trip longer). Other pages wait for the
 * first answer, which may still call for extraction (a known article's address) or for the outlet.
 */
import { askBackground } from '@/lib/messaging';
import type { PageStart } from '@/lib/messages';
import { MAX_PAGE_HTML } from '@/lib/tab-message-types';
import type { PageReport } from '@/lib/report';
import type { Result } from '@/lib/result';
import { gatePage } from '@/lib/recognition/gate';
import { collectGateSignals } from '@/lib/extract/gate-signals';
import { stripCodeAndComments } from '@/lib/extract/strip-code';
import type { LookupAnswer } from '@/lib/services/analyze';
import { readSignals } from './signals';

/** What the background answers a page that asks about itself. */
export interface PageAnswers {
  /** The first answer: the settings, what the address is known as, how many notes the page has. */
  started: Result<PageStart>;
  /** The page's report once the first answer is known, or null when there is nothing to show. */
  report: (known: LookupAnswer) => Promise<PageReport | null>;
}

/**
 * Raw HTML is stripped only up to this length: the cut is linear, but at Firefox's 2–6 ms per
 * megabyte a larger page would cost a long task.
 */
const MAX_RAW_HTML = 2 * MAX_PAGE_HTML;

/**
 * The page's HTML when it may be sent for analysis, or null when it is too large. Sending a
 * message costs this thread time in proportion to its length (about 20 ms for the 1.2 MB of a
 * Guardian article, in Chromium and in Firefox), so the scripts, styles and comments, which
 * extraction drops anyway, are cut first: 1 to 6 ms, and 210 KB left to send (2 to 8 ms). The
 * limit is on what is sent: a page made large by its scripts is still read.
 */
function pageHtml(doc: Document): string | null {
  // Reading (not writing) markup: the background parses it, off this page's main thread.
  // eslint-disable-next-line no-restricted-properties
  const html = doc.documentElement.outerHTML;
  if (html.length > MAX_RAW_HTML) return null;
  const stripped = stripCodeAndComments(html);
  return stripped.length > MAX_PAGE_HTML ? null : stripped;
}

/**
 * Runs the gate on what the page says about itself and sends the page at once when it looks like
 * an article (the background answers nothing while Backstory is off). The page is sent after the
 * lookup when only the lookup makes it one (a known article's address); on a known outlet's other
 * pages the outlet report stands.
 */
function startAnalysis(doc: Document, signals = readSignals(doc)): PageAnswers['report'] {
  const gate = collectGateSignals(doc);
  // undefined: not read yet; null: read, and over the limit, so never sent.
  let html = gatePage(gate).action === 'extract' ? pageHtml(doc) : undefined;
  let sent = html ? askBackground('page/analyze', { ...signals, html }) : null;
  return async (known) => {
    if (!sent) {
      const action = gatePage({
        ...gate,
        knownUrl: known.knownUrl,
        knownOutlet: known.report !== null,
      }).action;
      if (action === 'skip') return null;
      if (action === 'outlet-only' || html === null || !(html = pageHtml(doc))) return known.report;
      sent = askBackground('page/analyze', { ...signals, html });
    }
    const answer = await sent;
    return answer.ok ? (answer.value ?? known.report) : known.report;
  };
}

/**
 * Asks the background about the page: its first question at once and, unless the page is still
 * `settling` (a single-page navigation changes the address before the new content is up), its
 * HTML right after when it looks like an article. A settling page is read once the first answer
 * is back.
 */
export async function askAboutPage(doc: Document, settling: boolean): Promise<PageAnswers> {
  const signals = readSignals(doc);
  const starting = askBackground('page/start', { url: signals.url, canonicalUrl: signals.canonicalUrl });
  // A settling page is read again later: its title and canonical link may not be up yet.
  const early = settling ? null : startAnalysis(doc, signals);
  const started = await starting;
  return { started, report: (known) => (early ?? startAnalysis(doc))(known) };
}
