/** The notes list as the popup holds it: loaded once, then kept in step with each change. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Note, NotePatch } from '@/lib/notes/schema';
import { fail, ok, type Result } from '@/lib/result';
import type { NotesApi } from './api';

/** The loaded notes and the changes the UI can make to them. */
export interface NotesState {
  /** Null while loading. */
  notes: Note[] | null;
  loadError: string | null;
  reload: () => void;
  update: (id: string, patch: NotePatch) => Promise<Result<Note>>;
  remove: (id: string) => Promise<Result<Note>>;
  restore: (note: Note) => Promise<Result<Note>>;
}

/** Loads all notes and answers functions that change them in the background, then here. */
export function useNotes(api: NotesApi): NotesState {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void api.ask('notes/list', {}).then((result) => {
      if (!live) return;
      if (result.ok) setNotes(result.value);
      else setLoadError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, version]);

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
  return { notes, loadError, reload: () => setVersion((n) => n + 1), update, remove, restore };
}
