/**
 * The small buttons next to a selection, built as plain DOM (they hold no note text, and the page
 * script stays free of a UI framework). Pressing one must not take the page's selection away, so
 * the mouse-down is cancelled; the editor then reads the selection.
 */
import type { EditorView } from '@/components/notes/view';

/** Approximate sizes for placement (the buttons are a single row). */
const SIZES = { one: { width: 110, height: 36 }, two: { width: 330, height: 36 } };

/** "Save note", and "Attach to an orphaned note…" when this page has orphaned notes. */
export function buildNoteButtons(
  orphanCount: number,
  openEditor: (mode: EditorView['mode']) => void,
): { element: HTMLElement; size: { width: number; height: number } } {
  const group = document.createElement('div');
  group.className = 'bs-note-buttons';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Backstory note');
  const add = (label: string, mode: EditorView['mode'], primary: boolean) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    if (primary) {
      button.className = 'bs-primary';
      button.title = 'Save a note on the selected text (Alt+Shift+N)';
    }
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => openEditor(mode));
    group.append(button);
  };
  add('Save note', 'new', true);
  if (orphanCount > 0) add('Attach to an orphaned note…', 'attach', false);
  return { element: group, size: orphanCount > 0 ? SIZES.two : SIZES.one };
}

/** The buttons' styles, light and dark, inside the host's closed shadow root (see HOST_RESET). */
export const NOTE_BUTTON_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  display: block !important;
  z-index: 2147483647 !important;
}
div {
  display: flex;
  gap: 4px;
  font: 14px/1.45 system-ui, sans-serif;
}
button {
  font: inherit;
  padding: 4px 10px;
  border: 1px solid #d0d7de;
  border-radius: 6px;
  background: #f6f8fa;
  color: #1b1f24;
  cursor: pointer;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  white-space: nowrap;
}
.bs-primary {
  background: #6f2dbd;
  border-color: #6f2dbd;
  color: #fff;
  font-weight: 600;
}
button:focus-visible {
  outline: 3px solid #0969da;
  outline-offset: 1px;
}
@media (prefers-color-scheme: dark) {
  button { background: #21262d; border-color: #3d444d; color: #e6edf3; }
  .bs-primary { background: #8957e5; border-color: #8957e5; }
  button:focus-visible { outline-color: #58a6ff; }
}`;
