/**
 * Drawing with the CSS Custom Highlight API, shared by the claim and note painters: each span's
 * Range goes into the highlight of its group, one more highlight marks the chosen span, and a
 * click is matched to spans by the caret under the pointer. Nothing is added to the page's DOM.
 */
import type { TextSpan } from './find-quote';
import { caretFromPoint, rangeIsHit } from './hit-test';
import type { TextIndex } from './text-index';
import { spanToRange } from './to-range';

interface HighlightWindow {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: new (...ranges: AbstractRange[]) => Highlight;
}

/** How the spans' groups are registered: a name and priority per group, and the chosen one's. */
export interface HighlightNames {
  groups: Record<string, { name: string; priority: number }>;
  active: { name: string; priority: number };
}

/** Highlights registered for the page. */
export interface RegisteredHighlights {
  readonly painted: ReadonlySet<string>;
  keysAt(event: MouseEvent): string[];
  /** Marks one span as the chosen one (null: none); answers its Range. */
  setActive(key: string | null): Range | null;
  remove(): void;
}

/** Registers the spans' highlights; null where the API is missing or refuses our ranges. */
export function registerHighlights(
  doc: Document,
  index: TextIndex,
  spans: readonly { key: string; group: string; span: TextSpan }[],
  names: HighlightNames,
): RegisteredHighlights | null {
  const win = doc.defaultView as (Window & HighlightWindow) | null;
  const registry = win?.CSS?.highlights;
  const HighlightClass = win?.Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;

  const ranges = new Map<string, Range>();
  for (const { key, span } of spans) {
    const range = spanToRange(index, span);
    if (range) ranges.set(key, range);
  }
  const ours = new Map<string, Highlight>();
  const remove = () => {
    for (const [name, highlight] of ours) if (registry.get(name) === highlight) registry.delete(name);
    ours.clear();
  };
  let active: Highlight;
  try {
    for (const [group, { name, priority }] of Object.entries(names.groups)) {
      const grouped = spans
        .filter((s) => s.group === group && ranges.has(s.key))
        .map((s) => ranges.get(s.key)!);
      const highlight = new HighlightClass(...grouped);
      highlight.priority = priority;
      ours.set(name, highlight);
    }
    active = new HighlightClass();
    active.priority = names.active.priority;
    ours.set(names.active.name, active);
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
      active.clear();
      const range = key === null ? undefined : ranges.get(key);
      if (range) active.add(range);
      return range ?? null;
    },
    remove,
  };
}
