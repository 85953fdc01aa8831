/**
 * A whole stored note as a schema, for messages and files that carry notes back into the
 * database (undo of a delete, import). Drafts from pages never set id, dates or anchor status.
 */
import * as v from 'valibot';
import { siteKey } from '../settings';
import { ANCHOR_STATUSES, NoteDraftSchema } from './schema';

/** Note ids: ours are UUIDs; older or test notes may use other short ids of the same characters. */
export const NoteIdSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9_-]{1,80}$/, 'must be a note id (letters, digits, "-" or "_")'),
);

/** The last millisecond with a four-digit year, so every date exports as a plain ISO timestamp. */
export const LAST_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A stored time in milliseconds since 1970. */
export const NoteTimeSchema = v.pipe(
  v.number(),
  v.integer('must be a whole number of milliseconds'),
  v.minValue(0, 'must not be before 1970'),
  v.maxValue(LAST_TIME, 'must not be after the year 9999'),
);

/** Every field of a stored note, checked as strictly as a draft. */
export const StoredNoteSchema = v.strictObject({
  ...NoteDraftSchema.entries,
  id: NoteIdSchema,
  site: v.pipe(v.string(), v.maxLength(253)),
  createdAt: NoteTimeSchema,
  updatedAt: NoteTimeSchema,
  anchorStatus: v.optional(v.picklist(ANCHOR_STATUSES)),
});

/** The site key of a note's URL: the same rule `saveNote` uses, so imports file notes alike. */
export function noteSite(url: string): string {
  return siteKey(new URL(url).host);
}
