/** What the page's notes UI shows, and what it can ask the page side to do. */
import type { Note, NoteKind } from '@/lib/notes/schema';
import type { Result } from '@/lib/result';
import type { NoteInput } from './note-input';
import type { ScreenBox } from './placement';

/** An orphaned note as the attach list shows it. */
export type OrphanSummary = Pick<Note, 'id' | 'kind' | 'body' | 'createdAt'> & { quote: string };

/** The small button next to a selection. */
export interface ButtonView {
  kind: 'button';
  box: ScreenBox;
  /** Orphaned notes on this page: the button also offers to attach one. */
  orphanCount: number;
}

/** The editor for a selection: a new note, or attaching an orphaned note to it. */
export interface EditorView {
  kind: 'editor';
  box: ScreenBox;
  mode: 'new' | 'attach';
  /** The selected text (shown as the quote). */
  quote: string;
  /** Why the selection cannot be saved (e.g. too long), or null. */
  problem: string | null;
  orphans: OrphanSummary[];
  /** What the reader had typed, when the editor is shown again (its frame reloaded). */
  draft?: NoteDraftFields | null;
}

/** The editor's fields as typed, before tags are parsed. */
export interface NoteDraftFields {
  body: string;
  tags: string;
  kind: NoteKind;
}

/** A saved note, opened from its highlight. */
export interface CardView {
  kind: 'card';
  box: ScreenBox;
  note: Note;
}

/** Everything the layer can show; null shows nothing (and the host is removed). */
export type NotesView = ButtonView | EditorView | CardView;

/** What the UI asks of the page side. */
export interface NotesActions {
  /** Opens the editor on the current selection. */
  openEditor(mode: EditorView['mode']): void;
  /** Saves a new note on the selection. */
  save(input: NoteInput): Promise<Result<Note>>;
  /** Attaches an orphaned note to the selection. */
  attach(noteId: string): Promise<Result<Note>>;
  /** Closes whatever is shown. */
  close(): void;
  /** Keeps what the reader has typed so far (so a reloaded editor can show it again). */
  keepDraft?(fields: NoteDraftFields): void;
}
