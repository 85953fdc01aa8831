/**
 * The reader's text selection, when it is something a note can quote: page text outside form
 * fields, editable regions and Backstory's own UI. Cheap to call on every selection change; the
 * text index is built only when the reader asks for a note.
 */
import type { ScreenBox } from '@/components/notes/placement';
import { selectorsFromRange, type NoteTarget } from '@/lib/anchoring/selectors';
import { indexPageText, NOTES_HOST } from './page-text';

/** A selection worth offering a note for, and where it is on screen. */
export interface NoteSelection {
  range: Range;
  /** The selection's last line box, in viewport coordinates (the button goes next to it). */
  box: ScreenBox;
}

function elementOf(node: Node | null): Element | null {
  return node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Form fields, editable regions and our own hosts are not page text. */
function isExcluded(node: Node | null): boolean {
  const element = elementOf(node);
  if (!element) return true;
  if ((element as HTMLElement).isContentEditable) return true;
  const excluded = `input, textarea, select, [contenteditable]:not([contenteditable="false" i]), backstory-overlay, ${NOTES_HOST}`;
  return element.closest(excluded) !== null;
}

/** The last non-empty line box of the range; a zero box where the browser has no layout. */
function lastLineBox(range: Range): ScreenBox {
  const rects = typeof range.getClientRects === 'function' ? [...range.getClientRects()] : [];
  const last = rects.filter((rect) => rect.width > 0 || rect.height > 0).pop();
  return last ? { left: last.left, top: last.top, right: last.right, bottom: last.bottom } : ZERO_BOX;
}

const ZERO_BOX: ScreenBox = { left: 0, top: 0, right: 0, bottom: 0 };

/** The current selection if it holds visible page text, else null. */
export function readSelection(doc: Document): NoteSelection | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (isExcluded(range.startContainer) || isExcluded(range.endContainer)) return null;
  if (range.toString().trim() === '') return null;
  return { range: range.cloneRange(), box: lastLineBox(range) };
}

/** The note selectors for a selection, over a fresh index of the page; null when it holds no text. */
export function targetForSelection(doc: Document, selection: NoteSelection): NoteTarget | null {
  return selectorsFromRange(indexPageText(doc), selection.range);
}
