/**
 * Notes drawn through the CSS Custom Highlight API: one highlight per kind
 * (`backstory-note-<kind>`), so the page's DOM is not touched at all. Answers null where the API
 * is missing or refuses our ranges, so the caller falls back to <mark>s.
 */
import { registerHighlights } from '@/lib/anchoring/register-highlights';
import type { TextIndex } from '@/lib/anchoring/text-index';
import { NOTE_KINDS } from '@/lib/notes/kinds';
import type { NoteMark, NotePainter } from './note-painter';
import { NOTE_ACTIVE_HIGHLIGHT, noteHighlightName } from './note-style';

/** One highlight per kind; the chosen note's over them. */
const NAMES = {
  groups: Object.fromEntries(
    NOTE_KINDS.map((kind) => [kind, { name: noteHighlightName(kind), priority: 0 }]),
  ),
  active: { name: NOTE_ACTIVE_HIGHLIGHT, priority: 1 },
};

/** Paints the notes with custom highlights; null where the API is missing (use marks then). */
export function paintNotesWithHighlights(
  doc: Document,
  index: TextIndex,
  marks: readonly NoteMark[],
): NotePainter | null {
  const spans = marks.map((mark) => ({ key: mark.id, group: mark.kind, span: mark.span }));
  const painter = registerHighlights(doc, index, spans, NAMES);
  return (
    painter && {
      painted: painter.painted,
      idsAt: painter.keysAt,
      focus: painter.setActive,
      remove: painter.remove,
    }
  );
}
