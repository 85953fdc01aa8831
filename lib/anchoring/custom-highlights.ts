/**
 * Highlights through the CSS Custom Highlight API: no change to the page's DOM at all. Returns
 * null where the API is missing or refuses our ranges, so the caller can fall back to <mark>s.
 */
import { caretFromPoint, rangeIsHit } from './hit-test';
import { HIGHLIGHT_NAMES, type HighlightEntry, type Painter } from './painter';
import { spanToRange } from './to-range';
import type { TextIndex } from './text-index';

interface HighlightWindow {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: new (...ranges: AbstractRange[]) => Highlight;
}

/** Paints the entries as custom highlights, or returns null when this browser cannot. */
export function paintWithCustomHighlights(
  doc: Document,
  index: TextIndex,
  entries: HighlightEntry[],
): Painter | null {
  const win = doc.defaultView as (Window & HighlightWindow) | null;
  const registry = win?.CSS?.highlights;
  const HighlightClass = win?.Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;

  const ranges = new Map<string, Range>();
  for (const entry of entries) {
    const range = spanToRange(index, entry.span);
    if (range) ranges.set(entry.key, range);
  }
  const rangesOf = (kind: HighlightEntry['kind']) =>
    entries.filter((entry) => entry.kind === kind && ranges.has(entry.key)).map((e) => ranges.get(e.key)!);

  const ours = new Map<string, Highlight>();
  const remove = () => {
    for (const [name, highlight] of ours) if (registry.get(name) === highlight) registry.delete(name);
    ours.clear();
  };
  try {
    const passage = new HighlightClass(...rangesOf('passage'));
    const claim = new HighlightClass(...rangesOf('claim'));
    const active = new HighlightClass();
    // Claims draw over passages they sit in; the chosen claim over both.
    claim.priority = 1;
    active.priority = 2;
    ours.set(HIGHLIGHT_NAMES.passage, passage).set(HIGHLIGHT_NAMES.claim, claim);
    ours.set(HIGHLIGHT_NAMES.active, active);
    for (const [name, highlight] of ours) registry.set(name, highlight);
  } catch {
    remove(); // e.g. a Firefox content script whose ranges the page's registry will not take
    return null;
  }

  return {
    painted: new Set(ranges.keys()),
    keysAt(event) {
      const caret = caretFromPoint(doc, event.clientX, event.clientY);
      if (!caret) return [];
      return [...ranges]
        .filter(([, range]) => rangeIsHit(range, caret, event.clientX, event.clientY))
        .map(([key]) => key);
    },
    setActive(key) {
      const active = ours.get(HIGHLIGHT_NAMES.active);
      active?.clear();
      const range = key === null ? undefined : ranges.get(key);
      if (!range) return null;
      active?.add(range);
      return range;
    },
    remove,
  };
}
