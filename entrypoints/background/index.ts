import { BackstoryDb } from '@/lib/db/database';
import { createHandlers } from '@/lib/background/handlers';
import { routeMessage } from '@/lib/background/router';
import { analyzePage, lookupPage } from '@/lib/services/analyze';
import { installStarterPack } from '@/lib/services/starter';
import { broadcastToTabs, toggleOverlayInActiveTab } from './broadcast';

export default defineBackground(() => {
  const db = new BackstoryDb();
  const starterReady = installStarterPack(db).catch((error: unknown) => {
    console.error('Backstory: the starter corpus could not be installed.', error);
  });
  const handlers = createHandlers(db, {
    version: browser.runtime.getManifest().version,
    lookup: async (url, canonicalUrl) => {
      await starterReady;
      return lookupPage(db, url, canonicalUrl);
    },
    analyze: async (url, canonicalUrl, html) => {
      await starterReady;
      return analyzePage(db, url, canonicalUrl, html);
    },
    broadcastSettings: (settings) => broadcastToTabs('tab/settings-changed', { settings }),
  });
  const identity = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessage(message, sender, identity, handlers),
  );
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-overlay') void toggleOverlayInActiveTab();
  });
});
