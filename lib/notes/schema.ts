/** The reader's own notes: what is stored, and what a page may send to create or edit one. */
import * as v from 'valibot';
import { ANCHOR_STATUSES, NOTE_KINDS, type AnchorStatus, type NoteKind } from './kinds';

export { ANCHOR_STATUSES, NOTE_KINDS, type AnchorStatus, type NoteKind };

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** Page addresses: http(s) only, so no handler ever sees a script or data URL. */
const Url = v.pipe(
  v.string(),
  v.maxLength(4096),
  v.url(),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);

/** W3C Web Annotation selectors: a text quote with context, and a position hint. */
export const NoteTargetSchema = v.strictObject({
  quote: v.strictObject({
    exact: v.pipe(Text(5000), v.minLength(1, 'the quote must not be empty')),
    prefix: Text(200),
    suffix: Text(200),
  }),
  position: v.strictObject({
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
});

/** What a content script or the popup sends to create a note. */
export const NoteDraftSchema = v.strictObject({
  url: Url,
  canonicalUrl: v.nullable(Url),
  title: Text(500),
  fingerprint: v.nullable(Text(200)),
  body: Text(10_000),
  tags: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(50))), v.maxLength(20)),
  kind: v.picklist(NOTE_KINDS),
  target: v.nullable(NoteTargetSchema),
  /** A corpus entry the note is about (an outlet card or a claim). */
  link: v.nullable(v.strictObject({ type: v.picklist(['outlet', 'claim']), id: Text(80) })),
  outletId: v.nullable(Text(80)),
});

/** Fields the popup may edit. */
export const NotePatchSchema = v.strictObject({
  body: v.optional(Text(10_000)),
  tags: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(50))), v.maxLength(20)),
  ),
  kind: v.optional(v.picklist(NOTE_KINDS)),
  target: v.optional(v.nullable(NoteTargetSchema)),
});

/** A note draft as validated. */
export type NoteDraft = v.InferOutput<typeof NoteDraftSchema>;
/** A validated note edit. */
export type NotePatch = v.InferOutput<typeof NotePatchSchema>;

/** A stored note. */
export interface Note extends NoteDraft {
  id: string;
  /** Host without `www.`, for the site filter. */
  site: string;
  createdAt: number;
  updatedAt: number;
  /** Set by the page after it tries to re-anchor the note; absent when it never tried. */
  anchorStatus?: AnchorStatus;
}
