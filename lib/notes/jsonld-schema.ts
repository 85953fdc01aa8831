/**
 * Valibot schemas for reading a notes file back. Field rules are taken from the note schema
 * itself, so a file can never bring in a note that the extension would refuse to save.
 */
import * as v from 'valibot';
import { ANCHOR_STATUSES, NoteDraftSchema, NoteTargetSchema } from './schema';
import { EXTENSION_KEY, NOTES_FORMAT_VERSION, VERSION_KEY } from './jsonld';
import { NoteIdSchema, NoteTimeSchema } from './stored';

const draft = NoteDraftSchema.entries;
const quote = NoteTargetSchema.entries.quote.entries;
const position = NoteTargetSchema.entries.position.entries;
const TagSchema = draft.tags.pipe[0].item;
/** The most tags a note may have (as in the note schema). */
export const MAX_TAGS = 20;

const IsoTime = v.pipe(
  v.string(),
  v.isoTimestamp('must be an ISO 8601 date and time'),
  v.transform((text) => Date.parse(text)),
  v.check((time) => Number.isFinite(time), 'must be an ISO 8601 date and time'),
  NoteTimeSchema,
);

const TagBody = v.object({
  type: v.literal('TextualBody'),
  purpose: v.literal('tagging'),
  value: TagSchema,
  format: v.optional(v.literal('text/plain')),
});
const TextBody = v.object({
  type: v.literal('TextualBody'),
  purpose: v.picklist(['commenting', 'questioning', 'assessing']),
  value: draft.body,
  format: v.optional(v.literal('text/plain')),
});

const Bodies = v.pipe(
  v.array(v.variant('purpose', [TagBody, TextBody])),
  v.check(
    (bodies) => bodies.filter((body) => body.purpose !== 'tagging').length <= 1,
    'has more than one text body; a note has one text',
  ),
  v.check(
    (bodies) => bodies.filter((body) => body.purpose === 'tagging').length <= MAX_TAGS,
    `has more than ${MAX_TAGS} tags`,
  ),
);

const Selector = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: quote.exact,
    prefix: v.optional(quote.prefix, ''),
    suffix: v.optional(quote.suffix, ''),
  }),
  v.object({ type: v.literal('TextPositionSelector'), start: position.start, end: position.end }),
]);

/** What we read from our extension property. */
const Extension = v.strictObject({
  kind: draft.kind,
  title: draft.title,
  canonicalUrl: draft.canonicalUrl,
  fingerprint: draft.fingerprint,
  link: draft.link,
  outletId: draft.outletId,
  anchorStatus: v.optional(v.picklist(ANCHOR_STATUSES)),
});

/** One Annotation as Backstory exports it; other W3C properties are allowed and ignored. */
export const AnnotationInSchema = v.object({
  id: v.pipe(
    v.string(),
    v.startsWith('urn:uuid:', 'must be a "urn:uuid:" id'),
    v.transform((id) => id.slice('urn:uuid:'.length)),
    NoteIdSchema,
  ),
  type: v.literal('Annotation'),
  created: IsoTime,
  modified: IsoTime,
  body: v.optional(Bodies, []),
  target: v.object({ source: draft.url, selector: v.optional(v.array(Selector), []) }),
  [EXTENSION_KEY]: Extension,
});

/** An Annotation as read. */
export type AnnotationIn = v.InferOutput<typeof AnnotationInSchema>;

const Items = v.array(AnnotationInSchema);
const Version = v.optional(v.literal(NOTES_FORMAT_VERSION, `must be ${NOTES_FORMAT_VERSION}`));

/** The three shapes a notes file may have, each with the path its annotations sit at. */
export const FILE_SHAPES = {
  AnnotationCollection: {
    path: 'first.items',
    schema: v.object({
      type: v.literal('AnnotationCollection'),
      [VERSION_KEY]: Version,
      first: v.object({ type: v.literal('AnnotationPage'), items: Items }),
    }),
  },
  AnnotationPage: {
    path: 'items',
    schema: v.object({ type: v.literal('AnnotationPage'), [VERSION_KEY]: Version, items: Items }),
  },
} as const;

/** A plain JSON array of Annotations. */
export const AnnotationArraySchema = Items;
