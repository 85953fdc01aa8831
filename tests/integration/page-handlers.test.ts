/**
 * The background's answers to a page's two first messages, which a page that looks like an
 * article sends together (entrypoints/content/analyze.ts): the start is answered first, and an
 * analysis never parses anything while Backstory is off.
 */
import { describe, expect, test } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { routeMessage } from '../../lib/background/router';
import type { LookupAnswer } from '../../lib/services/analyze';
import { freshDb } from '../helpers/packs';

const identity = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const page = { id: 'ext', url: 'https://news.example/a', tab: { id: 1 }, frameId: 0 };
const SIGNALS = { url: page.url, canonicalUrl: null, title: 'A', html: '<p>An article.</p>' };

/** A promise and its resolver. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

function setUp(lookup: () => Promise<LookupAnswer>) {
  const events: string[] = [];
  const handlers = createHandlers(freshDb(), {
    version: 'test',
    lookup,
    analyze: async (url) => {
      events.push(`analysed ${url}`);
      return null;
    },
    broadcastSettings: async () => undefined,
  });
  const ask = (type: string, payload: unknown, sender: object = page) =>
    routeMessage({ type, payload }, sender, identity, handlers);
  return { ask, events };
}

describe("a page's first messages", () => {
  test('an analysis sent right after the start waits until the start is answered', async () => {
    const lookup = deferred<LookupAnswer>();
    const { ask, events } = setUp(() => lookup.promise);
    const start = ask('page/start', { url: page.url, canonicalUrl: null }).then((reply) => {
      events.push('start answered');
      return reply;
    });
    const analysis = ask('page/analyze', SIGNALS);
    // Many turns of the event loop: without the wait the analysis would long have run.
    for (let turn = 0; turn < 20; turn++) await new Promise((done) => setTimeout(done, 0));
    expect(events).toEqual([]);
    lookup.resolve({ knownUrl: false, report: null });
    expect(await start).toMatchObject({ ok: true, value: { notesOnPage: 0 } });
    expect(await analysis).toEqual({ ok: true, value: null });
    expect(events).toEqual(['start answered', `analysed ${page.url}`]);
  });

  test('a start that fails does not hold analyses back', async () => {
    const { ask, events } = setUp(async () => {
      throw new Error('database unavailable');
    });
    const start = ask('page/start', { url: page.url, canonicalUrl: null });
    const analysis = ask('page/analyze', SIGNALS);
    expect(await start).toEqual({ ok: false, error: 'database unavailable' });
    expect(await analysis).toEqual({ ok: true, value: null });
    expect(events).toEqual([`analysed ${page.url}`]);
  });

  test('while Backstory is off, a page sent for analysis is not parsed and gets nothing', async () => {
    const { ask, events } = setUp(async () => ({ knownUrl: false, report: null }));
    await ask('settings/set', { enabled: false }, popup);
    expect(await ask('page/analyze', SIGNALS)).toEqual({ ok: true, value: null });
    expect(events).toEqual([]);
    await ask('settings/set', { enabled: true }, popup);
    await ask('page/analyze', SIGNALS);
    expect(events).toEqual([`analysed ${page.url}`]);
  });
});
