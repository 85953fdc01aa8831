import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  registerContextMenu,
  SAVE_NOTE_MENU_ID,
  SAVE_NOTE_MENU_TITLE,
} from '../../../lib/background/context-menu';

type ClickListener = (info: { menuItemId: string }, tab?: { id?: number }) => void;

/** Menus the fake browser does not implement: records what is created and who listens. */
function stubMenus() {
  const listeners: ClickListener[] = [];
  const menus = {
    create: vi.fn((_props: unknown, done?: () => void) => done?.()),
    removeAll: vi.fn(async () => undefined),
    onClicked: { addListener: (listener: ClickListener) => void listeners.push(listener) },
  };
  (fakeBrowser as unknown as { contextMenus: typeof menus }).contextMenus = menus;
  return { menus, listeners };
}

describe('the context menu', () => {
  test('offers "Save a Backstory note on the selection" over selected text on web pages only', async () => {
    const { menus } = stubMenus();
    registerContextMenu();
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(1));
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    expect(menus.create.mock.calls[0]![0]).toEqual({
      id: SAVE_NOTE_MENU_ID,
      title: SAVE_NOTE_MENU_TITLE,
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });

  test('a click asks that tab (top frame) to open the note editor; other items are ignored', async () => {
    const { listeners } = stubMenus();
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (...args: unknown[]) => {
      sent.push(args);
      return { ok: true, value: { opened: true } };
    }) as typeof fakeBrowser.tabs.sendMessage;
    registerContextMenu();
    listeners[0]!({ menuItemId: 'something-else' }, { id: 5 });
    listeners[0]!({ menuItemId: SAVE_NOTE_MENU_ID }, { id: 5 });
    listeners[0]!({ menuItemId: SAVE_NOTE_MENU_ID }, undefined);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual([5, { type: 'tab/open-note-editor', payload: {} }, { frameId: 0 }]);
  });
});
