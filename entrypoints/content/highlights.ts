/**
 * Marks the report's claims and reused passages in the page: CSS custom highlights where the
 * browser has them, `<mark>` elements where not. A click on a claim asks the overlay to open on
 * it. Everything is undone by `remove()` or when `signal` aborts (the content script ends).
 */
import type { OverlayTarget } from '@/components/overlay/channel';
import { findQuote } from '@/lib/anchoring/find-quote';
import { injectHighlightStyle } from '@/lib/anchoring/highlight-style';
import { paintWithCustomHighlights } from '@/lib/anchoring/custom-highlights';
import { paintWithMarks } from '@/lib/anchoring/mark-highlights';
import type { HighlightEntry, Painter } from '@/lib/anchoring/painter';
import { scrollRangeIntoView } from '@/lib/anchoring/scroll';
import { buildTextIndex } from '@/lib/anchoring/text-index';
import type { PageReport } from '@/lib/report';

/** Options for {@link applyHighlights}. */
export interface HighlightOptions {
  /** Called when the reader clicks a highlighted claim or passage in the page. */
  onActivate?: (target: OverlayTarget) => void;
  /** Force the <mark> fallback (tests, or browsers whose custom highlights misbehave). */
  useMarks?: boolean;
}

/** The highlights on a page. */
export interface HighlightsHandle {
  /** Claims found and highlighted in the page. */
  readonly claimsHighlighted: number;
  /** Reused passages found and highlighted. */
  readonly passagesHighlighted: number;
  /** Whether a claim is highlighted in the page. */
  has(claimId: string): boolean;
  /** Scrolls to a claim's highlight and marks it as the chosen one; false when it is not in the page. */
  focus(claimId: string): boolean;
  /** Removes the highlights, the stylesheet and the listener. Safe to call twice. */
  remove(): void;
}

/** Everything the report asks us to find, under keys that lead back to what the reader clicked. */
function entriesFor(report: PageReport, text: { text: string }) {
  const entries: HighlightEntry[] = [];
  const targets = new Map<string, OverlayTarget>();
  for (const { claim, quote } of report.claims) {
    const span = quote ? findQuote(text, quote) : null;
    if (!span) continue;
    const key = `claim:${claim.id}`;
    entries.push({ key, kind: 'claim', span });
    targets.set(key, { kind: 'claim', claimId: claim.id });
  }
  for (const article of report.articles) {
    article.passages.forEach((passage, position) => {
      const span = findQuote(text, passage);
      if (!span) return;
      const key = `passage:${article.articleId}:${position}`;
      entries.push({ key, kind: 'passage', span });
      targets.set(key, { kind: 'passage', articleId: article.articleId });
    });
  }
  return { entries, targets };
}

/** Clicks meant for the page itself (links, controls) or ending a text selection are left alone. */
function isPlainClick(event: MouseEvent, doc: Document): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const target = event.target as Element | null;
  if (target?.closest?.('a[href], button, input, select, textarea, label, summary, backstory-overlay')) {
    return false;
  }
  return doc.getSelection()?.isCollapsed ?? true;
}

/** Highlights the report's claims and passages in `doc`; see {@link HighlightsHandle}. */
export function applyHighlights(
  doc: Document,
  report: PageReport,
  signal: AbortSignal,
  options: HighlightOptions = {},
): HighlightsHandle {
  const index = buildTextIndex(doc.body ?? doc.documentElement);
  const { entries, targets } = entriesFor(report, index);
  const style = injectHighlightStyle(doc);
  const painter: Painter =
    (options.useMarks ? null : paintWithCustomHighlights(doc, index, entries)) ??
    paintWithMarks(doc, index, entries);

  const onClick = (event: MouseEvent) => {
    if (!isPlainClick(event, doc)) return;
    const keys = painter.keysAt(event);
    const key = keys.find((candidate) => candidate.startsWith('claim:')) ?? keys[0];
    const target = key ? targets.get(key) : undefined;
    if (!key || !target) return;
    if (target.kind === 'claim') painter.setActive(key);
    options.onActivate?.(target);
  };

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    doc.removeEventListener('click', onClick);
    painter.remove();
    style.remove();
  };
  doc.addEventListener('click', onClick, { signal });
  signal.addEventListener('abort', remove, { once: true });
  if (signal.aborted) remove();

  const keys = [...painter.painted];
  return {
    claimsHighlighted: keys.filter((key) => key.startsWith('claim:')).length,
    passagesHighlighted: keys.filter((key) => key.startsWith('passage:')).length,
    has: (claimId) => painter.painted.has(`claim:${claimId}`),
    focus(claimId) {
      if (removed || !painter.painted.has(`claim:${claimId}`)) return false;
      const range = painter.setActive(`claim:${claimId}`);
      if (range && doc.defaultView) scrollRangeIntoView(range, doc.defaultView);
      return range !== null;
    },
    remove,
  };
}
