/**
 * Attaching an orphaned note (one whose quote the page no longer has) to the selected text: the
 * reader picks the note, and it is anchored here from now on. Escape cancels; Ctrl+Enter attaches.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { KIND_LABELS } from '@/lib/notes/labels';
import { editorKeyHandler } from './editor-keys';
import type { EditorView, NotesActions, OrphanSummary } from './view';

const EXCERPT = 90;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

function OrphanChoice({
  orphan,
  chosen,
  onChoose,
}: {
  orphan: OrphanSummary;
  chosen: boolean;
  onChoose: () => void;
}) {
  return (
    <label class="bs-orphan-choice">
      <input type="radio" name="bs-orphan" value={orphan.id} checked={chosen} onChange={onChoose} />
      <span>
        <span class={`bs-kind-chip bs-kind-${orphan.kind}`}>{KIND_LABELS[orphan.kind]}</span>{' '}
        <q>{excerpt(orphan.quote)}</q>
        {orphan.body.trim() && <span class="bs-muted"> {excerpt(orphan.body)}</span>}
      </span>
    </label>
  );
}

/** The attach form. */
export function AttachOrphan({ view, actions }: { view: EditorView; actions: NotesActions }) {
  const [chosen, setChosen] = useState<string | null>(view.orphans[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLFieldSetElement>(null);
  useLayoutEffect(() => listRef.current?.querySelector('input')?.focus(), []);

  const attach = async () => {
    if (busy || chosen === null || view.problem) return;
    setBusy(true);
    const result = await actions.attach(chosen);
    setBusy(false);
    if (!result.ok) setError(result.error);
  };
  return (
    <form
      class="bs-note-form"
      aria-label="Attach an orphaned note to the selection"
      onKeyDown={editorKeyHandler(attach, actions.close)}
      onSubmit={(event) => {
        event.preventDefault();
        void attach();
      }}
    >
      <fieldset class="bs-orphans" ref={listRef}>
        <legend>Attach which note to the selected text?</legend>
        {view.orphans.map((orphan) => (
          <OrphanChoice
            key={orphan.id}
            orphan={orphan}
            chosen={orphan.id === chosen}
            onChoose={() => setChosen(orphan.id)}
          />
        ))}
      </fieldset>
      <div class="bs-note-actions">
        <button type="button" class="bs-link" onClick={() => actions.openEditor('new')}>
          Write a new note instead
        </button>
        <span class="bs-spacer" />
        <button type="submit" class="bs-primary" disabled={busy || chosen === null || view.problem !== null}>
          Attach
        </button>
        <button type="button" onClick={actions.close}>
          Cancel
        </button>
      </div>
      {(view.problem ?? error) && <p role="alert">{view.problem ?? error}</p>}
    </form>
  );
}
