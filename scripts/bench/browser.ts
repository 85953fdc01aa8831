/**
 * Headless Chromium for the benchmark: pages are served by request interception only
 * (https://bench.example/ for the harness, https://NAME.example/ for real pages); every other
 * request is aborted, so nothing touches the network.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, QUIET_CHROMIUM_FLAGS } from '../../tests/e2e/harness/browsers';

/** Bundles the browser side of the benchmark. */
export async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** What the interceptor serves: harness files by path, real pages by host name. */
export interface Routes {
  script: string;
  files: Map<string, () => string | Buffer>;
  realPage: (name: string) => string | null;
}

/** Launches Chromium and a page whose requests are all answered by `routes`. */
export async function openBrowser(routes: Routes): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
  const page = await (await browser.newContext()).newPage();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'https:' && url.hostname === 'bench.example') {
      if (url.pathname === '/')
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><title>bench</title><script src="/bench.js"></script>',
        });
      if (url.pathname === '/bench.js')
        return route.fulfill({ contentType: 'text/javascript', body: routes.script });
      const file = routes.files.get(url.pathname);
      if (file) return route.fulfill({ contentType: 'application/json', body: file() });
    }
    const name = /^([a-z0-9-]+)\.example$/.exec(url.hostname)?.[1];
    const html = name && url.pathname === '/' ? routes.realPage(name) : null;
    if (html !== null && html !== undefined) return route.fulfill({ contentType: 'text/html', body: html });
    return route.abort();
  });
  return { browser, page };
}

/** Reads a file lazily for the interceptor. */
export const fromFile = (path: string) => () => readFileSync(path);
