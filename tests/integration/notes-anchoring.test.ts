/**
 * The page side's two note messages, `notes/anchor-status` and `notes/reattach`, through the
 * router and real handlers on fake-indexeddb: a page may change only the notes made on it.
 */
import { describe, expect, test } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { noteBelongsToPage } from '../../lib/background/own-page';
import { routeMessage } from '../../lib/background/router';
import type { Note } from '../../lib/notes/schema';
import { freshDb } from '../helpers/packs';
import { idOf, makeNote } from '../unit/notes/factory';

const identity = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const tabAt = (url: string) => ({ id: 'ext', url, tab: { id: 4 }, frameId: 0 });

const ARTICLE = 'https://news.example/2026/11/library';
const CANONICAL = 'https://news.example/library';
const ELSEWHERE = 'https://evil.example/page';

async function setUp(notes: Note[]) {
  const db = freshDb();
  await db.notes.bulkAdd(notes);
  const handlers = createHandlers(db, {
    version: 'test',
    lookup: async () => ({ knownUrl: false, report: null }),
    analyze: async () => null,
    broadcastSettings: async () => undefined,
  });
  const ask = (type: string, payload: unknown, sender: object) =>
    routeMessage({ type, payload }, sender, identity, handlers) as Promise<{
      ok: boolean;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies differ per message type
      value?: any;
      error?: string;
    }>;
  return { db, ask };
}

const mine = makeNote({ id: idOf(1), url: ARTICLE, canonicalUrl: CANONICAL });
const other = makeNote({ id: idOf(2), url: 'https://other.example/story', canonicalUrl: null });
const newTarget = {
  quote: { exact: 'the café will open in spring', prefix: 'The ', suffix: '.' },
  position: { start: 120, end: 148 },
};

describe('notes/anchor-status', () => {
  test('the page a note was made on marks it, with or without a fragment in its address', async () => {
    const { db, ask } = await setUp([mine]);
    const payload = { ids: [mine.id], status: 'orphaned' };
    expect(await ask('notes/anchor-status', payload, tabAt(`${ARTICLE}#backstory-note=${mine.id}`))).toEqual({
      ok: true,
      value: { updated: 1 },
    });
    expect((await db.notes.get(mine.id))?.anchorStatus).toBe('orphaned');
    expect((await db.notes.get(mine.id))?.updatedAt).toBe(mine.updatedAt);
  });

  test('another address on the same site that shares the canonical link may mark it', async () => {
    const { db, ask } = await setUp([mine]);
    const payload = { ids: [mine.id], status: 'anchored', canonicalUrl: CANONICAL };
    const reply = await ask('notes/anchor-status', payload, tabAt(`${ARTICLE}?utm_source=feed`));
    expect(reply.ok).toBe(true);
    expect((await db.notes.get(mine.id))?.anchorStatus).toBe('anchored');
  });

  test.each([
    ['another page', { ids: [mine.id], status: 'orphaned' }, tabAt(ELSEWHERE)],
    [
      'another site claiming the canonical link',
      { ids: [mine.id], status: 'orphaned', canonicalUrl: CANONICAL },
      tabAt(ELSEWHERE),
    ],
    [
      'its own page, but with another page note among the ids',
      { ids: [mine.id, other.id], status: 'orphaned' },
      tabAt(ARTICLE),
    ],
    ['the popup (not a page)', { ids: [mine.id], status: 'orphaned' }, popup],
  ])('is refused from %s, and nothing changes', async (_name, payload, sender) => {
    const { db, ask } = await setUp([mine, other]);
    const reply = await ask('notes/anchor-status', payload, sender);
    expect(reply).toMatchObject({ ok: false, error: /^Refused/ });
    expect((await db.notes.get(mine.id))?.anchorStatus).toBeUndefined();
    expect((await db.notes.get(other.id))?.anchorStatus).toBeUndefined();
  });

  test('a note deleted meanwhile (in the popup) is skipped, the others are marked', async () => {
    const { db, ask } = await setUp([mine]);
    const reply = await ask(
      'notes/anchor-status',
      { ids: [idOf(8), mine.id], status: 'orphaned' },
      tabAt(ARTICLE),
    );
    expect(reply).toEqual({ ok: true, value: { updated: 1 } });
    expect(await db.notes.get(idOf(8))).toBeUndefined();
  });

  test('a bad payload is refused by the router', async () => {
    const { ask } = await setUp([mine]);
    expect(
      await ask('notes/anchor-status', { ids: [mine.id], status: 'lost' }, tabAt(ARTICLE)),
    ).toMatchObject({
      ok: false,
      error: /invalid notes\/anchor-status payload at status/,
    });
    expect(
      await ask('notes/anchor-status', { ids: ['<script>'], status: 'anchored' }, tabAt(ARTICLE)),
    ).toMatchObject({
      ok: false,
    });
  });
});

describe('notes/reattach', () => {
  test('its own page moves an orphan to a new selection and marks it anchored', async () => {
    const { db, ask } = await setUp([{ ...mine, anchorStatus: 'orphaned' }]);
    const reply = await ask('notes/reattach', { id: mine.id, target: newTarget }, tabAt(ARTICLE));
    expect(reply).toMatchObject({
      ok: true,
      value: { id: mine.id, target: newTarget, anchorStatus: 'anchored' },
    });
    const stored = await db.notes.get(mine.id);
    expect(stored).toMatchObject({ target: newTarget, anchorStatus: 'anchored', body: mine.body });
    expect(stored!.updatedAt).toBeGreaterThan(mine.updatedAt);
  });

  test.each([
    ['another page', tabAt(ELSEWHERE)],
    ['the popup', popup],
  ])('is refused from %s', async (_name, sender) => {
    const { db, ask } = await setUp([mine]);
    expect(await ask('notes/reattach', { id: mine.id, target: newTarget }, sender)).toMatchObject({
      ok: false,
      error: /^Refused/,
    });
    expect((await db.notes.get(mine.id))?.target).toEqual(mine.target);
  });

  test('a missing note and an invalid target are refused', async () => {
    const { ask } = await setUp([mine]);
    expect(await ask('notes/reattach', { id: idOf(9), target: newTarget }, tabAt(ARTICLE))).toEqual({
      ok: false,
      error: 'That note no longer exists.',
    });
    const empty = { ...newTarget, quote: { ...newTarget.quote, exact: '' } };
    expect(await ask('notes/reattach', { id: mine.id, target: empty }, tabAt(ARTICLE))).toMatchObject({
      ok: false,
      error: /target\.quote\.exact/,
    });
  });
});

describe('noteBelongsToPage', () => {
  test.each([
    [ARTICLE, null, true],
    [`${ARTICLE}#section`, null, true],
    [CANONICAL, null, true],
    [`${ARTICLE}?page=2`, CANONICAL, true],
    [`${ARTICLE}?page=2`, null, false],
    [ELSEWHERE, CANONICAL, false],
    ['https://news.example.evil.example/library', CANONICAL, false],
  ])('%s (canonical link %s): %s', (pageUrl, claimed, expected) => {
    expect(noteBelongsToPage(mine, pageUrl, claimed)).toBe(expected);
  });
});
