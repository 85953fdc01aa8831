/**
 * Starts the background: installs or upgrades the starter pack, then answers messages and the
 * keyboard command. Kept out of the entry point so integration tests can run it on a fake browser.
 */
import { browser } from 'wxt/browser';
import type { BackstoryDb } from '../db/database';
import { guardEach, withDatabase, type GuardOptions } from '../db/open';
import { analyzePage, lookupPage } from '../services/analyze';
import { installStarterPack } from '../services/starter';
import { registerContextMenu } from './context-menu';
import { broadcastToTabs, toggleOverlayInActiveTab } from './tabs';
import { createHandlers } from './handlers';
import { routeMessage } from './router';

/** Options of {@link startBackground}. */
export interface BackgroundOptions {
  /** How long opening the database may take before messages are answered "busy" (tests shorten it). */
  openTimeoutMs?: number;
}

/** Wires listeners synchronously (so no early message is missed) and answers when the corpus is ready. */
export function startBackground(db: BackstoryDb, options: BackgroundOptions = {}): Promise<void> {
  // Storage can fail (full, unavailable, deleted under us): every handler answers a plain message
  // then, and a database deleted while open is reopened with the starter pack put back.
  const guard: GuardOptions = {
    openTimeoutMs: options.openTimeoutMs,
    onReopen: () => installStarterPack(db),
  };
  const starterReady = withDatabase(db, () => installStarterPack(db), {
    openTimeoutMs: options.openTimeoutMs,
  }).then(
    () => undefined,
    (error: unknown) => console.error('Backstory: the starter corpus could not be installed.', error),
  );
  const handlers = guardEach(
    db,
    createHandlers(db, {
      version: browser.runtime.getManifest().version,
      lookup: (url, canonicalUrl) => lookupPage(db, url, canonicalUrl),
      analyze: (url, canonicalUrl, html) => analyzePage(db, url, canonicalUrl, html),
      broadcastSettings: (settings) => broadcastToTabs('tab/settings-changed', { settings }),
    }),
    guard,
  );
  const identity = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  // Every answer waits for the first-run install, so no page or popup sees a half-empty corpus.
  browser.runtime.onMessage.addListener((message, sender) =>
    starterReady.then(() => routeMessage(message, sender, identity, handlers)),
  );
  registerContextMenu();
  browser.commands?.onCommand.addListener((command) => {
    if (command === 'toggle-overlay')
      toggleOverlayInActiveTab().catch((error: unknown) => console.warn('Backstory: toggle failed.', error));
  });
  return starterReady;
}
