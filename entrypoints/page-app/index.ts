/**
 * The page app, loaded by the content script's bootstrap only on pages with something to show or
 * when the reader asks for a note (see entrypoints/content/bootstrap.ts). It only registers its
 * start function; the bootstrap calls it with what it already knows about the page.
 */
import { PAGE_APP_GLOBAL } from '../content/load-app';
import { startPage } from '../content/page';

// The Firefox build carries the app in its content script instead (see load-app-bundled.ts).
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    (globalThis as Record<string, unknown>)[PAGE_APP_GLOBAL] = startPage;
  },
});
