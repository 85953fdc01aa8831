/**
 * A reader's selection as W3C Web Annotation selectors, and back. Both directions work in the
 * coordinates of one {@link TextIndex} (the page's normalized visible text), so a note's
 * TextPositionSelector means the same thing when it is saved and when it is re-anchored.
 */
import type { NoteDraft } from '@/lib/notes/schema';
import type { TextSpan } from './find-quote';
import { reanchor, type NoteAnchor } from './reanchor';
import type { TextIndex } from './text-index';
import { spanToRange } from './to-range';

/** A note's target: a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector. */
export type NoteTarget = NonNullable<NoteDraft['target']>;

/** Characters of context kept on each side of the quote. */
export const CONTEXT_CHARS = 32;

/** The longest quote a note may keep (the note schema's limit). */
export const MAX_QUOTE_CHARS = 5000;

/** Where the point (node, offset) lies relative to the range; null when they cannot be compared. */
function compare(range: Range, node: Node, offset: number): number | null {
  try {
    return range.comparePoint(node, offset);
  } catch {
    return null; // another document or tree, or an offset past the node's end
  }
}

/** The first index in [0, length) where `test` turns true (it must be false…false true…true). */
function firstTrue(length: number, test: (at: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The span of the index's text whose characters lie inside `range`, without spaces at either
 * end; null when the range holds no indexed text (e.g. it is inside an input or a shadow root).
 */
export function spanFromRange(index: TextIndex, range: Range): TextSpan | null {
  const count = index.text.length;
  const nodeAt = (at: number) => index.nodes[index.nodeOf[at]!]!;
  // Characters are in document order, so "starts at or after the range start" and "ends after
  // the range end" each flip once along the text: two binary searches.
  let start = firstTrue(count, (at) => (compare(range, nodeAt(at), index.offsetOf[at]!) ?? 1) >= 0);
  let end = firstTrue(count, (at) => (compare(range, nodeAt(at), index.offsetOf[at]! + 1) ?? 1) > 0);
  while (start < end && index.text[start] === ' ') start++;
  while (end > start && index.text[end - 1] === ' ') end--;
  return end > start ? { start, end } : null;
}

/** The selectors for a span of the index's text, with up to {@link CONTEXT_CHARS} of context. */
export function selectorsForSpan(index: Pick<TextIndex, 'text'>, span: TextSpan): NoteTarget {
  const text = index.text;
  return {
    quote: {
      exact: text.slice(span.start, span.end),
      prefix: text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
      suffix: text.slice(span.end, span.end + CONTEXT_CHARS),
    },
    position: { start: span.start, end: span.end },
  };
}

/** Selectors for the text a Range covers, or null when it covers no visible page text. */
export function selectorsFromRange(index: TextIndex, range: Range): NoteTarget | null {
  const span = spanFromRange(index, range);
  return span ? selectorsForSpan(index, span) : null;
}

/** Re-anchors the selectors in the index and answers a Range over what was found, or null. */
export function rangeFromSelectors(
  index: TextIndex,
  target: NoteTarget,
): { range: Range; anchor: NoteAnchor } | null {
  const anchor = reanchor(index, target);
  const range = anchor ? spanToRange(index, anchor) : null;
  return anchor && range ? { range, anchor } : null;
}
