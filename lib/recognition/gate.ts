/**
 * The cheap gate: on every page, decide from a few signals whether recognition should run at all.
 * Pure, so the content script can call it synchronously and tests can table it.
 */

/** Signals the content script collects in about a millisecond (see `collectGateSignals`). */
export interface GateSignals {
  /** The page or its canonical URL is a corpus article's (answered by the background). */
  knownUrl: boolean;
  /** The page's host (or a parent domain) belongs to a corpus outlet (answered by the background). */
  knownOutlet: boolean;
  /** `og:type`, lowercased, or null. */
  ogType: string | null;
  /** Schema.org types named in JSON-LD blocks. */
  jsonLdTypes: string[];
  /** Elements in the document. */
  elementCount: number;
  /** Readability's cheap pre-check; null when it was not computed. */
  readerable: boolean | null;
}

/** What to do with a page. */
export type GateAction = 'extract' | 'outlet-only' | 'skip';

/** The gate's decision and the signal that settled it. */
export interface GateDecision {
  action: GateAction;
  reason: 'known-url' | 'too-large' | 'article-markup' | 'readerable' | 'known-outlet' | 'not-an-article';
}

/** Pages with more elements than this are not extracted (Readability would be slow or give up). */
export const MAX_GATE_ELEMENTS = 30_000;

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
]);

/** Whether markup declares the page an article (`og:type` or a JSON-LD article type). */
export function hasArticleMarkup(signals: Pick<GateSignals, 'ogType' | 'jsonLdTypes'>): boolean {
  if (signals.ogType === 'article' || signals.ogType?.startsWith('article:')) return true;
  return signals.jsonLdTypes.some((type) => ARTICLE_TYPES.has(type.toLowerCase()));
}

/**
 * Decides what to do with a page. A known URL always goes on; otherwise huge pages are skipped,
 * pages that look like articles are extracted, and other pages on a known outlet only show the outlet.
 */
export function gatePage(signals: GateSignals): GateDecision {
  if (signals.knownUrl) return { action: 'extract', reason: 'known-url' };
  const outletOr = (otherwise: GateDecision): GateDecision =>
    signals.knownOutlet ? { action: 'outlet-only', reason: 'known-outlet' } : otherwise;
  if (signals.elementCount > MAX_GATE_ELEMENTS) return outletOr({ action: 'skip', reason: 'too-large' });
  if (hasArticleMarkup(signals)) return { action: 'extract', reason: 'article-markup' };
  if (signals.readerable) return { action: 'extract', reason: 'readerable' };
  return outletOr({ action: 'skip', reason: 'not-an-article' });
}
