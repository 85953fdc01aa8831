/**
 * The page context menu's "Save a Backstory note on the selection": shown only over selected text
 * on web pages; a click asks that tab's content script to open the note editor on the selection.
 */
import { browser } from 'wxt/browser';
import { askTab } from '../messaging';
import { errorMessage } from '../result';

/** The menu item's id (menus are per extension, so a plain name is unique). */
export const SAVE_NOTE_MENU_ID = 'backstory-save-note';

/** The menu item's words. */
export const SAVE_NOTE_MENU_TITLE = 'Save a Backstory note on the selection';

type MenusApi = typeof browser.contextMenus;

function onClicked(info: { menuItemId: string | number }, tab?: { id?: number }): void {
  if (info.menuItemId !== SAVE_NOTE_MENU_ID || tab?.id === undefined) return;
  void askTab(tab.id, 'tab/open-note-editor').then((reply) => {
    if (!reply.ok) console.warn('Backstory: the note editor could not be opened.', reply.error);
  });
}

function warnUnavailable(error: unknown): void {
  console.warn(`Backstory: the context menu is unavailable (${errorMessage(error)}).`);
}

function createItem(menus: MenusApi): void {
  menus.create(
    {
      id: SAVE_NOTE_MENU_ID,
      title: SAVE_NOTE_MENU_TITLE,
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    },
    // Reading lastError marks a failure (e.g. a duplicate id after a restart) as handled.
    () => void browser.runtime.lastError,
  );
}

/**
 * Listens for menu clicks (synchronously, so a woken service worker sees the click) and
 * (re)creates the item: Chrome keeps menus across service worker restarts, Firefox's persistent
 * background page does not keep them across browser restarts, so the item is replaced every time.
 */
export function registerContextMenu(): void {
  const menus = (browser as { contextMenus?: MenusApi }).contextMenus;
  if (!menus) return;
  try {
    menus.onClicked.addListener(onClicked);
    Promise.resolve(menus.removeAll())
      .then(() => createItem(menus))
      .catch((error: unknown) => warnUnavailable(error));
  } catch (error) {
    // Only a test browser without menus gets here; the extension works without the menu.
    warnUnavailable(error);
  }
}
