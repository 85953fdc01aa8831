import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readNotesText } from '../../lib/notes/import';
import { deleteNote, listNotes, restoreNote, saveNote, setAnchorStatus } from '../../lib/services/notes';
import { exportNotes, importNotes } from '../../lib/services/notes-transfer';
import type { BackstoryDb } from '../../lib/db/database';
import type { Note } from '../../lib/notes/schema';
import { freshDb } from '../helpers/packs';
import { idOf, makeNote, noteArbitrary } from '../unit/notes/factory';

/** Reads file text and imports it, as the background's handler does. */
async function importText(db: BackstoryDb, text: string) {
  const notes = readNotesText(text);
  if (!notes.ok) throw new Error(notes.error);
  return importNotes(db, notes.value);
}
const byId = (notes: Note[]) => [...notes].sort((a, b) => a.id.localeCompare(b.id));
const seeded = async (notes: Note[]) => {
  const db = freshDb();
  await db.notes.bulkAdd(notes);
  return db;
};

describe('importing notes', () => {
  test('an export imports into an empty database as the very same notes', async () => {
    const notes = [
      makeNote({ id: idOf(1) }),
      makeNote({ id: idOf(2), target: null, kind: 'verified', anchorStatus: 'orphaned' }),
      makeNote({ id: idOf(3), url: 'https://b.example/x', link: { type: 'outlet', id: 'press-tv' } }),
    ];
    const text = await exportNotes(await seeded(notes), 'jsonld');
    const empty = freshDb();
    expect(await importText(empty, text)).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(byId(await empty.notes.toArray())).toStrictEqual(byId(notes));
  });

  test('importing the same file twice leaves the database as after the first time', async () => {
    const text = await exportNotes(
      await seeded([makeNote({ id: idOf(1) }), makeNote({ id: idOf(2) })]),
      'jsonld',
    );
    const db = freshDb();
    await importText(db, text);
    const once = await db.notes.toArray();
    expect(await importText(db, text)).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await db.notes.toArray()).toStrictEqual(once);
  });

  test('a note present in both is replaced only by a copy modified later', async () => {
    const older = makeNote({ id: idOf(1), body: 'old', updatedAt: 1000 });
    const newer = makeNote({ id: idOf(2), body: 'mine, newer', updatedAt: 9000 });
    const db = await seeded([older, newer]);
    const file = [
      { ...older, body: 'edited elsewhere', updatedAt: 2000 },
      { ...newer, body: 'stale copy', updatedAt: 5000 },
      makeNote({ id: idOf(3) }),
    ];
    expect(await importText(db, await exportNotes(await seeded(file), 'jsonld'))).toEqual({
      added: 1,
      updated: 1,
      skipped: 1,
    });
    expect((await db.notes.get(idOf(1)))?.body).toBe('edited elsewhere');
    expect((await db.notes.get(idOf(2)))?.body).toBe('mine, newer');
  });

  test('a file with one bad record changes nothing', async () => {
    const db = await seeded([makeNote({ id: idOf(9), body: 'kept' })]);
    const before = await db.notes.toArray();
    const file = JSON.parse(
      await exportNotes(await seeded([makeNote({ id: idOf(1) }), makeNote({ id: idOf(2) })]), 'jsonld'),
    );
    file.first.items[1].target.source = 'ftp://not-http.example/';
    await expect(importText(db, JSON.stringify(file))).rejects.toThrow(/first\.items\[1\]\.target\.source/);
    expect(await db.notes.toArray()).toStrictEqual(before);
  });

  test('a failure while writing rolls the whole import back', async () => {
    const db = await seeded([makeNote({ id: idOf(9) })]);
    const before = await db.notes.toArray();
    const notes = [makeNote({ id: idOf(1) }), makeNote({ id: idOf(2) }), makeNote({ id: idOf(3) })];
    // The batch write stores the first note, then fails: only the transaction can undo that write.
    const bulkPut = db.notes.bulkPut.bind(db.notes);
    db.notes.bulkPut = (async (items: Note[]) => {
      await bulkPut(items.slice(0, 1));
      expect(await db.notes.count()).toBe(before.length + 1);
      throw new Error('disk full');
    }) as unknown as typeof db.notes.bulkPut;
    await expect(importNotes(db, notes)).rejects.toThrow(/disk full/);
    expect(await db.notes.toArray()).toStrictEqual(before);
  });

  test('property: export then import into an empty database gives the same notes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(noteArbitrary, { selector: (note) => note.id, maxLength: 6 }),
        async (notes) => {
          const text = await exportNotes(await seeded(notes), 'jsonld');
          const empty = freshDb();
          await importText(empty, text);
          expect(byId(await empty.notes.toArray())).toStrictEqual(byId(notes));
          empty.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('undo and anchor status', () => {
  test('delete then restore gives back the exact note', async () => {
    const db = freshDb();
    const saved = await saveNote(
      db,
      {
        url: 'https://www.outlet-a.example/news/a',
        canonicalUrl: null,
        title: 'A',
        fingerprint: 'fp',
        body: 'text',
        tags: ['t'],
        kind: 'question',
        target: null,
        link: { type: 'claim', id: 'claim-a' },
        outletId: 'outlet-a',
      },
      1234,
    );
    const deleted = await deleteNote(db, saved.id);
    expect(await db.notes.count()).toBe(0);
    await restoreNote(db, deleted);
    expect(await db.notes.get(saved.id)).toStrictEqual(saved);
    expect(await listNotes(db)).toHaveLength(1);
  });

  test('restore refuses to overwrite a different note that has the same id', async () => {
    const db = await seeded([makeNote({ id: idOf(1), updatedAt: 5 })]);
    await expect(restoreNote(db, makeNote({ id: idOf(1), body: 'other', updatedAt: 6 }))).rejects.toThrow(
      /different note/,
    );
    expect((await db.notes.get(idOf(1)))?.body).toBe('My note');
  });

  test('anchor status is recorded without touching the edit date', async () => {
    const db = await seeded([makeNote({ id: idOf(1) }), makeNote({ id: idOf(2) })]);
    expect(await setAnchorStatus(db, [idOf(2), idOf(7)], 'orphaned')).toBe(1);
    expect((await db.notes.get(idOf(2)))?.anchorStatus).toBe('orphaned');
    expect((await db.notes.get(idOf(2)))?.updatedAt).toBe(makeNote().updatedAt);
    expect((await db.notes.get(idOf(1)))?.anchorStatus).toBeUndefined();
  });
});
