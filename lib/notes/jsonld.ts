/**
 * The notes file format: a W3C Web Annotation collection (JSON-LD). Each note is an Annotation
 * with a TextualBody, tags as `tagging` bodies and a TextQuote + TextPosition selector. What the
 * Web Annotation vocabulary has no words for (our kind, canonical URL, fingerprint, corpus link,
 * outlet, page title) travels in one namespaced extension property, `backstory:note`.
 */
import type { AnchorStatus, Note, NoteDraft, NoteKind } from './schema';

/** The Web Annotation context; every export names it first in `@context`. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The namespace of our extension properties (`backstory:` keys). */
export const BACKSTORY_NS = 'https://backstory.invalid/ns/notes#';
/** The notes file format version this code writes and reads. */
export const NOTES_FORMAT_VERSION = 1;
/** The extension property on each Annotation. */
export const EXTENSION_KEY = 'backstory:note';
/** The format version property on the collection. */
export const VERSION_KEY = 'backstory:formatVersion';

/**
 * The collection's context: the Web Annotation context first, as the model requires of
 * extensions, then our prefix, with the extension object kept as a JSON literal so JSON-LD
 * processors carry it through unchanged.
 */
export const EXPORT_CONTEXT = [
  ANNO_CONTEXT,
  { '@version': 1.1, backstory: BACKSTORY_NS, [EXTENSION_KEY]: { '@type': '@json' } },
] as const;

/** Web Annotation motivations we use. */
export type Motivation = 'commenting' | 'questioning' | 'assessing';

/** Our kinds as Web Annotation motivations; "verified" and "disputed" are both assessments. */
export const KIND_MOTIVATION: Record<NoteKind, Motivation> = {
  comment: 'commenting',
  question: 'questioning',
  verified: 'assessing',
  disputed: 'assessing',
};

/** A plain-text body: the note itself (purpose = motivation) or one tag (purpose `tagging`). */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: Motivation | 'tagging';
}

/** What the Web Annotation model cannot say about a note. */
export type BackstoryExtension = Pick<
  NoteDraft,
  'kind' | 'title' | 'canonicalUrl' | 'fingerprint' | 'link' | 'outletId'
> & { anchorStatus?: AnchorStatus };

/** Quote and position selectors, in W3C spelling. */
export type Selector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

/** One note as a Web Annotation. */
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector?: Selector[] };
  [EXTENSION_KEY]: BackstoryExtension;
}

/** A whole export: one collection holding one page of annotations. */
export interface AnnotationCollectionFile {
  '@context': typeof EXPORT_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  [VERSION_KEY]: typeof NOTES_FORMAT_VERSION;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** Our note ids become UUID URNs, the Web Annotation way of naming a resource with no address. */
export function annotationId(noteId: string): string {
  return `urn:uuid:${noteId}`;
}

function bodiesOf(note: Note): TextualBody[] {
  const text: TextualBody[] =
    note.body === ''
      ? []
      : [
          {
            type: 'TextualBody',
            value: note.body,
            format: 'text/plain',
            purpose: KIND_MOTIVATION[note.kind],
          },
        ];
  const tags = note.tags.map((tag): TextualBody => ({
    type: 'TextualBody',
    value: tag,
    format: 'text/plain',
    purpose: 'tagging',
  }));
  return [...text, ...tags];
}

function extensionOf(note: Note): BackstoryExtension {
  const { kind, title, canonicalUrl, fingerprint, link, outletId, anchorStatus } = note;
  const extension: BackstoryExtension = { kind, title, canonicalUrl, fingerprint, link, outletId };
  if (anchorStatus) extension.anchorStatus = anchorStatus;
  return extension;
}

/** One note as a Web Annotation. */
export function noteToAnnotation(note: Note): Annotation {
  const target: Annotation['target'] = { source: note.url };
  if (note.target) {
    const { quote, position } = note.target;
    target.selector = [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ];
  }
  return {
    id: annotationId(note.id),
    type: 'Annotation',
    motivation: KIND_MOTIVATION[note.kind],
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    body: bodiesOf(note),
    target,
    [EXTENSION_KEY]: extensionOf(note),
  };
}

/** Options for {@link notesToCollection}; tests pin the ids and the date. */
export interface CollectionOptions {
  now?: number;
  newId?: () => string;
}

/** All notes as one AnnotationCollection, in the order given. */
export function notesToCollection(
  notes: readonly Note[],
  options: CollectionOptions = {},
): AnnotationCollectionFile {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const date = new Date(options.now ?? Date.now()).toISOString().slice(0, 10);
  return {
    '@context': EXPORT_CONTEXT,
    id: annotationId(newId()),
    type: 'AnnotationCollection',
    label: `Backstory notes, exported ${date}`,
    total: notes.length,
    [VERSION_KEY]: NOTES_FORMAT_VERSION,
    first: {
      id: annotationId(newId()),
      type: 'AnnotationPage',
      startIndex: 0,
      items: notes.map(noteToAnnotation),
    },
  };
}

/**
 * The notes file text. U+FFFD is written as the escape `\ufffd`: raw, it would read back as the
 * mark of a file that is not valid UTF-8, and a note may legitimately contain it.
 */
export function exportJsonLd(notes: readonly Note[], options: CollectionOptions = {}): string {
  return JSON.stringify(notesToCollection(notes, options), null, 1).replace(/\uFFFD/g, '\\ufffd');
}
