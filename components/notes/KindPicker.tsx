/** The note's kind as four radio buttons, each a coloured chip with its word (colour only repeats it). */
import { KIND_LABELS } from '@/lib/notes/labels';
import { NOTE_KINDS, type NoteKind } from '@/lib/notes/schema';

/** Props: the chosen kind and how to change it; `name` keeps radio groups apart. */
export interface KindPickerProps {
  name: string;
  value: NoteKind;
  onChange: (kind: NoteKind) => void;
}

/** The kind chooser. Arrow keys move between kinds, as in any radio group. */
export function KindPicker({ name, value, onChange }: KindPickerProps) {
  return (
    <fieldset class="bs-kinds">
      <legend>Kind</legend>
      {NOTE_KINDS.map((kind) => (
        <label class={`bs-kind bs-kind-${kind}`} key={kind} data-kind={kind}>
          <input
            type="radio"
            name={name}
            value={kind}
            checked={kind === value}
            onChange={() => onChange(kind)}
          />
          <span class="bs-kind-swatch" aria-hidden="true" />
          {KIND_LABELS[kind]}
        </label>
      ))}
    </fieldset>
  );
}
