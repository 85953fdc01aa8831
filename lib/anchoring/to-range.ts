/** Maps a span of a {@link TextIndex} back to the DOM: a Range, or the text-node slices it covers. */
import type { QuoteSelector } from '@/lib/report';
import { findQuote, type TextSpan } from './find-quote';
import type { TextIndex } from './text-index';

/** Part of one text node, `[start, end)` in UTF-16 units. */
export interface TextSlice {
  node: Text;
  start: number;
  end: number;
}

/** A DOM Range over the span, or null when the span is empty or the DOM changed under the index. */
export function spanToRange(index: TextIndex, span: TextSpan): Range | null {
  if (span.end <= span.start || span.end > index.text.length) return null;
  const startNode = index.nodes[index.nodeOf[span.start]!]!;
  const endNode = index.nodes[index.nodeOf[span.end - 1]!]!;
  try {
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, index.offsetOf[span.start]!);
    range.setEnd(endNode, index.offsetOf[span.end - 1]! + 1);
    return range;
  } catch {
    // The page edited the text since it was indexed: offsets no longer fit.
    return null;
  }
}

/**
 * The span as slices of text nodes, in document order. Only nodes that hold a character of the
 * span appear: the index maps no character to whitespace-only nodes between blocks, so wrapping
 * the slices never puts markup between table cells or list items.
 */
export function spanToSlices(index: TextIndex, span: TextSpan): TextSlice[] {
  const slices: TextSlice[] = [];
  for (let at = span.start; at < span.end; at++) {
    const node = index.nodes[index.nodeOf[at]!]!;
    const offset = index.offsetOf[at]!;
    const last = slices[slices.length - 1];
    if (last && last.node === node) last.end = offset + 1;
    else slices.push({ node, start: offset, end: offset + 1 });
  }
  return slices;
}

/** Finds a quote in the indexed page and returns its Range, or null when it is not in the page. */
export function anchorQuote(index: TextIndex, selector: QuoteSelector): Range | null {
  const span = findQuote(index, selector);
  return span ? spanToRange(index, span) : null;
}
