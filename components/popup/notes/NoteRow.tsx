/** One note in the list, at a fixed height: kind, date, page, quote, text, tags and actions. */
import { ORPHANED_LABEL } from '@/lib/notes/labels';
import type { Note } from '@/lib/notes/schema';
import { KindChip } from './KindChip';

/** What a row can ask for. */
export interface RowActions {
  onOpen: (note: Note) => void;
  onEdit: (note: Note) => void;
  onDelete: (note: Note) => void;
}

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The note's display: the row element itself is positioned by the list. */
export function NoteRow({ note, active, actions }: { note: Note; active: boolean; actions: RowActions }) {
  const title = note.title.trim() || note.site || note.url;
  // Only the active row's buttons are in the tab order; arrow keys move between rows.
  const tabIndex = active ? 0 : -1;
  return (
    <>
      <div class="bs-note-head">
        <KindChip kind={note.kind} />
        <time dateTime={new Date(note.createdAt).toISOString()}>{DATE.format(note.createdAt)}</time>
        <span class="bs-note-site">{note.site}</span>
        {note.anchorStatus === 'orphaned' && (
          // Short on screen for the narrow row; the full words stay for screen readers and on hover.
          <span class="bs-orphan" title={ORPHANED_LABEL}>
            Not found<span class="bs-visually-hidden"> on the page</span>
          </span>
        )}
      </div>
      <p class="bs-note-title" id={`bs-note-title-${note.id}`}>
        {title}
      </p>
      {note.target && <p class="bs-note-quote">“{note.target.quote.exact}”</p>}
      <p class="bs-note-body">{note.body.trim() ? note.body : <em class="bs-muted">No text</em>}</p>
      <div class="bs-note-foot">
        <span class="bs-note-tags">
          {note.tags.map((tag) => (
            <span class="bs-tag" key={tag}>
              #{tag}
            </span>
          ))}
        </span>
        <span class="bs-note-actions">
          <button
            type="button"
            tabIndex={tabIndex}
            onClick={() => actions.onOpen(note)}
            aria-label={`Open ${title}`}
          >
            Open
          </button>
          <button
            type="button"
            tabIndex={tabIndex}
            onClick={() => actions.onEdit(note)}
            aria-label={`Edit note on ${title}`}
          >
            Edit
          </button>
          <button
            type="button"
            tabIndex={tabIndex}
            onClick={() => actions.onDelete(note)}
            aria-label={`Delete note on ${title}`}
          >
            Delete
          </button>
        </span>
      </div>
    </>
  );
}
