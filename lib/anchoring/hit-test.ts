/** Which text is under a point: the caret APIs differ between browsers, so both are tried. */

/** A DOM position. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position under viewport point (x, y), or null when the browser cannot tell. */
export function caretFromPoint(doc: Document, x: number, y: number): CaretPoint | null {
  const caretDoc = doc as Document & CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/**
 * Whether a click at (x, y) with caret `caret` hit `range`: the caret must be inside the range, and
 * the point on one of its line boxes, since the caret APIs also answer for clicks in empty margins.
 */
export function rangeIsHit(range: Range, caret: CaretPoint, x: number, y: number): boolean {
  try {
    if (range.comparePoint(caret.node, caret.offset) !== 0) return false;
  } catch {
    return false; // the caret is in another tree, e.g. a shadow root
  }
  if (typeof range.getClientRects !== 'function') return true;
  return Array.from(range.getClientRects()).some(
    (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
  );
}
