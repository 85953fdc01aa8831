import { describe, expect, test } from 'vitest';
import { routeMessage, type Identity, type SenderInfo } from '../../lib/background/router';
import { createHandlers } from '../../lib/background/handlers';
import { installPack } from '../../lib/services/packs';
import { freshDb, testPack } from '../helpers/packs';

const identity: Identity = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
const popup: SenderInfo = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const contentScript: SenderInfo = { id: 'our-id', url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };

function setup() {
  const db = freshDb();
  const broadcasts: unknown[] = [];
  const handlers = createHandlers(db, {
    version: '1.2.3',
    lookup: async () => ({ knownUrl: false, report: null }),
    analyze: async () => null,
    broadcastSettings: async (settings) => void broadcasts.push(settings),
  });
  const send = (message: unknown, sender: SenderInfo) => routeMessage(message, sender, identity, handlers);
  return { db, send, broadcasts };
}

describe('the background router', () => {
  test('answers a typed message from our own contexts', async () => {
    const { send } = setup();
    expect(await send({ type: 'ping', payload: {} }, contentScript)).toEqual({
      ok: true,
      value: { version: '1.2.3' },
    });
    expect(await send({ type: 'ping' }, popup)).toEqual({ ok: true, value: { version: '1.2.3' } });
  });

  test.each([
    [
      'another extension',
      { type: 'ping', payload: {} },
      { id: 'evil-id', url: 'chrome-extension://evil-id/x.html' },
      /not this extension/,
    ],
    ['no sender id', { type: 'ping', payload: {} }, { url: 'https://news.example' }, /not this extension/],
    ['not an object', 'ping', popup, /not a message/],
    ['null', null, popup, /not a message/],
    ['an unknown type', { type: 'db/drop', payload: {} }, popup, /unknown message type/],
    ['an inherited property as type', { type: 'toString', payload: {} }, popup, /unknown message type/],
    [
      'a privileged message from a page',
      { type: 'packs/remove', payload: { id: 'starter' } },
      contentScript,
      /only for the extension's own pages/,
    ],
    [
      'a settings change from a page',
      { type: 'settings/set', payload: { enabled: false } },
      contentScript,
      /only for the extension's own pages/,
    ],
    [
      'an extra payload field',
      { type: 'ping', payload: { code: 'alert(1)' } },
      popup,
      /invalid ping payload/,
    ],
    [
      'a wrong payload type',
      { type: 'packs/export', payload: { id: 5 } },
      popup,
      /invalid packs\/export payload at id/,
    ],
    [
      'a javascript: URL',
      { type: 'page/lookup', payload: { url: 'javascript:alert(1)', canonicalUrl: null } },
      contentScript,
      /invalid page\/lookup payload at url/,
    ],
    [
      'an oversized page',
      {
        type: 'page/analyze',
        payload: { url: 'https://a.example/', canonicalUrl: null, title: '', html: 'x'.repeat(3_000_001) },
      },
      contentScript,
      /invalid page\/analyze payload at html/,
    ],
  ])('refuses %s', async (_name, message, sender, error) => {
    const { send } = setup();
    const reply = await send(message, sender);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(error);
  });

  test('a handler failure comes back as a message, not a throw', async () => {
    const { send } = setup();
    expect(await send({ type: 'packs/export', payload: { id: 'missing' } }, popup)).toEqual({
      ok: false,
      error: 'No installed pack is called "missing".',
    });
  });

  test('a bad pack import changes nothing and says why', async () => {
    const { db, send } = setup();
    await installPack(db, testPack());
    const reply = await send(
      { type: 'packs/import', payload: { json: '{"format":"backstory-pack"' } },
      popup,
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(await db.packs.count()).toBe(1);
  });

  test('a settings change is stored and broadcast to tabs', async () => {
    const { send, broadcasts } = setup();
    const reply = await send(
      { type: 'settings/set', payload: { site: { host: 'WWW.Example.com', disabled: true } } },
      popup,
    );
    expect(reply).toEqual({ ok: true, value: { enabled: true, disabledSites: ['example.com'] } });
    expect(broadcasts).toEqual([{ enabled: true, disabledSites: ['example.com'] }]);
    expect(await send({ type: 'settings/get', payload: {} }, contentScript)).toEqual(reply);
  });
});
