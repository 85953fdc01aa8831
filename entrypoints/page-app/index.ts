/**
 * The page app, loaded by the content script's bootstrap only on pages with something to show or
 * when the reader asks for a note (see entrypoints/content/bootstrap.ts). It only registers its
 * start function; the bootstrap calls it with what it already knows about the page.
 */
import { PAGE_APP_GLOBAL } from '../content/load-app';
import { startPage } from '../content/page';

export default defineUnlistedScript({
  main() {
    (globalThis as Record<string, unknown>)[PAGE_APP_GLOBAL] = startPage;
  },
});
