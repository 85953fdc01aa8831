/** Moving notes in and out: export to JSON-LD or Markdown, and atomic, repeatable import. */
import type { BackstoryDb } from '../db/database';
import { exportJsonLd } from '../notes/jsonld';
import { exportMarkdown } from '../notes/markdown';
import type { Note } from '../notes/schema';
import { sortNotes } from '../notes/filter';

/** Export formats. */
export type NotesFormat = 'jsonld' | 'markdown';

/** Every note as file text, oldest first so files from the same notes differ only by new notes. */
export async function exportNotes(db: BackstoryDb, format: NotesFormat, now = Date.now()): Promise<string> {
  const notes = sortNotes(await db.notes.toArray(), 'oldest');
  return format === 'jsonld' ? exportJsonLd(notes, { now }) : exportMarkdown(notes, now);
}

/** What an import did. */
export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Stores validated notes in one transaction, so a failure part-way leaves the database as it was.
 * A note whose id is new is added; one already present is replaced only when the file's copy was
 * modified later, and skipped otherwise, so importing the same file twice changes nothing.
 */
export async function importNotes(db: BackstoryDb, notes: readonly Note[]): Promise<ImportCounts> {
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.bulkGet(notes.map((note) => note.id));
    const counts: ImportCounts = { added: 0, updated: 0, skipped: 0 };
    const writes: Note[] = [];
    notes.forEach((note, index) => {
      const current = existing[index];
      if (!current) counts.added += 1;
      else if (note.updatedAt > current.updatedAt) counts.updated += 1;
      else return void (counts.skipped += 1);
      writes.push(note);
    });
    await db.notes.bulkPut(writes);
    return counts;
  });
}
