import { describe, expect, test } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { routeMessage } from '../../lib/background/router';
import type { Note } from '../../lib/notes/schema';
import { freshDb } from '../helpers/packs';
import { idOf, makeNote } from '../unit/notes/factory';

const identity = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const popup = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const page = { id: 'ext', url: 'https://a.example/', tab: { id: 1 }, frameId: 0 };

async function setUp(notes: Note[] = []) {
  const db = freshDb();
  await db.notes.bulkAdd(notes);
  const handlers = createHandlers(db, {
    version: 'test',
    lookup: async () => ({ knownUrl: false, report: null }),
    analyze: async () => null,
    broadcastSettings: async () => undefined,
  });
  const ask = (type: string, payload: unknown, sender: object = popup) =>
    routeMessage({ type, payload }, sender, identity, handlers) as Promise<{
      ok: boolean;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies differ per message type
      value?: any;
      error?: string;
    }>;
  return { db, ask };
}

describe('notes messages', () => {
  test('export, import and restore are for extension pages only', async () => {
    const { ask } = await setUp();
    for (const [type, payload] of [
      ['notes/export', { format: 'jsonld' }],
      ['notes/import', { json: '[]' }],
      ['notes/restore', { note: makeNote() }],
    ] as const) {
      expect(await ask(type, payload, page)).toEqual({
        ok: false,
        error: `Refused: ${type} is only for the extension's own pages.`,
      });
    }
  });

  test('export answers JSON-LD or Markdown text of every note', async () => {
    const { ask } = await setUp([
      makeNote({ id: idOf(1), body: 'first' }),
      makeNote({ id: idOf(2), body: 'second' }),
    ]);
    const jsonld = await ask('notes/export', { format: 'jsonld' });
    expect(JSON.parse(jsonld.value).first.items).toHaveLength(2);
    const markdown = await ask('notes/export', { format: 'markdown' });
    expect(markdown.value).toMatch(/^# Backstory notes/);
    expect(markdown.value).toContain('second');
    expect(await ask('notes/export', { format: 'pdf' })).toMatchObject({ ok: false, error: /format/ });
  });

  test('import answers counts, and a bad file answers the reason', async () => {
    const source = await setUp([makeNote({ id: idOf(1) }), makeNote({ id: idOf(2) })]);
    const json = (await source.ask('notes/export', { format: 'jsonld' })).value as string;
    const target = await setUp([makeNote({ id: idOf(1) })]);
    expect(await target.ask('notes/import', { json })).toEqual({
      ok: true,
      value: { added: 1, updated: 0, skipped: 1 },
    });
    expect(await target.ask('notes/import', { json: json.slice(0, 100) })).toMatchObject({
      ok: false,
      error: /not valid JSON \(it may be truncated\)/,
    });
  });

  test('delete then restore through the protocol gives back the exact note', async () => {
    const note = makeNote({ id: idOf(1), anchorStatus: 'anchored' });
    const { db, ask } = await setUp([note]);
    const deleted = await ask('notes/delete', { id: note.id });
    expect(await db.notes.count()).toBe(0);
    expect(await ask('notes/restore', { note: deleted.value })).toMatchObject({ ok: true });
    expect(await db.notes.get(note.id)).toStrictEqual(note);
  });

  test('restore validates the note like any other payload', async () => {
    const { db, ask } = await setUp();
    const reply = await ask('notes/restore', { note: { ...makeNote(), url: 'javascript:alert(1)' } });
    expect(reply).toMatchObject({ ok: false, error: /note\.url/ });
    expect(await db.notes.count()).toBe(0);
  });
});
