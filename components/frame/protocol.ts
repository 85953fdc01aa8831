/**
 * What the content script and its extension-page frames say to each other over a
 * {@link createLink} port. The panel frame shows the report; the notes frame shows the note
 * editor or a saved note. Everything the page must not read (corpus text, note text, typed keys)
 * lives in those frames; the content script keeps only the page side: highlights and selectors.
 */
import type { Note } from '@/lib/notes/schema';
import type { PageReport } from '@/lib/report';
import type { NoteInput } from '../notes/note-input';
import type { CardView, EditorView, NoteDraftFields } from '../notes/view';
import type { OverlayTarget } from '../overlay/channel';
import type { CorpusLink } from '../overlay/SaveCorpusNote';

/** A frame's content size in CSS pixels; the content script sizes the iframe to it. */
export interface FrameSize {
  width: number;
  height: number;
}

/** The page's viewport, which the frame lays out against (its own viewport is only its box). */
export type PageViewport = FrameSize;

/** What the panel frame answers. */
export type PanelFrameMethods = {
  /** The report to show, the claims highlighted in the page and the page's viewport. */
  state: { params: { report: PageReport; claimsInPage: string[]; viewport: PageViewport }; value: null };
  /** A click on a highlight: open the panel on that claim or passage. */
  open: { params: OverlayTarget; value: null };
};

/** What the content script answers for the panel frame. */
export type PanelHostMethods = {
  size: { params: FrameSize; value: null };
  /** Scroll the page to a claim's highlight; false when it is not in the page. */
  'show-claim': { params: { claimId: string }; value: boolean };
  /** Open the note editor for a note on an outlet or a claim (no page text needed). */
  'note-on': { params: { link: CorpusLink; label: string }; value: boolean };
};

/** What the notes frame shows: the editor on the selection, or a saved note's card. */
export type FrameNotesView = EditorView | CardView;

/** What the notes frame answers. */
export type NotesFrameMethods = {
  show: { params: { view: FrameNotesView; viewport: PageViewport }; value: null };
};

/** What the content script answers for the notes frame. */
export type NotesHostMethods = {
  size: { params: FrameSize; value: null };
  'open-editor': { params: { mode: EditorView['mode'] }; value: null };
  save: { params: NoteInput; value: Note };
  attach: { params: { noteId: string }; value: Note };
  draft: { params: NoteDraftFields; value: null };
  close: { params: null; value: null };
};

/** The frames, named in the frame's URL (`frame.html?view=panel#<nonce>`). */
export type FrameView = 'panel' | 'notes';

/**
 * The message that hands a frame its end of the channel: `{ [FRAME_HELLO]: nonce }` with the port
 * transferred. The frame takes it only from its parent and only with the nonce in its own URL.
 */
export const FRAME_HELLO = 'backstoryFrame';
