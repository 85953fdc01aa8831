/** The editor's keys: Escape cancels, Ctrl+Enter (Cmd+Enter on a Mac) submits. */

/** A keydown handler for an editor form. */
export function editorKeyHandler(submit: () => void | Promise<void>, cancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
}
