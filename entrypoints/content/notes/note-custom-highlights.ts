/**
 * Notes drawn through the CSS Custom Highlight API: one highlight per kind
 * (`backstory-note-<kind>`), so the page's DOM is not touched at all. Answers null where the API
 * is missing or refuses our ranges, so the caller falls back to <mark>s.
 */
import { caretFromPoint, rangeIsHit } from '@/lib/anchoring/hit-test';
import type { TextIndex } from '@/lib/anchoring/text-index';
import { spanToRange } from '@/lib/anchoring/to-range';
import { NOTE_KINDS } from '@/lib/notes/kinds';
import type { NoteMark, NotePainter } from './note-painter';
import { NOTE_ACTIVE_HIGHLIGHT, noteHighlightName } from './note-style';

interface HighlightWindow {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: new (...ranges: AbstractRange[]) => Highlight;
}

/** Paints the notes as custom highlights, or answers null when this browser cannot. */
export function paintNotesWithHighlights(
  doc: Document,
  index: TextIndex,
  marks: readonly NoteMark[],
): NotePainter | null {
  const win = doc.defaultView as (Window & HighlightWindow) | null;
  const registry = win?.CSS?.highlights;
  const HighlightClass = win?.Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;

  const ranges = new Map<string, Range>();
  for (const mark of marks) {
    const range = spanToRange(index, mark.span);
    if (range) ranges.set(mark.id, range);
  }
  const ours = new Map<string, Highlight>();
  const remove = () => {
    for (const [name, highlight] of ours) if (registry.get(name) === highlight) registry.delete(name);
    ours.clear();
  };
  try {
    for (const kind of NOTE_KINDS) {
      const kindRanges = marks
        .filter((m) => m.kind === kind && ranges.has(m.id))
        .map((m) => ranges.get(m.id)!);
      // Later notes draw over earlier ones; the chosen note over all of them.
      if (kindRanges.length > 0) ours.set(noteHighlightName(kind), new HighlightClass(...kindRanges));
    }
    const active = new HighlightClass();
    active.priority = 1;
    ours.set(NOTE_ACTIVE_HIGHLIGHT, active);
    for (const [name, highlight] of ours) registry.set(name, highlight);
  } catch {
    remove(); // e.g. a Firefox content script whose ranges the page's registry will not take
    return null;
  }

  return {
    painted: new Set(ranges.keys()),
    idsAt(event) {
      const caret = caretFromPoint(doc, event.clientX, event.clientY);
      if (!caret) return [];
      return [...ranges]
        .filter(([, range]) => rangeIsHit(range, caret, event.clientX, event.clientY))
        .map(([id]) => id);
    },
    focus(id) {
      const active = ours.get(NOTE_ACTIVE_HIGHLIGHT);
      active?.clear();
      const range = id === null ? undefined : ranges.get(id);
      if (!range) return null;
      active?.add(range);
      return range;
    },
    remove,
  };
}
