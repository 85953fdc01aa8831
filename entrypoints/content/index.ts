import { startBootstrap } from './bootstrap';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startBootstrap(ctx);
  },
});
