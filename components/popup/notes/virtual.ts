/**
 * Windowing arithmetic for the notes list: rows have one fixed height, except the row being
 * edited, which is taller. Only rows inside the viewport (plus a few either side) are rendered,
 * so 10,000 notes cost as much to draw as ten.
 */

/** Row heights: every row the same, except at most one expanded row. */
export interface RowLayout {
  rowHeight: number;
  expanded: { index: number; height: number } | null;
}

/** The top of row `index`, in pixels from the top of the list. */
export function rowTop(index: number, layout: RowLayout): number {
  const { rowHeight, expanded } = layout;
  const extra = expanded && index > expanded.index ? expanded.height - rowHeight : 0;
  return index * rowHeight + extra;
}

/** The height of row `index`. */
export function rowHeightAt(index: number, layout: RowLayout): number {
  return layout.expanded?.index === index ? layout.expanded.height : layout.rowHeight;
}

/** The height of the whole list. */
export function totalHeight(count: number, layout: RowLayout): number {
  return count === 0 ? 0 : rowTop(count - 1, layout) + rowHeightAt(count - 1, layout);
}

/** The row at vertical offset `y` (clamped to the list). */
export function indexAt(y: number, count: number, layout: RowLayout): number {
  if (count === 0) return 0;
  const { rowHeight, expanded } = layout;
  let index = Math.floor(y / rowHeight);
  // At or past the expanded row (which may be shorter or taller than the others), measure from its end.
  if (expanded && index >= expanded.index) {
    const expandedEnd = rowTop(expanded.index, layout) + expanded.height;
    index = y < expandedEnd ? expanded.index : expanded.index + 1 + Math.floor((y - expandedEnd) / rowHeight);
  }
  return Math.min(Math.max(index, 0), count - 1);
}

/** Rows to render: `[start, end)` covering the viewport with `overscan` rows either side. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  count: number,
  layout: RowLayout,
  overscan = 3,
): { start: number; end: number } {
  if (count === 0) return { start: 0, end: 0 };
  const first = indexAt(scrollTop, count, layout);
  const last = indexAt(scrollTop + viewport - 1, count, layout);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/** The scroll position that brings row `index` fully into view, moving as little as possible. */
export function scrollToShow(index: number, scrollTop: number, viewport: number, layout: RowLayout): number {
  const top = rowTop(index, layout);
  const bottom = top + rowHeightAt(index, layout);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}
