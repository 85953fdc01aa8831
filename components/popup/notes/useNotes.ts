/** The notes list as the popup holds it: loaded once, then kept in step with each change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Note, NotePatch } from '@/lib/notes/schema';
import { fail, ok, type Result } from '@/lib/result';
import type { NotesApi } from './api';

/** Notes shown before all have loaded: the newest ones (this page's come too). */
export const FIRST_NOTES = 60;

/** The loaded notes and the changes the UI can make to them. */
export interface NotesState {
  /** Null while loading; first the newest and this page's notes, then all of them. */
  notes: Note[] | null;
  /** Whether `notes` holds every note (searches and filters are complete only then). */
  complete: boolean;
  loadError: string | null;
  reload: () => void;
  update: (id: string, patch: NotePatch) => Promise<Result<Note>>;
  remove: (id: string) => Promise<Result<Note>>;
  restore: (note: Note) => Promise<Result<Note>>;
}

/**
 * Loads the notes and answers functions that change them in the background, then here. With
 * thousands of notes, reading them all takes the background a while: the newest few and this
 * page's are asked for first and shown, then all of them.
 */
export function useNotes(api: NotesApi, pageUrl: string | null = null): NotesState {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const onPage = pageUrl?.startsWith('http')
      ? api.ask('notes/for-page', { url: pageUrl, canonicalUrl: null })
      : Promise.resolve(ok<Note[]>([]));
    // The full list is asked for only after the first answer: the background answers one at a
    // time in effect, and reading thousands of notes would hold the small answer back.
    void Promise.all([api.ask('notes/list', { limit: FIRST_NOTES }), onPage])
      .then(([newest, page]) => {
        if (live && newest.ok)
          setNotes([
            ...new Map([...newest.value, ...(page.ok ? page.value : [])].map((n) => [n.id, n])).values(),
          ]);
      })
      .then(() => (live ? api.ask('notes/list', {}) : null))
      .then((result) => {
        if (!live || !result) return;
        if (result.ok) {
          setNotes(result.value);
          setComplete(true);
        } else setLoadError(result.error);
      });
    return () => {
      live = false;
    };
  }, [api, version, pageUrl]);

  const update = useCallback(
    async (id: string, patch: NotePatch) => {
      const result = await api.ask('notes/update', { id, patch });
      if (result.ok) setNotes((list) => list?.map((note) => (note.id === id ? result.value : note)) ?? null);
      return result;
    },
    [api],
  );
  const remove = useCallback(
    async (id: string) => {
      const result = await api.ask('notes/delete', { id });
      if (result.ok) setNotes((list) => list?.filter((note) => note.id !== id) ?? null);
      return result;
    },
    [api],
  );
  const restore = useCallback(
    async (note: Note): Promise<Result<Note>> => {
      const result = await api.ask('notes/restore', { note });
      if (!result.ok) return fail(result.error);
      setNotes((list) => [...(list ?? []).filter((other) => other.id !== note.id), result.value]);
      return ok(result.value);
    },
    [api],
  );
  return { notes, complete, loadError, reload: () => setVersion((n) => n + 1), update, remove, restore };
}
