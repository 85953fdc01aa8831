/**
 * The `<mark>` fallback shared by the claim and note painters where custom highlights are
 * missing: wraps the text of keyed spans in `<mark>` elements, only text nodes inside their own
 * parent, so links and the page's markup keep working; `unwrap()` puts the original text nodes
 * back. Which keys a mark covers stays in this script's memory, never in the page.
 */
import type { TextIndex } from './text-index';
import { spanToSlices } from './to-range';
import type { TextSpan } from './find-quote';

interface Piece {
  start: number;
  end: number;
  key: string;
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelled out so the module works for any window's nodes. */
const FOLLOWING = 4;

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
  const keysAt = (start: number) =>
    pieces.filter((piece) => piece.start <= start && piece.end > start).map((piece) => piece.key);
  for (const cut of cuts) {
    const tail = node.splitText(cut); // the original node keeps [0, cut); the tail is ours
    created.add(tail);
    const keys = keysAt(cut);
    if (keys.length > 0 && VISIBLE.test(tail.data)) wrap(tail, keys);
  }
  const keys = keysAt(0);
  if (keys.length > 0 && VISIBLE.test(node.data)) wrap(node, keys);
}

/** Marks in the page and what they cover. */
export interface WrappedMarks {
  /** Every key with at least one mark. */
  readonly painted: Set<string>;
  /** Keys under an event's target mark (matched by `selector`), innermost first. */
  keysAt(event: Event, selector: string): string[];
  /** The marks of `key`, in document order. */
  marksOf(key: string): HTMLElement[];
  /** Every mark. */
  readonly all: readonly HTMLElement[];
  /** A range from the first to the last of `marks`, or null when there are none. */
  rangeOver(marks: readonly HTMLElement[]): Range | null;
  /** Puts the page's text nodes back as they were. Safe to call twice. */
  unwrap(): void;
}

/** Wraps each span's text; `decorate` labels a new mark from the keys it covers. */
export function wrapMarks(
  doc: Document,
  index: TextIndex,
  spans: readonly { key: string; span: TextSpan }[],
  decorate: (mark: HTMLElement, keys: string[]) => void,
): WrappedMarks {
  // Every slice is computed before the first split, while the index still matches the DOM.
  const piecesByNode = new Map<Text, Piece[]>();
  for (const { key, span } of spans) {
    for (const slice of spanToSlices(index, span)) {
      const pieces = piecesByNode.get(slice.node) ?? [];
      pieces.push({ start: slice.start, end: slice.end, key });
      piecesByNode.set(slice.node, pieces);
    }
  }
  const marks: HTMLElement[] = [];
  const keysOfMark = new WeakMap<Element, string[]>();
  const created = new Set<Text>();
  const wrap = (part: Text, keys: string[]) => {
    const mark = doc.createElement('mark');
    decorate(mark, keys);
    part.parentNode!.insertBefore(mark, part);
    mark.appendChild(part);
    keysOfMark.set(mark, keys);
    marks.push(mark);
  };
  for (const [node, pieces] of piecesByNode) if (node.parentNode) wrapNode(node, pieces, wrap, created);

  let unwrapped = false;
  return {
    painted: new Set(marks.flatMap((mark) => keysOfMark.get(mark) ?? [])),
    all: marks,
    keysAt(event, selector) {
      const mark = (event.target as Element | null)?.closest?.(selector);
      return mark ? (keysOfMark.get(mark) ?? []) : [];
    },
    marksOf(key) {
      // Marks inside one text node are made right to left; callers want document order.
      return marks
        .filter((mark) => keysOfMark.get(mark)?.includes(key))
        .sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
    },
    rangeOver(chosen) {
      if (chosen.length === 0) return null;
      const range = doc.createRange();
      range.setStartBefore(chosen[0]!);
      range.setEndAfter(chosen[chosen.length - 1]!);
      return range;
    },
    unwrap() {
      if (unwrapped) return;
      unwrapped = true;
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
