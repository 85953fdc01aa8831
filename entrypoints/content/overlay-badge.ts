/**
 * The overlay's badge while the panel has never been opened, drawn as plain DOM in the host's
 * closed shadow root (see overlay.ts for why it is not the panel's frame yet). It looks like the
 * frame's badge (components/overlay/overlay.css), so the frame can take its place unseen. Its
 * label is generated content (`content: attr(…)`): `window.find`, which searches closed shadow
 * roots, does not search that, so a page cannot read the label; screen readers get it from
 * `aria-label`.
 */

/** The badge button and what the overlay does with it. */
export interface OverlayBadge {
  element: HTMLButtonElement;
  setLabel(label: string): void;
}

/** A badge labelled `label` that calls `onOpen` when the reader presses it. */
export function buildOverlayBadge(label: string, onOpen: () => void): OverlayBadge {
  const element = document.createElement('button');
  element.type = 'button';
  element.setAttribute('aria-expanded', 'false');
  // A page cannot reach into a closed shadow root to click; only the reader's own clicks count.
  element.addEventListener('click', (event) => {
    if (event.isTrusted) onOpen();
  });
  const setLabel = (text: string) => {
    element.setAttribute('aria-label', `Backstory: ${text}`);
    element.dataset.label = text;
  };
  setLabel(label);
  return { element, setLabel };
}

/** The badge's styles, light and dark, from the frame's (components/overlay/overlay.css). */
export const OVERLAY_BADGE_CSS = `
button {
  display: inline-flex;
  align-items: center;
  gap: 8px;
  max-width: min(360px, calc(100vw - 32px));
  /* Where the frame's badge sits: the frame keeps 8px around its content for shadows and focus. */
  margin: 8px;
  box-sizing: border-box;
  padding: 6px 12px 6px 6px;
  border: 1px solid #d0d7de;
  border-radius: 999px;
  background: #fff;
  color: #1b1f24;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  cursor: pointer;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
}
button::before {
  content: 'B';
  display: inline-grid;
  flex: none;
  place-items: center;
  width: 24px;
  height: 24px;
  border-radius: 50%;
  background: #6f2dbd;
  color: #fff;
  font-weight: 700;
}
button::after {
  content: attr(data-label);
  overflow: hidden;
  white-space: nowrap;
  text-overflow: ellipsis;
}
button:focus-visible {
  outline: 3px solid #0969da;
  outline-offset: 2px;
}
@media (prefers-color-scheme: dark) {
  button { background: #161b22; border-color: #3d444d; color: #e6edf3; }
  button::before { background: #8957e5; }
  button:focus-visible { outline-color: #58a6ff; }
}`;
