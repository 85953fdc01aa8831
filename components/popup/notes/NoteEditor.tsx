/** Inline editing of a note's text, tags and kind. Escape cancels; Ctrl+Enter saves. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { KIND_LABELS } from '@/lib/notes/labels';
import { NOTE_KINDS, type Note, type NoteKind, type NotePatch } from '@/lib/notes/schema';
import { formatTags, parseTags } from '@/lib/notes/tags';
import type { Result } from '@/lib/result';

/** Props: the note, and what saving and cancelling do. */
export interface NoteEditorProps {
  note: Note;
  onSave: (patch: NotePatch) => Promise<Result<Note>>;
  onCancel: () => void;
}

/** The editor form, shown in place of the note's row. */
export function NoteEditor({ note, onSave, onCancel }: NoteEditorProps) {
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(formatTags(note.tags));
  const [kind, setKind] = useState<NoteKind>(note.kind);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);
  const id = `bs-edit-${note.id}`;

  const save = async () => {
    const parsed = parseTags(tags);
    if (!parsed.ok) return setError(parsed.error);
    setSaving(true);
    const result = await onSave({ body, tags: parsed.value, kind });
    setSaving(false);
    if (!result.ok) setError(result.error);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };
  return (
    <form
      class="bs-note-editor"
      aria-label={`Edit note on ${note.title || note.site}`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label for={`${id}-body`}>Note</label>
      <textarea
        id={`${id}-body`}
        ref={textRef}
        rows={4}
        maxLength={10_000}
        value={body}
        onInput={(event) => setBody(event.currentTarget.value)}
      />
      <label for={`${id}-tags`}>Tags, separated by commas</label>
      <input id={`${id}-tags`} value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      <div class="bs-editor-row">
        <label for={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as NoteKind)}
        >
          {NOTE_KINDS.map((value) => (
            <option value={value} key={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
        <span class="bs-spacer" />
        <button type="submit" disabled={saving}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
