/**
 * The keyboard way to save a note: Alt+Shift+N while text is selected. Matched on the physical key
 * (`code`), since Alt and Shift change the character on some layouts (macOS's Option gives "˜").
 */

/** The shortcut as readers see it (in the button's tooltip and the README). */
export const SAVE_NOTE_SHORTCUT = 'Alt+Shift+N';

/** Whether a keydown is the save-note shortcut (not repeated, not inside an IME composition). */
export function isSaveNoteShortcut(event: KeyboardEvent): boolean {
  return (
    event.code === 'KeyN' &&
    event.altKey &&
    event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.repeat &&
    !event.isComposing
  );
}
