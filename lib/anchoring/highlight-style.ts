/**
 * The one stylesheet Backstory adds to the page. Custom highlights are styled from the page's own
 * document (a shadow root's styles do not reach them), so it holds colour rules and nothing else:
 * no claim text, ids or anything else about what Backstory knows.
 */
import { ACTIVE_ATTRIBUTE, MARK_ATTRIBUTE } from './mark-highlights';
import { HIGHLIGHT_NAMES } from './painter';

const CLAIM = 'rgb(255 196 0 / 0.38)';
const CLAIM_ACTIVE = 'rgb(255 122 0 / 0.55)';
const PASSAGE = 'rgb(64 140 255 / 0.16)';
const PASSAGE_LINE = 'rgb(64 140 255 / 0.85)';

/** Colour rules for both painters; translucent, so they read on light and dark pages alike. */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.passage}) { background-color: ${PASSAGE}; text-decoration: underline dotted ${PASSAGE_LINE}; }
::highlight(${HIGHLIGHT_NAMES.claim}) { background-color: ${CLAIM}; }
::highlight(${HIGHLIGHT_NAMES.active}) { background-color: ${CLAIM_ACTIVE}; }
mark[${MARK_ATTRIBUTE}] { all: unset !important; display: inline !important; color: inherit !important; font: inherit !important; }
mark[${MARK_ATTRIBUTE}="passage"] { background-color: ${PASSAGE} !important; text-decoration: underline dotted ${PASSAGE_LINE} !important; }
mark[${MARK_ATTRIBUTE}="claim"] { background-color: ${CLAIM} !important; }
mark[${MARK_ATTRIBUTE}][${ACTIVE_ATTRIBUTE}] { background-color: ${CLAIM_ACTIVE} !important; }
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT_NAMES.claim}), ::highlight(${HIGHLIGHT_NAMES.active}) { background-color: Mark; color: MarkText; }
  mark[${MARK_ATTRIBUTE}="claim"], mark[${MARK_ATTRIBUTE}][${ACTIVE_ATTRIBUTE}] { background-color: Mark !important; color: MarkText !important; }
}
`;

/** Adds the stylesheet to the page; the returned element is removed with `.remove()`. */
export function injectHighlightStyle(doc: Document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}
