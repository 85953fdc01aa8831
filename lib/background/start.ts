/**
 * Starts the background: installs or upgrades the starter pack, then answers messages and the
 * keyboard command. Kept out of the entry point so integration tests can run it on a fake browser.
 */
import { browser } from 'wxt/browser';
import type { BackstoryDb } from '../db/database';
import { analyzePage, lookupPage } from '../services/analyze';
import { installStarterPack } from '../services/starter';
import { broadcastToTabs, toggleOverlayInActiveTab } from './tabs';
import { createHandlers } from './handlers';
import { routeMessage } from './router';

/** Wires listeners synchronously (so no early message is missed) and answers when the corpus is ready. */
export function startBackground(db: BackstoryDb): Promise<void> {
  const starterReady = installStarterPack(db).then(
    () => undefined,
    (error: unknown) => console.error('Backstory: the starter corpus could not be installed.', error),
  );
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
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-overlay')
      toggleOverlayInActiveTab().catch((error: unknown) => console.warn('Backstory: toggle failed.', error));
  });
  return starterReady;
}
