/**
 * Highlights through the CSS Custom Highlight API: no change to the page's DOM at all. Returns
 * null where the API is missing or refuses our ranges, so the caller can fall back to <mark>s.
 */
import { HIGHLIGHT_NAMES, type HighlightEntry, type Painter } from './painter';
import { registerHighlights } from './register-highlights';
import type { TextIndex } from './text-index';

/** Claims over passages; the chosen claim over both. */
const NAMES = {
  groups: {
    passage: { name: HIGHLIGHT_NAMES.passage, priority: 0 },
    claim: { name: HIGHLIGHT_NAMES.claim, priority: 1 },
  },
  active: { name: HIGHLIGHT_NAMES.active, priority: 2 },
};

/** Paints the entries with custom highlights; null where the API is missing (use marks then). */
export function paintWithCustomHighlights(
  doc: Document,
  index: TextIndex,
  entries: HighlightEntry[],
): Painter | null {
  const spans = entries.map((entry) => ({ key: entry.key, group: entry.kind, span: entry.span }));
  return registerHighlights(doc, index, spans, NAMES);
}
