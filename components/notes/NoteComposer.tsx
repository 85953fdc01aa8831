/** The editor for a new note on the selection: text, tags and kind. Escape cancels; Ctrl+Enter saves. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoteKind } from '@/lib/notes/schema';
import { parseTags } from '@/lib/notes/tags';
import { KindPicker } from './KindPicker';
import { editorKeyHandler } from './editor-keys';
import type { EditorView, NotesActions } from './view';

/** Props: the editor's view and the page side's actions. */
export interface NoteComposerProps {
  view: EditorView;
  actions: NotesActions;
}

/** The new-note form. */
export function NoteComposer({ view, actions }: NoteComposerProps) {
  const [body, setBody] = useState(view.draft?.body ?? '');
  const [tags, setTags] = useState(view.draft?.tags ?? '');
  const [kind, setKind] = useState<NoteKind>(view.draft?.kind ?? 'comment');
  useEffect(() => actions.keepDraft?.({ body, tags, kind }), [body, tags, kind]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // Focus at once (a layout effect runs before paint), so the first keys typed land here.
  useLayoutEffect(() => textRef.current?.focus(), []);

  const save = async () => {
    if (saving || view.problem) return;
    const parsed = parseTags(tags);
    if (!parsed.ok) return setError(parsed.error);
    setSaving(true);
    const result = await actions.save({ body, tags: parsed.value, kind });
    setSaving(false);
    if (!result.ok) setError(result.error);
  };
  const onKeyDown = editorKeyHandler(save, actions.close);

  return (
    <form
      class="bs-note-form"
      aria-label="New Backstory note"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label for="bs-note-body">Note</label>
      <textarea
        id="bs-note-body"
        ref={textRef}
        rows={3}
        maxLength={10_000}
        value={body}
        onInput={(event) => setBody(event.currentTarget.value)}
      />
      <label for="bs-note-tags">Tags, separated by commas</label>
      <input id="bs-note-tags" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      <KindPicker name="bs-note-kind" value={kind} onChange={setKind} />
      <div class="bs-note-actions">
        {view.orphans.length > 0 && (
          <button type="button" class="bs-link" onClick={() => actions.openEditor('attach')}>
            Attach to an orphaned note…
          </button>
        )}
        <span class="bs-spacer" />
        <button type="submit" class="bs-primary" disabled={saving || view.problem !== null}>
          Save
        </button>
        <button type="button" onClick={actions.close}>
          Cancel
        </button>
      </div>
      {(view.problem ?? error) && <p role="alert">{view.problem ?? error}</p>}
    </form>
  );
}
