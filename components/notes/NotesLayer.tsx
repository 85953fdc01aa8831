/**
 * The page's notes UI, rendered inside the closed shadow root of `<backstory-notes>`: the button
 * by a selection, the editor, or a saved note's card, placed next to the selection on screen.
 */
import { AttachOrphan } from './AttachOrphan';
import { NoteCard } from './NoteCard';
import { NoteComposer } from './NoteComposer';
import { placeNear, type Viewport } from './placement';
import { SaveNoteButton } from './SaveNoteButton';
import type { NotesActions, NotesView } from './view';

/** Rough sizes for placement; the panels scroll inside when the viewport is smaller. */
const SIZES = {
  button: { width: 110, height: 36 },
  buttons: { width: 330, height: 36 },
  editor: { width: 340, height: 340 },
  card: { width: 320, height: 200 },
} as const;

function sizeOf(view: NotesView) {
  if (view.kind === 'button') return view.orphanCount > 0 ? SIZES.buttons : SIZES.button;
  return SIZES[view.kind];
}

/** Props: what to show, the viewport it is placed in, and the page side's actions. */
export interface NotesLayerProps {
  view: NotesView;
  viewport: Viewport;
  actions: NotesActions;
}

/** The layer: one positioned panel. */
export function NotesLayer({ view, viewport, actions }: NotesLayerProps) {
  const size = sizeOf(view);
  const place = placeNear(view.box, viewport, size);
  const style: Record<string, string> = {
    left: `${place.left}px`,
    ...(place.top !== undefined ? { top: `${place.top}px` } : { bottom: `${place.bottom}px` }),
    maxWidth: `${Math.max(200, viewport.width - 16)}px`,
  };
  return (
    <div class={`bs-notes-root bs-notes-${view.kind}`} style={style} data-view={view.kind}>
      {view.kind === 'button' && <SaveNoteButton view={view} actions={actions} />}
      {view.kind === 'editor' && (
        <div role="dialog" aria-label="Backstory note" class="bs-note-panel">
          <blockquote class="bs-note-quote">{view.quote}</blockquote>
          {view.mode === 'attach' && view.orphans.length > 0 ? (
            <AttachOrphan view={view} actions={actions} />
          ) : (
            <NoteComposer view={view} actions={actions} />
          )}
        </div>
      )}
      {view.kind === 'card' && <NoteCard view={view} actions={actions} />}
    </div>
  );
}
