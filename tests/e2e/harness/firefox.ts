/** Real headless Firefox ESR (WebDriver BiDi) with the Firefox build installed as a temporary add-on. */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { join } from 'node:path';
import { FIREFOX_PATH, QUIET_FIREFOX_PREFS } from './browsers';

/** The Firefox build under test. */
export const FIREFOX_BUILD = join(import.meta.dirname, '..', '..', '..', '.output', 'firefox-mv2');

/** A running Firefox with the extension. */
export interface FirefoxSession {
  browser: Browser;
  pages: Map<string, string>;
  /** Requests to addresses we do not serve (all refused). */
  offline: string[];
  close(): Promise<void>;
}

/** Launches Firefox and installs the extension. */
export async function launchFirefox(pages: Map<string, string>): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: QUIET_FIREFOX_PREFS,
  });
  await browser.installExtension(FIREFOX_BUILD);
  return { browser, pages, offline: [], close: () => browser.close() };
}

/** Opens a served page; every other request is refused and recorded. */
export async function openPage(session: FirefoxSession, url: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const body = session.pages.get(request.url());
    if (body !== undefined) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else if (request.url().startsWith('data:') || request.url().startsWith('moz-extension:')) {
      void request.continue();
    } else {
      session.offline.push(request.url());
      void request.abort();
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Waits until `check` answers true, or fails after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Timed out waiting for the condition');
}
