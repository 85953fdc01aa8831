/**
 * Figures 2 and 3 in Firefox (headless ESR over WebDriver BiDi): the same pages with and without
 * the extension, interleaved. Firefox offers no trace of the page's main thread to automation,
 * so figure 1 is not measured here.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_BUILD } from '../../tests/e2e/harness/firefox';
import { FIREFOX_PATH, QUIET_FIREFOX_PREFS } from '../../tests/e2e/harness/browsers';
import type { BenchPage } from './pages';
import { PROBE_SCRIPT, READ_PROBE, type ProbeRecord } from './probe';

/** One Firefox load. */
export interface FirefoxSample {
  variant: 'with' | 'without';
  loadMs: number;
  overlayMs: number | null;
  mutations: number;
}

/** Launches Firefox ESR; with `extension`, the Firefox build is installed as a temporary add-on. */
export async function launchBenchFirefox(extension: boolean): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: QUIET_FIREFOX_PREFS,
  });
  if (extension) await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

async function loadOnce(
  browser: Browser,
  bodies: Map<string, string>,
  page: BenchPage,
  variant: FirefoxSample['variant'],
  windowMs: number,
): Promise<FirefoxSample> {
  const tab = await browser.newPage();
  try {
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      const body = bodies.get(request.url());
      if (body !== undefined)
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      else if (request.url().startsWith('data:') || request.url().startsWith('moz-extension:'))
        void request.continue();
      else void request.abort();
    });
    await tab.evaluateOnNewDocument(PROBE_SCRIPT);
    await tab.goto(page.url, { waitUntil: 'load' });
    if (page.clickAfterLoad) await tab.click(page.clickAfterLoad);
    const settled = Date.now() + windowMs;
    if (variant === 'with' && page.overlay !== 'none')
      await tab
        .waitForFunction('window.__backstoryBench.overlayAt !== null', { timeout: 10_000, polling: 50 })
        .catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, settled - Date.now())));
    const probe = (await tab.evaluate(READ_PROBE)) as ProbeRecord;
    const start = page.clickAfterLoad ? probe.clickAt : probe.domContentLoaded;
    return {
      variant,
      loadMs: probe.load,
      overlayMs: probe.overlayAt === null || start === null ? null : probe.overlayAt - start,
      mutations: probe.mutations,
    };
  } finally {
    await tab.close();
  }
}

/** Loads every page `runs` times with and without the extension, alternating which goes first. */
export async function firefoxLoads(
  pages: readonly BenchPage[],
  bodies: Map<string, string>,
  options: { runs: number; windowMs: number; log: (line: string) => void },
): Promise<{ samples: Map<BenchPage, FirefoxSample[]>; version: string }> {
  const [withExtension, without] = await Promise.all([launchBenchFirefox(true), launchBenchFirefox(false)]);
  const samples = new Map<BenchPage, FirefoxSample[]>();
  try {
    for (const page of pages) {
      const list: FirefoxSample[] = [];
      await loadOnce(withExtension, bodies, page, 'with', 0);
      await loadOnce(without, bodies, page, 'without', 0);
      for (let run = 0; run < options.runs; run++) {
        const order = run % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
        for (const variant of order)
          list.push(
            await loadOnce(
              variant === 'with' ? withExtension : without,
              bodies,
              page,
              variant,
              options.windowMs,
            ),
          );
      }
      const attached = list.filter((sample) => sample.variant === 'with' && sample.overlayMs !== null).length;
      options.log(
        `  Firefox: ${page.name}: ${options.runs} runs × 2 variants, overlay in ${attached}/${options.runs}`,
      );
      samples.set(page, list);
    }
    return { samples, version: await withExtension.version() };
  } finally {
    await Promise.all([withExtension.close(), without.close()]);
  }
}
