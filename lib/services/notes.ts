/** Storing the reader's notes. Notes live in their own table and no pack operation touches it. */
import type { BackstoryDb } from '../db/database';
import type { Note, NoteDraft, NotePatch } from '../notes/schema';
import { siteKey } from '../settings';

function newId(): string {
  return crypto.randomUUID();
}

/** Saves a new note and answers it as stored. */
export async function saveNote(db: BackstoryDb, draft: NoteDraft, now = Date.now()): Promise<Note> {
  const note: Note = {
    ...draft,
    id: newId(),
    site: siteKey(new URL(draft.url).host),
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

/** All notes, newest first. */
export async function listNotes(db: BackstoryDb): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray();
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
