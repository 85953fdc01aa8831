/**
 * The popup's notes: this page's or all, searched as you type, filtered, sorted, edited in
 * place, deleted with Undo, opened on their page, exported and imported.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import {
  matchesFilter,
  NO_FILTER,
  noteFacets,
  notesOnPage,
  sortNotes,
  type NoteSort,
} from '@/lib/notes/filter';
import { noteOpenUrl } from '@/lib/notes/links';
import { createSearcher, warmSearchText } from '@/lib/notes/search';
import type { Note, NotePatch } from '@/lib/notes/schema';
import { browserNotesApi, type NotesApi } from './api';
import { NotesFilters } from './NotesFilters';
import { NotesList } from './NotesList';
import { NotesTransfer } from './NotesTransfer';
import { NOTES_PANEL_ID, ScopeTabs, type NotesScope } from './ScopeTabs';
import { UndoToast } from './UndoToast';
import { useDebounced } from './useDebounced';
import { useNotes } from './useNotes';
import '@/components/notes/note-kinds.css';
import './notes.css';

/** Search waits this long after the last keystroke (a burst of typing searches once); searching
 * 10,000 notes takes a few ms, so keystroke to painted list stays under 50 ms (BENCHMARKS.md). */
export const SEARCH_DEBOUNCE_MS = 25;

/** Props of {@link NotesSection}. */
export interface NotesSectionProps {
  /** The current tab's address, or null when there is no page. */
  pageUrl: string | null;
  api?: NotesApi;
  standalone?: boolean;
}

/** The notes section of the popup. */
export function NotesSection({ pageUrl, api = browserNotesApi, standalone = false }: NotesSectionProps) {
  const store = useNotes(api, pageUrl);
  const [chosenScope, setScope] = useState<NotesScope | null>(null);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState(NO_FILTER);
  const [sort, setSort] = useState<NoteSort>('newest');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ note: Note; index: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number } | null>(null);
  const searchQuery = useDebounced(query, SEARCH_DEBOUNCE_MS);

  const sorted = useMemo(() => sortNotes(store.notes ?? [], sort), [store.notes, sort]);
  useEffect(() => warmSearchText(sorted), [sorted]);
  const onPage = useMemo(() => (pageUrl ? notesOnPage(sorted, pageUrl) : []), [sorted, pageUrl]);
  // Start on this page's notes when it has some, else on all notes; chosen once, when they load.
  const scope = chosenScope ?? (pageUrl && onPage.length > 0 ? 'page' : 'all');
  // Chosen once every note is in: the first, partial list could miss a page's older notes.
  useEffect(() => {
    if (store.complete && chosenScope === null) setScope(scope);
  }, [store.complete]);
  const scoped = scope === 'page' ? onPage : sorted;
  const search = useMemo(() => createSearcher(scoped), [scoped]);
  const found = useMemo(() => search(searchQuery), [search, searchQuery]);
  const shown = useMemo(() => found.filter((note) => matchesFilter(note, filter)), [found, filter]);
  const facets = useMemo(() => noteFacets(scoped), [scoped]);

  const closeToast = useCallback(() => setDeleted(null), []);
  const actions = {
    onOpen: (note: Note) => void api.openTab(noteOpenUrl(note)),
    onEdit: (note: Note) => setEditingId(note.id),
    onDelete: async (note: Note) => {
      const index = shown.indexOf(note);
      const result = await store.remove(note.id);
      if (!result.ok) return setProblem(result.error);
      setProblem(null);
      setDeleted({ note: result.value, index });
      setFocusRequest({ index });
    },
  };
  const save = async (note: Note, patch: NotePatch) => {
    const result = await store.update(note.id, patch);
    if (result.ok) {
      setEditingId(null);
      setFocusRequest({ index: shown.indexOf(note) });
    }
    return result;
  };
  const undo = async () => {
    if (!deleted) return;
    const result = await store.restore(deleted.note);
    setDeleted(null);
    if (!result.ok) return setProblem(result.error);
    setFocusRequest({ index: deleted.index });
  };

  const resetKey = JSON.stringify([scope, searchQuery, filter, sort]);
  return (
    <section class="bs-card bs-notes" aria-labelledby="bs-notes-title">
      <h2 id="bs-notes-title">Notes</h2>
      <ScopeTabs
        scope={scope}
        onScope={setScope}
        counts={{ page: onPage.length, all: sorted.length }}
        pageAvailable={pageUrl !== null}
      />
      <div id={NOTES_PANEL_ID} role="tabpanel" aria-labelledby={`bs-scope-${scope}`}>
        <NotesFilters
          query={query}
          onQuery={setQuery}
          filter={filter}
          onFilter={setFilter}
          sort={sort}
          onSort={setSort}
          facets={facets}
        />
        {store.loadError && <p role="alert">{store.loadError}</p>}
        {store.notes === null && !store.loadError && <p class="bs-muted">Loading notes…</p>}
        {store.notes !== null && (
          <p class="bs-muted bs-notes-count" aria-live="polite" data-testid="notes-count">
            {!store.complete
              ? `${scoped.length.toLocaleString()} so far; loading the rest…`
              : shown.length === scoped.length
                ? `${scoped.length.toLocaleString()} ${scoped.length === 1 ? 'note' : 'notes'}`
                : `${shown.length.toLocaleString()} of ${scoped.length.toLocaleString()} notes match`}
          </p>
        )}
        {store.complete && scoped.length === 0 && (
          <p class="bs-muted">
            {scope === 'page'
              ? 'No notes on this page yet.'
              : 'No notes yet. Select text on a page to write one.'}
          </p>
        )}
        <NotesList
          notes={shown}
          label={scope === 'page' ? 'Notes on this page' : 'All notes'}
          editingId={editingId}
          actions={actions}
          onSave={save}
          onCancelEdit={() => {
            setFocusRequest({ index: shown.findIndex((note) => note.id === editingId) });
            setEditingId(null);
          }}
          focusRequest={focusRequest}
          resetKey={resetKey}
        />
        {problem && <p role="alert">{problem}</p>}
      </div>
      <NotesTransfer api={api} standalone={standalone} onImported={store.reload} />
      {deleted && (
        <UndoToast
          key={deleted.note.id}
          message="Note deleted."
          onUndo={() => void undo()}
          onClose={closeToast}
        />
      )}
    </section>
  );
}
