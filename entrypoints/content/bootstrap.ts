/**
 * What runs in every page: a few kilobytes that decide whether the page needs Backstory at all.
 * After the page's load event it asks the background, in one message, for the settings, what the
 * address is known as and how many notes the page has; right after, it runs the gate and sends the
 * page for analysis when it may be an article, so the two answers overlap (./analyze.ts). Only
 * when there is a report or a note, or the reader selects text, presses the note shortcut or picks
 * the context-menu item, does it load the page app (overlay, highlights, notes) and hand over.
 * Most pages a reader opens are not in the corpus and never load more than this.
 */
import type { ContentScriptContext } from '#imports';
import { askBackground } from '@/lib/messaging';
import type { PageReport } from '@/lib/report';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings-rules';
import { afterLoad } from './after-load';
import { askAboutPage } from './analyze';
import { loadPageApp, type StartPageApp } from './load-app';
import { isSaveNoteShortcut } from './notes/shortcut';
import type { PageApp } from './page';
import { listenToTabMessages } from './tab-messages';

/** How long Backstory waits for the page's load event before starting anyway. */
const LOAD_WAIT_CAP_MS = 300;

const NOT_SHOWN = { report: null, overlayShown: false, hiddenOnPage: false } as const;

/**
 * Starts Backstory on this page; resolves once the first decision is made (and the page app
 * runs, when the page needs it). `loadApp` is the app's loader (tests pass the app itself).
 */
export async function startBootstrap(
  ctx: ContentScriptContext,
  loadApp: () => Promise<StartPageApp> = loadPageApp,
): Promise<void> {
  let settings: Settings | null = null;
  let app: PageApp | null = null;
  let waking: Promise<PageApp | null> | null = null;
  /** The report of the last decision: `undefined` until the page has been analysed. */
  let decided: PageReport | null | undefined;
  /** How many notes the first answer said the page has: `undefined` until it came. */
  let notesKnown: number | undefined;
  let generation = 0;
  // The listeners that wake the app; the app has its own once it runs.
  const dormant = new AbortController();
  const signal = AbortSignal.any([ctx.signal, dormant.signal]);

  const readSettings = async () => {
    const stored = await askBackground('settings/get', {});
    settings = stored.ok ? stored.value : (settings ?? DEFAULT_SETTINGS);
    return settings;
  };

  // One load, whether it was started ahead (while the page is analysed) or by a wake; a failed
  // load is tried again next time.
  let loading: Promise<StartPageApp> | null = null;
  const load = () => {
    if (loading) return loading;
    const started = loadApp();
    loading = started;
    started.catch(() => {
      if (loading === started) loading = null;
    });
    return started;
  };

  const wake = (): Promise<PageApp | null> =>
    (waking ??= (async () => {
      try {
        const [start, read] = await Promise.all([load(), settings ?? readSettings()]);
        if (ctx.isInvalid) return null;
        dormant.abort();
        // The settings may have changed while the app loaded.
        app = start(ctx, { settings: settings ?? read, report: decided, notesOnPage: notesKnown });
        return app;
      } catch (error) {
        // Nothing is shown; the next trigger tries again.
        console.warn('Backstory could not start on this page', error);
        waking = null;
        return null;
      }
    })());

  /**
   * Analyses the page (still `settling` after a single-page navigation) and wakes the app when
   * there is something to show.
   */
  const decide = async (settling: boolean) => {
    const mine = ++generation;
    const { started, report: analyse } = await askAboutPage(document, settling);
    settings = started.ok ? started.value.settings : (settings ?? DEFAULT_SETTINGS);
    if (!settings.enabled || app || mine !== generation) return;
    const { known, notesOnPage } = started.ok ? started.value : { known: null, notesOnPage: undefined };
    notesKnown = notesOnPage;
    const lookup = known ?? { knownUrl: false, report: null };
    // Notes on the page, or a known address or outlet, will show something: the app loads while
    // the page is analysed.
    const hasNotes = notesOnPage !== undefined && notesOnPage > 0;
    if (hasNotes || lookup.knownUrl || lookup.report !== null) void load().catch(() => undefined);
    const report = await analyse(lookup);
    if (app || mine !== generation || ctx.isInvalid) return;
    decided = report;
    if (report !== null || hasNotes) await wake();
  };

  listenToTabMessages(ctx, {
    'tab/status': async () => (app ? app.tabHandlers['tab/status']() : { url: location.href, ...NOT_SHOWN }),
    'tab/settings-changed': async () => {
      if (app) return app.tabHandlers['tab/settings-changed']();
      // Pages opened while Backstory was switched off are analysed when it is switched back on.
      const current = await readSettings();
      if (current.enabled && decided === undefined) await decide(false);
      return null;
    },
    'tab/toggle-overlay': async () =>
      app ? app.tabHandlers['tab/toggle-overlay']() : { overlayShown: false },
    'tab/open-note-editor': async () => {
      const running = await wake();
      return running ? running.tabHandlers['tab/open-note-editor']() : { opened: false };
    },
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (app) app.locationChanged();
    else if (waking) void waking.then((running) => running?.locationChanged());
    else {
      // A new address: a decision still under way for the old one is dropped (`generation`).
      decided = undefined;
      notesKnown = undefined;
      void decide(true);
    }
  });

  // A selection or the note shortcut on a page with nothing else to show.
  const hasSelection = () => document.getSelection()?.isCollapsed === false;
  const onSelectionEnd = () => {
    if (settings?.enabled === false) return;
    ctx.setTimeout(() => {
      if (hasSelection() && !signal.aborted) void wake().then((running) => running?.selectionEnded());
    }, 0);
  };
  document.addEventListener('pointerup', onSelectionEnd, { signal });
  document.addEventListener('keyup', onSelectionEnd, { signal });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!isSaveNoteShortcut(event) || settings?.enabled === false || !hasSelection()) return;
      // Only the shortcut, and only with a selection, is kept from the page.
      event.preventDefault();
      event.stopPropagation();
      void wake().then((running) => running?.tabHandlers['tab/open-note-editor']());
    },
    { capture: true, signal },
  );

  await afterLoad(ctx, document, LOAD_WAIT_CAP_MS);
  await decide(false);
}
