/**
 * The notes list, virtualized: only rows in view (and the focused row) are in the DOM. Rows
 * have a fixed height; the row being edited is taller. Arrow keys, Page Up/Down, Home and End
 * move between notes; Tab goes through the focused note's buttons.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Note, NotePatch } from '@/lib/notes/schema';
import type { Result } from '@/lib/result';
import { NoteEditor } from './NoteEditor';
import { NoteRow, type RowActions } from './NoteRow';
import { rowHeightAt, rowTop, scrollToShow, totalHeight, visibleRange, type RowLayout } from './virtual';

/** Pixel sizes the CSS is built around. */
export const ROW_HEIGHT = 124;
/** The height of the row being edited. */
export const EDITOR_HEIGHT = 236;
/** The list's visible height: three rows. */
export const VIEWPORT_HEIGHT = 372;

/** Props of {@link NotesList}. */
export interface NotesListProps {
  notes: readonly Note[];
  label: string;
  editingId: string | null;
  actions: RowActions;
  onSave: (note: Note, patch: NotePatch) => Promise<Result<Note>>;
  onCancelEdit: () => void;
  /** Moves focus to a row; a new object each time it should happen. */
  focusRequest: { index: number } | null;
  /** When this changes (a new search or filter), the list goes back to the top. */
  resetKey: string;
}

/** Renders the visible window of the list and handles keyboard movement. */
export function NotesList(props: NotesListProps) {
  const { notes, editingId, focusRequest, resetKey } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const count = notes.length;
  const editingIndex = editingId === null ? -1 : notes.findIndex((note) => note.id === editingId);
  const layout = useMemo<RowLayout>(
    () => ({
      rowHeight: ROW_HEIGHT,
      expanded: editingIndex >= 0 ? { index: editingIndex, height: EDITOR_HEIGHT } : null,
    }),
    [editingIndex],
  );
  const current = Math.min(active, Math.max(count - 1, 0));

  const scrollTo = (top: number) => {
    if (scroller.current) scroller.current.scrollTop = top;
    setScrollTop(top);
  };
  const goTo = (index: number) => {
    const target = Math.min(Math.max(index, 0), Math.max(count - 1, 0));
    setActive(target);
    scrollTo(scrollToShow(target, scroller.current?.scrollTop ?? scrollTop, VIEWPORT_HEIGHT, layout));
    pendingFocus.current = target;
  };

  // Layout effects run before the next key press can be handled, so keys never act on a stale row.
  useLayoutEffect(() => {
    setActive(0);
    scrollTo(0);
  }, [resetKey]);
  useLayoutEffect(() => {
    if (focusRequest) goTo(focusRequest.index);
  }, [focusRequest]);
  // An opened editor is taller than a row: bring all of it into view, Save button included.
  useLayoutEffect(() => {
    if (editingIndex >= 0)
      scrollTo(scrollToShow(editingIndex, scroller.current?.scrollTop ?? 0, VIEWPORT_HEIGHT, layout));
  }, [editingIndex]);
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (row) row.focus({ preventScroll: true });
    pendingFocus.current = null;
  });

  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed into the editor keep their meaning.
    if ((event.target as HTMLElement).closest('form')) return;
    const page = Math.max(1, Math.floor(VIEWPORT_HEIGHT / ROW_HEIGHT));
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    goTo(next);
  };

  const { start, end } = visibleRange(scrollTop, VIEWPORT_HEIGHT, count, layout);
  const indices = Array.from({ length: end - start }, (_, n) => start + n);
  // The focused row stays in the DOM even when scrolled away, so Tab can always reach the list.
  if (count > 0 && (current < start || current >= end)) indices.push(current);
  const total = totalHeight(count, layout);
  return (
    <div
      class="bs-notes-scroll"
      ref={scroller}
      style={{ height: `${Math.min(VIEWPORT_HEIGHT, total)}px` }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul
        class="bs-notes-list"
        role="list"
        aria-label={props.label}
        style={{ height: `${total}px` }}
        onKeyDown={onKeyDown}
      >
        {indices.map((index) => {
          const note = notes[index]!;
          const editing = note.id === editingId;
          return (
            <li
              key={note.id}
              data-index={index}
              data-note-id={note.id}
              class={editing ? 'bs-note bs-note-editing' : 'bs-note'}
              style={{ top: `${rowTop(index, layout)}px`, height: `${rowHeightAt(index, layout)}px` }}
              tabIndex={index === current ? 0 : -1}
              aria-posinset={index + 1}
              aria-setsize={count}
              aria-labelledby={editing ? undefined : `bs-note-title-${note.id}`}
              onFocusIn={() => setActive(index)}
            >
              {editing ? (
                <NoteEditor
                  note={note}
                  onSave={(patch) => props.onSave(note, patch)}
                  onCancel={props.onCancelEdit}
                />
              ) : (
                <NoteRow note={note} active={index === current} actions={props.actions} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
