/**
 * The fallback where custom highlights are missing: wraps noted text in
 * `<mark data-backstory-note="<kind>">`. Only text nodes are wrapped, inside their own parent, so
 * links and the page's markup keep working; `remove()` puts the original text nodes back. The
 * marks carry the kind only: which note they belong to stays in this script's memory.
 */
import type { TextIndex } from '@/lib/anchoring/text-index';
import { spanToSlices } from '@/lib/anchoring/to-range';
import type { NoteKind } from '@/lib/notes/schema';
import type { NoteMark, NotePainter } from './note-painter';
import { NOTE_ACTIVE_ATTRIBUTE, NOTE_MARK_ATTRIBUTE } from './note-style';

interface Piece {
  start: number;
  end: number;
  id: string;
}

/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelled out so the module works for any window's nodes. */
const FOLLOWING = 4;

/** Whitespace alone is left unwrapped: a <mark> of spaces would be a box of its own in flex layouts. */
const VISIBLE = /\S/;

/** Splits `node` at every piece boundary and wraps the parts some piece covers, right to left. */
function wrapNode(
  node: Text,
  pieces: Piece[],
  wrap: (part: Text, ids: string[]) => void,
  created: Set<Text>,
) {
  const cuts = [...new Set(pieces.flatMap((piece) => [piece.start, piece.end]))]
    .filter((cut) => cut > 0 && cut < node.length)
    .sort((a, b) => b - a);
  const idsAt = (start: number) =>
    pieces.filter((piece) => piece.start <= start && piece.end > start).map((piece) => piece.id);
  for (const cut of cuts) {
    const tail = node.splitText(cut); // the original node keeps [0, cut); the tail is ours
    created.add(tail);
    const ids = idsAt(cut);
    if (ids.length > 0 && VISIBLE.test(tail.data)) wrap(tail, ids);
  }
  const ids = idsAt(0);
  if (ids.length > 0 && VISIBLE.test(node.data)) wrap(node, ids);
}

/** Paints the notes by wrapping their text in <mark> elements. */
export function paintNotesWithMarks(
  doc: Document,
  index: TextIndex,
  notes: readonly NoteMark[],
): NotePainter {
  const kindOf = new Map<string, NoteKind>(notes.map((note) => [note.id, note.kind]));
  // Every slice is computed before the first split, while the index still matches the DOM.
  const piecesByNode = new Map<Text, Piece[]>();
  for (const note of notes) {
    for (const slice of spanToSlices(index, note.span)) {
      const pieces = piecesByNode.get(slice.node) ?? [];
      pieces.push({ start: slice.start, end: slice.end, id: note.id });
      piecesByNode.set(slice.node, pieces);
    }
  }
  const marks: HTMLElement[] = [];
  const idsOfMark = new WeakMap<Element, string[]>();
  const created = new Set<Text>();
  const wrap = (part: Text, ids: string[]) => {
    const mark = doc.createElement('mark');
    // Where notes overlap, the latest note's kind shows.
    mark.setAttribute(NOTE_MARK_ATTRIBUTE, kindOf.get(ids[ids.length - 1]!)!);
    part.parentNode!.insertBefore(mark, part);
    mark.appendChild(part);
    idsOfMark.set(mark, ids);
    marks.push(mark);
  };
  for (const [node, pieces] of piecesByNode) if (node.parentNode) wrapNode(node, pieces, wrap, created);

  let removed = false;
  return {
    painted: new Set(marks.flatMap((mark) => idsOfMark.get(mark) ?? [])),
    idsAt(event) {
      const mark = (event.target as Element | null)?.closest?.(`mark[${NOTE_MARK_ATTRIBUTE}]`);
      return mark ? (idsOfMark.get(mark) ?? []) : [];
    },
    focus(id) {
      for (const mark of marks) mark.removeAttribute(NOTE_ACTIVE_ATTRIBUTE);
      const chosen = id === null ? [] : marks.filter((mark) => idsOfMark.get(mark)?.includes(id));
      // Marks are made right to left within a text node: put them back in document order.
      chosen.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
      if (chosen.length === 0) return null;
      for (const mark of chosen) mark.setAttribute(NOTE_ACTIVE_ATTRIBUTE, '');
      const range = doc.createRange();
      range.setStartBefore(chosen[0]!);
      range.setEndAfter(chosen[chosen.length - 1]!);
      return range;
    },
    remove() {
      if (removed) return;
      removed = true;
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
