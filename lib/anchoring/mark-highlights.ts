/**
 * The claims' fallback where custom highlights are missing: `<mark data-backstory="claim|passage">`
 * around their text (see wrap-marks.ts), with the chosen claim's marks flagged active.
 */
import { type HighlightEntry, type HighlightKind, type Painter } from './painter';
import type { TextIndex } from './text-index';
import { wrapMarks } from './wrap-marks';

/** The attribute on our marks: `claim` or `passage`, for the page stylesheet. */
export const MARK_ATTRIBUTE = 'data-backstory';
/** Set on the marks of the claim the reader chose. */
export const ACTIVE_ATTRIBUTE = 'data-backstory-active';

/** Paints the entries by wrapping their text in <mark> elements. */
export function paintWithMarks(doc: Document, index: TextIndex, entries: HighlightEntry[]): Painter {
  const kindOf = new Map(entries.map((entry) => [entry.key, entry.kind] as const));
  const wrapped = wrapMarks(doc, index, entries, (mark, keys) => {
    const kind: HighlightKind = keys.some((key) => kindOf.get(key) === 'claim') ? 'claim' : 'passage';
    mark.setAttribute(MARK_ATTRIBUTE, kind);
  });
  return {
    painted: wrapped.painted,
    keysAt: (event) => wrapped.keysAt(event, `mark[${MARK_ATTRIBUTE}]`),
    setActive(key) {
      for (const mark of wrapped.all) mark.removeAttribute(ACTIVE_ATTRIBUTE);
      const chosen = key === null ? [] : wrapped.marksOf(key);
      for (const mark of chosen) mark.setAttribute(ACTIVE_ATTRIBUTE, '');
      return wrapped.rangeOver(chosen);
    },
    remove: () => wrapped.unwrap(),
  };
}
