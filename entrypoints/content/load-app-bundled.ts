/**
 * The Firefox build's page-app loader: wxt.config.ts resolves `./load-app` to this file there.
 * The add-ons linter (web-ext lint) refuses `import()` of a computed address and Firefox resolves
 * a literal one against the page, so the Firefox content script carries the app. A static import
 * rather than an inlined `import('./page')`, which made the bundler wrap every module of the app
 * in a lazy initialiser (0.9 KB gzip on every page).
 */
import type { StartPageApp } from './load-app';
import { startPage } from './page';

export type { StartPageApp };

/** The page app's start function, already in this script. */
export function loadPageApp(): Promise<StartPageApp> {
  return Promise.resolve(startPage);
}
