import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../lib/background/start';
import { freshDb } from '../helpers/packs';
import starter from '../../assets/packs/starter.json';

const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const pageSender = {
  id: 'test-extension-id',
  url: 'https://www.presstv.co.uk/a',
  tab: { id: 3 },
  frameId: 0,
};

async function ask(message: unknown, sender: object) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return (await reply) as unknown as { ok: boolean; value?: unknown; error?: string };
}

describe('the background on a fake browser', () => {
  test('installs the starter pack on first run and answers from it', async () => {
    const db = freshDb();
    await startBackground(db);
    const packs = await ask({ type: 'packs/list', payload: {} }, popupSender());
    expect(packs.ok).toBe(true);
    expect(packs.value).toMatchObject([{ id: starter.id, version: starter.version }]);
    expect(await db.outlets.count()).toBe(starter.outlets.length);
  });

  test('a content script on a mirror domain gets the outlet report', async () => {
    await startBackground(freshDb());
    const reply = await ask(
      { type: 'page/lookup', payload: { url: 'https://www.presstv.co.uk/a', canonicalUrl: null } },
      pageSender,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: {
        knownUrl: false,
        report: { match: 'outlet', outlet: { id: 'press-tv', homeDomain: 'presstv.ir' } },
      },
    });
  });

  test("a page's first question gets settings, lookup and its notes count in one answer", async () => {
    const db = freshDb();
    await startBackground(db);
    const note = (id: string, url: string, canonicalUrl: string | null) =>
      db.notes.add({
        id,
        url,
        canonicalUrl,
        title: 'A',
        fingerprint: null,
        body: 'mine',
        tags: [],
        kind: 'comment',
        target: null,
        link: null,
        outletId: null,
        site: 'www.presstv.co.uk',
        createdAt: 1,
        updatedAt: 1,
      });
    await note('by-url', 'https://www.presstv.co.uk/a', null);
    await note('by-canonical', 'https://elsewhere.example/copy', 'https://www.presstv.ir/a');
    await note('other-page', 'https://www.presstv.co.uk/b', null);
    const start = { url: 'https://www.presstv.co.uk/a#comments', canonicalUrl: 'https://www.presstv.ir/a' };
    expect(await ask({ type: 'page/start', payload: start }, pageSender)).toMatchObject({
      ok: true,
      value: {
        settings: { enabled: true },
        known: { knownUrl: false, report: { match: 'outlet', outlet: { id: 'press-tv' } } },
        notesOnPage: 2,
      },
    });
    await ask({ type: 'settings/set', payload: { enabled: false } }, popupSender());
    expect(await ask({ type: 'page/start', payload: start }, pageSender)).toEqual({
      ok: true,
      value: { settings: expect.objectContaining({ enabled: false }), known: null, notesOnPage: 0 },
    });
  });

  test('starting again (an update or restart) keeps notes and settings', async () => {
    const db = freshDb();
    await startBackground(db);
    await ask({ type: 'settings/set', payload: { enabled: false } }, popupSender());
    await db.notes.add({
      id: 'n1',
      url: 'https://a.example/',
      canonicalUrl: null,
      title: 'A',
      fingerprint: null,
      body: 'kept',
      tags: [],
      kind: 'comment',
      target: null,
      link: null,
      outletId: null,
      site: 'a.example',
      createdAt: 1,
      updatedAt: 1,
    });
    fakeBrowser.runtime.onMessage.removeAllListeners();
    await startBackground(db);
    expect((await ask({ type: 'settings/get', payload: {} }, pageSender)).value).toMatchObject({
      enabled: false,
    });
    expect((await db.notes.get('n1'))?.body).toBe('kept');
  });

  test('refuses privileged messages from pages and messages from other extensions', async () => {
    await startBackground(freshDb());
    expect(await ask({ type: 'packs/remove', payload: { id: 'starter' } }, pageSender)).toMatchObject({
      ok: false,
    });
    expect(await ask({ type: 'ping', payload: {} }, { id: 'someone-else' })).toMatchObject({ ok: false });
  });
});

describe('the keyboard command', () => {
  test('toggles the overlay in the active tab only', async () => {
    await startBackground(freshDb());
    const window = await fakeBrowser.windows.create({ focused: true });
    await fakeBrowser.tabs.create({ url: 'https://other.example/', windowId: window!.id, active: false });
    const active = await fakeBrowser.tabs.create({
      url: 'https://www.presstv.ir/a',
      windowId: window!.id,
      active: true,
    });
    const sent: [number | undefined, unknown][] = [];
    fakeBrowser.tabs.sendMessage = (async (tabId: number, message: unknown) => {
      sent.push([tabId, message]);
      return { ok: true, value: { overlayShown: false } };
    }) as typeof fakeBrowser.tabs.sendMessage;
    const commands = (
      fakeBrowser as unknown as { commands: { onCommand: { trigger(c: string): Promise<unknown> } } }
    ).commands;
    await commands.onCommand.trigger('toggle-overlay');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([[active.id, { type: 'tab/toggle-overlay', payload: {} }]]);
  });
});
