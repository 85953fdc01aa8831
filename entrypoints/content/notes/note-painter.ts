/** Drawing notes in the page: CSS custom highlights where the browser has them, <mark>s where not. */
import type { TextSpan } from '@/lib/anchoring/find-quote';
import type { TextIndex } from '@/lib/anchoring/text-index';
import type { NoteKind } from '@/lib/notes/schema';
import { paintNotesWithHighlights } from './note-custom-highlights';
import { paintNotesWithMarks } from './note-marks';

/** One anchored note to draw. */
export interface NoteMark {
  id: string;
  kind: NoteKind;
  span: TextSpan;
}

/** Notes drawn in the page. */
export interface NotePainter {
  /** Ids of the notes that could be drawn. */
  readonly painted: ReadonlySet<string>;
  /** Ids of the notes under a click, if any. */
  idsAt(event: MouseEvent): string[];
  /** Emphasises one note (null: none) and answers a Range over it to scroll to. */
  focus(id: string | null): Range | null;
  /** Removes every trace from the page. Safe to call twice. */
  remove(): void;
}

/** Paints the notes with custom highlights, or with <mark>s when those are missing or `useMarks`. */
export function paintNotes(
  doc: Document,
  index: TextIndex,
  marks: readonly NoteMark[],
  useMarks = false,
): NotePainter {
  return (
    (useMarks ? null : paintNotesWithHighlights(doc, index, marks)) ?? paintNotesWithMarks(doc, index, marks)
  );
}
