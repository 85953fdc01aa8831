/** The kinds and anchor states of a note, apart from the schemas so page scripts stay small. */

/** A note's kind, each with its own colour. */
export const NOTE_KINDS = ['comment', 'question', 'verified', 'disputed'] as const;

/** One of {@link NOTE_KINDS}. */
export type NoteKind = (typeof NOTE_KINDS)[number];

/**
 * Whether the page could find a note's quote again the last time it looked. Absent until a page
 * reports it; the popup's "orphaned" filter shows the notes marked `orphaned`.
 */
export const ANCHOR_STATUSES = ['anchored', 'orphaned'] as const;

/** One of {@link ANCHOR_STATUSES}. */
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];
