/** A saved note, shown when the reader clicks its highlight: kind, text, tags and date. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatUtcMinute, KIND_LABELS } from '@/lib/notes/labels';
import type { CardView, NotesActions } from './view';

/** The note card; Escape or "Close" closes it. Editing and deleting are in the popup. */
export function NoteCard({ view, actions }: { view: CardView; actions: NotesActions }) {
  const { note } = view;
  const closeRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => closeRef.current?.focus(), [note.id]);
  return (
    <section
      class="bs-note-card"
      aria-label={`Your ${KIND_LABELS[note.kind].toLowerCase()} note`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') actions.close();
      }}
    >
      <header>
        <span class={`bs-kind-chip bs-kind-${note.kind}`}>{KIND_LABELS[note.kind]}</span>
        <time class="bs-muted" dateTime={new Date(note.createdAt).toISOString()}>
          {formatUtcMinute(note.createdAt)}
        </time>
      </header>
      <p class="bs-note-text">{note.body.trim() ? note.body : <em class="bs-muted">No text</em>}</p>
      {note.tags.length > 0 && (
        <p class="bs-tags">
          {note.tags.map((tag) => (
            <span class="bs-tag" key={tag}>
              #{tag}
            </span>
          ))}
        </p>
      )}
      <div class="bs-note-actions">
        <span class="bs-muted">Edit or delete it from the Backstory popup.</span>
        <span class="bs-spacer" />
        <button type="button" ref={closeRef} onClick={actions.close}>
          Close
        </button>
      </div>
    </section>
  );
}
