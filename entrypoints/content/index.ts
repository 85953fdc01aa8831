import { startBootstrap } from './bootstrap';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's own context would announce the script to the page with window.postMessage (the page's
  // listeners would run for it and learn Backstory is installed). The build swaps in our context,
  // which announces nothing (script-context.ts); this keeps WXT's quiet too, should it come back.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startBootstrap(ctx);
  },
});
