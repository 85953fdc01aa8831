/**
 * The note editor or a saved note's card, as the notes frame shows it. The content script places
 * the frame next to the reader's selection; this only renders what goes inside.
 */
import { AttachOrphan } from './AttachOrphan';
import { NoteCard } from './NoteCard';
import { NoteComposer } from './NoteComposer';
import type { CardView, EditorView, NotesActions } from './view';

/** Props: what to show and the page side's actions. */
export interface NotesPanelProps {
  view: EditorView | CardView;
  actions: NotesActions;
}

/** The editor (a new note, or attaching an orphaned one) or a note's card. */
export function NotesPanel({ view, actions }: NotesPanelProps) {
  return (
    <div class={`bs-notes-root bs-notes-${view.kind}`} data-view={view.kind}>
      {view.kind === 'editor' ? (
        <div role="dialog" aria-label="Backstory note" class="bs-note-panel">
          <blockquote class="bs-note-quote">{view.quote}</blockquote>
          {view.mode === 'attach' && view.orphans.length > 0 ? (
            <AttachOrphan view={view} actions={actions} />
          ) : (
            <NoteComposer view={view} actions={actions} />
          )}
        </div>
      ) : (
        <NoteCard view={view} actions={actions} />
      )}
    </div>
  );
}
