/**
 * The stylesheet that colours notes in the page. Custom highlights can only be styled from the
 * page's own document, so this sheet lives there: it holds colour rules keyed by kind and nothing
 * else, never a note's text, id or tags.
 */
import { KIND_COLOURS } from '@/components/notes/kind-colours';
import { NOTE_KINDS, type NoteKind } from '@/lib/notes/kinds';

/** The attribute on <mark> fallback highlights: the note's kind. */
export const NOTE_MARK_ATTRIBUTE = 'data-backstory-note';
/** Set on the marks of the note the reader is looking at. */
export const NOTE_ACTIVE_ATTRIBUTE = 'data-backstory-note-active';
/** The custom highlight of the note the reader is looking at. */
export const NOTE_ACTIVE_HIGHLIGHT = 'backstory-note-active';

/** The custom highlight a kind's notes are registered under, e.g. `backstory-note-question`. */
export function noteHighlightName(kind: NoteKind): string {
  return `backstory-note-${kind}`;
}

const ACTIVE_OUTLINE = 'rgb(130 80 223 / 0.45)';

function kindRules(kind: NoteKind): string {
  const { highlight, line, lineStyle } = KIND_COLOURS[kind];
  const underline = `underline ${lineStyle} ${line}`;
  return [
    `::highlight(${noteHighlightName(kind)}) { background-color: ${highlight}; text-decoration: ${underline}; }`,
    `mark[${NOTE_MARK_ATTRIBUTE}="${kind}"] { background-color: ${highlight} !important; text-decoration: ${underline} !important; }`,
  ].join('\n');
}

/** Colour rules for both painters, one pair per kind, and the chosen note's emphasis. */
export const NOTE_HIGHLIGHT_CSS = [
  `mark[${NOTE_MARK_ATTRIBUTE}] { all: unset !important; display: inline !important; color: inherit !important; font: inherit !important; }`,
  ...NOTE_KINDS.map(kindRules),
  `::highlight(${NOTE_ACTIVE_HIGHLIGHT}) { background-color: ${ACTIVE_OUTLINE}; }`,
  `mark[${NOTE_MARK_ATTRIBUTE}][${NOTE_ACTIVE_ATTRIBUTE}] { background-color: ${ACTIVE_OUTLINE} !important; }`,
  `@media (forced-colors: active) { mark[${NOTE_MARK_ATTRIBUTE}] { background-color: Mark !important; color: MarkText !important; } }`,
].join('\n');

/** Adds the stylesheet to the page; remove it with `.remove()`. */
export function injectNoteStyle(doc: Document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = NOTE_HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}
