/**
 * The page-side controller: asks the background what this page is, keeps the overlay and the
 * in-page highlights in step with the answer and the reader's toggles, and answers the popup.
 * Everything ends with `ctx`.
 */
import type { ContentScriptContext } from '#imports';
import { askBackground } from '@/lib/messaging';
import type { PageReport } from '@/lib/report';
import { DEFAULT_SETTINGS, overlayAllowed, type Settings } from '@/lib/settings-rules';
import { listenToTabMessages } from './tab-messages';
import { mountOverlay, type OverlayHandle, type OverlayPageLink } from './overlay';
import { analyzeCurrentPage } from './analyze';
import { applyHighlights, type HighlightsHandle } from './highlights';
import { initNotes } from './notes';
import { afterLoad } from './after-load';

/** Starts Backstory on this page. */
export async function startPage(ctx: ContentScriptContext): Promise<void> {
  let report: PageReport | null = null;
  let settings: Settings = DEFAULT_SETTINGS;
  let hiddenOnPage = false;
  let overlay: OverlayHandle | null = null;
  let highlights: HighlightsHandle | null = null;
  let highlightedReport: PageReport | null = null;
  let generation = 0;
  const notes = initNotes(ctx, { getReport: () => report, isEnabled: () => settings.enabled });
  // Pages opened while Backstory was switched off are analysed when it is switched back on.
  let analyzed = false;

  const shouldShow = () => report !== null && !hiddenOnPage && overlayAllowed(settings, location.hostname);

  const clearHighlights = () => {
    highlights?.remove();
    highlights = null;
    highlightedReport = null;
  };

  /** Highlights the current report once; a settings change alone does not re-scan the page. */
  const highlightReport = (current: PageReport): HighlightsHandle => {
    if (highlights && highlightedReport === current) return highlights;
    clearHighlights();
    highlights = applyHighlights(document, current, ctx.signal, {
      onActivate: (target) => overlay?.open(target),
    });
    highlightedReport = current;
    return highlights;
  };

  const sync = async () => {
    if (!shouldShow()) {
      overlay?.remove();
      overlay = null;
      clearHighlights();
      return;
    }
    const current = report!;
    const marked = highlightReport(current);
    const link: OverlayPageLink = {
      showClaimInPage: (claimId) => marked.focus(claimId),
      claimsInPage: current.claims.map(({ claim }) => claim.id).filter((id) => marked.has(id)),
      noteOn: (entry, label) => notes.openLinked(entry, label),
    };
    if (overlay) overlay.update(current, link);
    else
      try {
        overlay = mountOverlay(ctx, current, link);
      } catch (error) {
        // A page can own <backstory-overlay> (a custom element that took its shadow root first):
        // show nothing there rather than throw out of the content script.
        console.warn('Backstory: no overlay on this page', error);
      }
  };

  const refresh = async () => {
    analyzed = true;
    const mine = ++generation;
    const next = await analyzeCurrentPage(document);
    if (mine !== generation || ctx.isInvalid) return;
    report = next;
    await sync();
  };

  listenToTabMessages(ctx, {
    'tab/status': async () => ({
      url: location.href,
      report,
      overlayShown: overlay !== null,
      hiddenOnPage,
    }),
    'tab/settings-changed': async () => {
      const fresh = await askBackground('settings/get', {});
      if (fresh.ok) settings = fresh.value;
      if (settings.enabled && !analyzed) {
        void notes.refresh();
        await refresh();
      } else await sync();
      return null;
    },
    'tab/toggle-overlay': async () => {
      hiddenOnPage = !hiddenOnPage;
      await sync();
      return { overlayShown: overlay !== null };
    },
    'tab/open-note-editor': () => notes.openEditor(),
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    hiddenOnPage = false;
    // The old page's highlights point at text that is going away.
    clearHighlights();
    void refresh();
    void notes.refresh();
  });

  await afterLoad(ctx, document, LOAD_WAIT_CAP_MS);
  const stored = await askBackground('settings/get', {});
  if (stored.ok) settings = stored.value;
  if (!settings.enabled) return;
  void notes.refresh();
  await refresh();
}

/** How long Backstory waits for the page's load event before starting anyway. */
const LOAD_WAIT_CAP_MS = 300;
