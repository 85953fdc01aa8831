/** Real headless Chromium with the production build loaded; pages are served by interception. */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { join } from 'node:path';
import { CHROMIUM_PATH, extensionFlags, QUIET_CHROMIUM_FLAGS } from './browsers';

/** The Chrome build under test. */
export const CHROME_BUILD = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

/** A running browser with the extension, and every request the pages made to unknown hosts. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Requests to addresses we do not serve (all refused): the page's own, and any of ours. */
  offline: { url: string; fromExtension: boolean }[];
  close(): Promise<void>;
}

/** Launches Chromium with the extension and serves `pages`; anything else is refused and recorded. */
export async function launchChromium(
  pages: Map<string, string>,
  options: { headless?: boolean } = {},
): Promise<ChromiumSession> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...extensionFlags(CHROME_BUILD), ...QUIET_CHROMIUM_FLAGS],
  });
  const offline: ChromiumSession['offline'] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const body = pages.get(url);
    if (body !== undefined)
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else if (url.startsWith('data:') || url.startsWith('chrome-extension:')) await route.continue();
    else {
      const request = route.request();
      const origin = request.serviceWorker()?.url() ?? safeFrameUrl(request);
      offline.push({ url, fromExtension: origin.startsWith('chrome-extension:') });
      await route.abort('internetdisconnected');
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, offline, close: () => context.close() };
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}

/** Opens a served page and waits until it has loaded. */
export async function openPage(session: ChromiumSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The id of the tab whose top-frame content script reports `pageUrl`, or null; asked from an extension page. */
export async function findTabShowing(extensionPage: Page, pageUrl: string): Promise<number | null> {
  return extensionPage.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = await chrome.tabs
        .sendMessage(tab.id, { type: 'tab/status', payload: {} }, { frameId: 0 })
        .catch(() => null);
      if (reply?.ok && reply.value.url === url) return tab.id;
    }
    return null;
  }, pageUrl);
}

/** Like {@link findTabShowing}, but a missing tab is an error. */
export async function tabIdShowing(extensionPage: Page, pageUrl: string): Promise<number> {
  const tabId = await findTabShowing(extensionPage, pageUrl);
  if (tabId === null) throw new Error(`No tab with Backstory running shows ${pageUrl}`);
  return tabId;
}

/** Opens the popup about the tab showing `pageUrl` (its tab id passed as `?tab=`). */
export async function openPopupFor(session: ChromiumSession, pageUrl: string): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const tabId = await tabIdShowing(popup, pageUrl);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Asks the background a protocol message from an extension page, as the popup would. */
export async function askBackgroundFrom(page: Page, type: string, payload: unknown): Promise<unknown> {
  // A message that never gets an answer fails here, named, instead of at the test's time limit.
  return page.evaluate(
    ([t, p]) =>
      Promise.race([
        chrome.runtime.sendMessage({ type: t, payload: p }),
        new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer to ${t} in 15 s`)), 15_000)),
      ]),
    [type, payload] as const,
  );
}
