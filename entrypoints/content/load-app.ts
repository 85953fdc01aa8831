/**
 * Loads the page app (`page-app.js`) into this content script's world on demand. Only the
 * extension's own file, by `runtime.getURL`: in Chromium it is web-accessible (content scripts may
 * import nothing else), only through the per-session address pages cannot guess; Firefox lets a
 * content script import its extension's files without that, so there pages cannot load it at all.
 * The app registers its start function under a global of this isolated world, which page scripts
 * cannot see, and this module takes it from there. web-ext lint warns about any `import()` of a
 * computed address: tests/web-ext-lint-known.json says why this one is safe.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import type { PageApp, PageAppStart } from './page';

/** Where `page-app.js` leaves its start function for the loader. */
export const PAGE_APP_GLOBAL = '__backstoryStartPageApp';

/** Starts the page app. */
export type StartPageApp = (ctx: ContentScriptContext, start: PageAppStart) => PageApp;

let loading: Promise<StartPageApp> | null = null;

/** The page app's start function, loading the app the first time. */
export function loadPageApp(): Promise<StartPageApp> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL('/page-app.js')).then(() => {
    const holder = globalThis as Record<string, unknown>;
    const start = holder[PAGE_APP_GLOBAL];
    delete holder[PAGE_APP_GLOBAL];
    if (typeof start !== 'function') throw new Error('The Backstory page app did not start.');
    return start as StartPageApp;
  });
  loading.catch(() => (loading = null));
  return loading;
}
