/**
 * The page-side controller: asks the background what this page is, keeps the overlay in step
 * with the answer and the reader's toggles, and answers the popup. Everything ends with `ctx`.
 */
import type { ContentScriptContext } from '#imports';
import { askBackground } from '@/lib/messaging';
import type { PageReport } from '@/lib/report';
import { DEFAULT_SETTINGS, overlayAllowed, type Settings } from '@/lib/settings';
import { listenToTabMessages } from './tab-messages';
import { mountOverlay, type OverlayHandle } from './overlay';
import { analyzeCurrentPage } from './analyze';

/** Starts Backstory on this page. */
export async function startPage(ctx: ContentScriptContext): Promise<void> {
  let report: PageReport | null = null;
  let settings: Settings = DEFAULT_SETTINGS;
  let hiddenOnPage = false;
  let overlay: OverlayHandle | null = null;
  let generation = 0;

  const shouldShow = () => report !== null && !hiddenOnPage && overlayAllowed(settings, location.hostname);

  const sync = async () => {
    if (!shouldShow()) {
      overlay?.remove();
      overlay = null;
      return;
    }
    if (overlay) overlay.update(report!);
    else overlay = await mountOverlay(ctx, report!);
  };

  const refresh = async () => {
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
      await sync();
      return null;
    },
    'tab/toggle-overlay': async () => {
      hiddenOnPage = !hiddenOnPage;
      await sync();
      return { overlayShown: overlay !== null };
    },
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    hiddenOnPage = false;
    void refresh();
  });

  const stored = await askBackground('settings/get', {});
  if (stored.ok) settings = stored.value;
  if (!settings.enabled) return;
  await refresh();
}
