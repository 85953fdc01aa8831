/**
 * The small button next to a selection. Pressing it must not take the page's selection away, so
 * the mouse-down is cancelled; the editor then reads the selection.
 */
import type { ButtonView, NotesActions } from './view';

/** "Save note", and "Attach to an orphaned note…" when this page has orphaned notes. */
export function SaveNoteButton({ view, actions }: { view: ButtonView; actions: NotesActions }) {
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  return (
    <div class="bs-note-buttons" role="group" aria-label="Backstory note">
      <button
        type="button"
        class="bs-primary"
        onMouseDown={keepSelection}
        onClick={() => actions.openEditor('new')}
        title="Save a note on the selected text (Alt+Shift+N)"
      >
        Save note
      </button>
      {view.orphanCount > 0 && (
        <button type="button" onMouseDown={keepSelection} onClick={() => actions.openEditor('attach')}>
          Attach to an orphaned note…
        </button>
      )}
    </div>
  );
}
