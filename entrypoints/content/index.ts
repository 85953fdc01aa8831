import { startBootstrap } from './bootstrap';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also announce the script to the page with window.postMessage: the page's own
  // message listeners would run for it, and it tells the page that Backstory is installed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startBootstrap(ctx);
  },
});
