/** A note's kind as a coloured chip; the word carries the meaning, the colour only repeats it. */
import { KIND_LABELS } from '@/lib/notes/labels';
import type { NoteKind } from '@/lib/notes/schema';

/** The chip for one kind. */
export function KindChip({ kind }: { kind: NoteKind }) {
  return (
    <span class={`bs-kind bs-kind-${kind}`} data-kind={kind}>
      {KIND_LABELS[kind]}
    </span>
  );
}
