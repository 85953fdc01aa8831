/**
 * The fallback where custom highlights are missing: wraps highlighted text in
 * `<mark data-backstory>` elements. Only text nodes are wrapped, inside their own parent, so links,
 * event handlers and the page's markup keep working; `remove()` puts back the original text nodes.
 */
import { type HighlightEntry, type HighlightKind, type Painter } from './painter';
import { spanToSlices } from './to-range';
import type { TextIndex } from './text-index';

/** The attribute on our marks: `claim` or `passage`, for the page stylesheet. */
export const MARK_ATTRIBUTE = 'data-backstory';
/** Set on the marks of the claim the reader chose. */
export const ACTIVE_ATTRIBUTE = 'data-backstory-active';

interface Piece {
  start: number;
  end: number;
  key: string;
}

/** Whitespace alone is left unwrapped: a <mark> of spaces would be a box of its own in flex layouts. */
const VISIBLE = /\S/;

/** Splits `node` at every piece boundary and wraps the parts some piece covers, right to left. */
function wrapNode(
  node: Text,
  pieces: Piece[],
  wrap: (part: Text, keys: string[]) => void,
  created: Set<Text>,
) {
  const cuts = [...new Set(pieces.flatMap((piece) => [piece.start, piece.end]))]
    .filter((cut) => cut > 0 && cut < node.length)
    .sort((a, b) => b - a);
  const keysFor = (start: number) =>
    pieces.filter((piece) => piece.start <= start && piece.end > start).map((piece) => piece.key);
  for (const cut of cuts) {
    const tail = node.splitText(cut); // the original node keeps [0, cut); tail is ours
    created.add(tail);
    const keys = keysFor(cut);
    if (keys.length > 0 && VISIBLE.test(tail.data)) wrap(tail, keys);
  }
  const keys = keysFor(0);
  if (keys.length > 0 && VISIBLE.test(node.data)) wrap(node, keys);
}

/** Paints the entries by wrapping their text in <mark> elements. */
export function paintWithMarks(doc: Document, index: TextIndex, entries: HighlightEntry[]): Painter {
  const kindOf = new Map(entries.map((entry) => [entry.key, entry.kind] as const));
  // Every slice is computed before the first split, while the index still matches the DOM.
  const piecesByNode = new Map<Text, Piece[]>();
  for (const entry of entries) {
    for (const slice of spanToSlices(index, entry.span)) {
      const pieces = piecesByNode.get(slice.node) ?? [];
      pieces.push({ start: slice.start, end: slice.end, key: entry.key });
      piecesByNode.set(slice.node, pieces);
    }
  }

  const marks: HTMLElement[] = [];
  const keysOfMark = new WeakMap<Element, string[]>();
  const created = new Set<Text>();
  const wrap = (part: Text, keys: string[]) => {
    const kind: HighlightKind = keys.some((key) => kindOf.get(key) === 'claim') ? 'claim' : 'passage';
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, kind);
    part.parentNode!.insertBefore(mark, part);
    mark.appendChild(part);
    keysOfMark.set(mark, keys);
    marks.push(mark);
  };
  for (const [node, pieces] of piecesByNode) if (node.parentNode) wrapNode(node, pieces, wrap, created);

  const marksOf = (key: string) => marks.filter((mark) => keysOfMark.get(mark)?.includes(key));
  return {
    painted: new Set(marks.flatMap((mark) => keysOfMark.get(mark) ?? [])),
    keysAt(event) {
      const target = event.target as Element | null;
      const mark = target?.closest?.(`mark[${MARK_ATTRIBUTE}]`);
      return mark ? (keysOfMark.get(mark) ?? []) : [];
    },
    setActive(key) {
      for (const mark of marks) mark.removeAttribute(ACTIVE_ATTRIBUTE);
      // Marks inside one text node are made right to left; the range needs document order.
      const chosen = (key === null ? [] : [...marksOf(key)]).sort((a, b) =>
        a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
      if (chosen.length === 0) return null;
      for (const mark of chosen) mark.setAttribute(ACTIVE_ATTRIBUTE, '');
      const range = doc.createRange();
      range.setStartBefore(chosen[0]!);
      range.setEndAfter(chosen[chosen.length - 1]!);
      return range;
    },
    remove() {
      for (const mark of marks.splice(0)) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
      }
      // Join each split node back into the original, so the page gets its own text nodes back.
      for (const node of piecesByNode.keys()) {
        for (let next = node.nextSibling; next && created.has(next as Text); next = node.nextSibling) {
          node.appendData((next as Text).data);
          next.parentNode!.removeChild(next);
        }
      }
      created.clear();
    },
  };
}
