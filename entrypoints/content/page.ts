/**
 * The page app: loaded into a page only once the page has something to show (a report, saved
 * notes) or the reader asks for something (a note on a selection). It keeps the overlay and the
 * in-page highlights in step with the report and the reader's toggles, and answers the tab
 * messages the bootstrap (`./bootstrap.ts`) hands it. Everything ends with `ctx`.
 */
import type { ContentScriptContext } from '#imports';
import { askBackground } from '@/lib/messaging';
import type { PageReport } from '@/lib/report';
import { overlayAllowed, type Settings } from '@/lib/settings-rules';
import type { TabHandlers } from './tab-messages';
import { mountOverlay, type OverlayHandle, type OverlayPageLink } from './overlay';
import { askAboutPage } from './analyze';
import { applyHighlights, type HighlightsHandle } from './highlights';
import { initNotes } from './notes';

/** Where the bootstrap left off. */
export interface PageAppStart {
  settings: Settings;
  /** The page's report when the bootstrap analysed the page; `undefined` when it has not yet. */
  report: PageReport | null | undefined;
  /** How many notes the background said the page has; `undefined` when it has not said. */
  notesOnPage?: number;
}

/** What the bootstrap hands on to the page app once it runs. */
export interface PageApp {
  /** Answers for the tab messages. */
  tabHandlers: TabHandlers;
  /** A single-page navigation changed the address. */
  locationChanged(): void;
  /** A mouse or keyboard selection ended before the app ran: offer the note button for it. */
  selectionEnded(): void;
}

/** Starts the page app where the bootstrap left off. */
export function startPage(ctx: ContentScriptContext, start: PageAppStart): PageApp {
  let report: PageReport | null = start.report ?? null;
  let settings: Settings = start.settings;
  let hiddenOnPage = false;
  let overlay: OverlayHandle | null = null;
  let highlights: HighlightsHandle | null = null;
  let highlightedReport: PageReport | null = null;
  let generation = 0;
  const notes = initNotes(ctx, { getReport: () => report, isEnabled: () => settings.enabled });
  // Pages opened while Backstory was switched off are analysed when it is switched back on.
  let analyzed = start.report !== undefined;

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
    // Asked after a single-page navigation or once Backstory is switched back on: the page is read
    // once the first answer is back.
    const { started, report: analyse } = await askAboutPage(document, true);
    // No lookup in a first answer means Backstory is off; without an answer the page is still
    // analysed.
    const known = started.ok ? started.value.known : { knownUrl: false, report: null };
    const next = known ? await analyse(known) : null;
    if (mine !== generation || ctx.isInvalid) return;
    report = next;
    await sync();
  };

  const tabHandlers: TabHandlers = {
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
  };

  if (settings.enabled) {
    // The bootstrap's first answer counted the page's notes: none means nothing to ask for.
    if (start.notesOnPage !== 0) void notes.refresh();
    if (analyzed) void sync();
    else void refresh();
  }
  return {
    tabHandlers,
    locationChanged() {
      hiddenOnPage = false;
      // The old page's highlights point at text that is going away.
      clearHighlights();
      void refresh();
      void notes.refresh();
    },
    selectionEnded: () => notes.selectionEnded(),
  };
}
