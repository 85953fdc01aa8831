/** Storing the reader's notes. Notes live in their own table and no pack operation touches it. */
import type { BackstoryDb } from '../db/database';
import type { AnchorStatus, Note, NoteDraft, NotePatch } from '../notes/schema';
import { noteSite } from '../notes/stored';

function newId(): string {
  return crypto.randomUUID();
}

/** Saves a new note and answers it as stored. */
export async function saveNote(db: BackstoryDb, draft: NoteDraft, now = Date.now()): Promise<Note> {
  const note: Note = {
    ...draft,
    id: newId(),
    site: noteSite(draft.url),
    createdAt: now,
    updatedAt: now,
  };
  await db.notes.add(note);
  return note;
}

/** Notes made on this URL or on any URL with the same canonical URL. */
export async function notesForPage(
  db: BackstoryDb,
  url: string,
  canonicalUrl: string | null,
): Promise<Note[]> {
  const byUrl = await db.notes.where('url').equals(url).toArray();
  const byCanonical = canonicalUrl ? await db.notes.where('canonicalUrl').equals(canonicalUrl).toArray() : [];
  const unique = new Map([...byUrl, ...byCanonical].map((note) => [note.id, note]));
  return [...unique.values()].sort((a, b) => a.createdAt - b.createdAt);
}

/** All notes, or the newest `limit` of them, most recently changed first. */
export async function listNotes(db: BackstoryDb, limit?: number): Promise<Note[]> {
  const newest = db.notes.orderBy('updatedAt').reverse();
  return (limit === undefined ? newest : newest.limit(limit)).toArray();
}

/** Applies an edit and answers the note as stored. */
export async function updateNote(
  db: BackstoryDb,
  id: string,
  patch: NotePatch,
  now = Date.now(),
): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Error('That note no longer exists.');
    const next: Note = { ...note, ...patch, updatedAt: now };
    await db.notes.put(next);
    return next;
  });
}

/** Deletes a note and answers it, so the caller can offer undo by saving it back. */
export async function deleteNote(db: BackstoryDb, id: string): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Error('That note no longer exists.');
    await db.notes.delete(id);
    return note;
  });
}

/**
 * Puts a deleted note back exactly as it was (same id, dates and fields): the popup's Undo.
 * Restoring twice is harmless; restoring over a different note with the same id is refused.
 */
export async function restoreNote(db: BackstoryDb, note: Note): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(note.id);
    if (existing && existing.updatedAt !== note.updatedAt) {
      throw new Error('A different note with this id exists; it was not replaced.');
    }
    await db.notes.put(note);
    return note;
  });
}

/**
 * Records whether a page found these notes again, for the popup's "orphaned" filter. The page
 * side calls this once it has tried to anchor its notes; `updatedAt` stays, as the reader
 * changed nothing. Answers how many notes changed.
 */
export async function setAnchorStatus(
  db: BackstoryDb,
  ids: readonly string[],
  status: AnchorStatus,
): Promise<number> {
  return db.notes
    .where('id')
    .anyOf([...ids])
    .modify((note) => {
      note.anchorStatus = status;
    });
}
