/**
 * The notes' fallback where custom highlights are missing: `<mark data-backstory-note="<kind>">`
 * around their text (see lib/anchoring/wrap-marks.ts). The marks carry the kind only: which note
 * they belong to stays in this script's memory.
 */
import type { TextIndex } from '@/lib/anchoring/text-index';
import { wrapMarks } from '@/lib/anchoring/wrap-marks';
import type { NoteKind } from '@/lib/notes/kinds';
import type { NoteMark, NotePainter } from './note-painter';
import { NOTE_ACTIVE_ATTRIBUTE, NOTE_MARK_ATTRIBUTE } from './note-style';

/** Paints the notes by wrapping their text in <mark> elements. */
export function paintNotesWithMarks(
  doc: Document,
  index: TextIndex,
  notes: readonly NoteMark[],
): NotePainter {
  const kindOf = new Map<string, NoteKind>(notes.map((note) => [note.id, note.kind]));
  const spans = notes.map((note) => ({ key: note.id, span: note.span }));
  const wrapped = wrapMarks(doc, index, spans, (mark, ids) =>
    // Where notes overlap, the latest note's kind shows.
    mark.setAttribute(NOTE_MARK_ATTRIBUTE, kindOf.get(ids[ids.length - 1]!)!),
  );
  return {
    painted: wrapped.painted,
    idsAt: (event) => wrapped.keysAt(event, `mark[${NOTE_MARK_ATTRIBUTE}]`),
    focus(id) {
      for (const mark of wrapped.all) mark.removeAttribute(NOTE_ACTIVE_ATTRIBUTE);
      const chosen = id === null ? [] : wrapped.marksOf(id);
      for (const mark of chosen) mark.setAttribute(NOTE_ACTIVE_ATTRIBUTE, '');
      return wrapped.rangeOver(chosen);
    },
    remove: () => wrapped.unwrap(),
  };
}
