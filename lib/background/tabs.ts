/** Messages from the background to tabs: settings broadcasts and the keyboard command. */
import { browser } from 'wxt/browser';
import type { TabMessageType } from '../messages';

/** Sends a tab message to every open tab; tabs without our content script are skipped. */
export async function broadcastToTabs(type: TabMessageType, payload: Record<string, unknown>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type, payload }).catch(() => undefined),
    ),
  );
}

/** The keyboard command: show or hide the overlay in the active tab only. */
export async function toggleOverlayInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) {
    await browser.tabs
      .sendMessage(tab.id, { type: 'tab/toggle-overlay', payload: {} })
      .catch(() => undefined);
  }
}
