/**
 * Reading a notes file: size, encoding and JSON (shared with packs), then forbidden keys, format
 * version, shape, every field, and duplicate ids. Every failure names the path of the bad field,
 * and nothing is written: the caller stores the notes only when the whole file is good.
 */
import * as v from 'valibot';
import { describeIssues, parseJsonText } from '../corpus/parse-pack';
import { fail, ok, type Result } from '../result';
import { EXTENSION_KEY, NOTES_FORMAT_VERSION, VERSION_KEY } from './jsonld';
import { AnnotationArraySchema, FILE_SHAPES, type AnnotationIn } from './jsonld-schema';
import { findForbiddenKey } from './safe-json';
import { NoteDraftSchema, type Note } from './schema';
import { noteSite } from './stored';

const INVALID = 'Invalid notes file:';

/** The annotations of a file in any of its shapes, with the path they sit at. */
function readItems(data: unknown): Result<{ items: AnnotationIn[]; path: string }> {
  if (Array.isArray(data)) return checked(AnnotationArraySchema, data, (items) => ({ items, path: '' }));
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  if (type !== 'AnnotationCollection' && type !== 'AnnotationPage') {
    return fail(
      'This is not a Backstory notes file: expected a Web Annotation collection (JSON-LD), page or array.',
    );
  }
  const version = (data as Record<string, unknown>)[VERSION_KEY];
  if (typeof version === 'number' && version > NOTES_FORMAT_VERSION) {
    return fail(
      `This notes file uses format version ${version}; this version of Backstory reads version ${NOTES_FORMAT_VERSION}. Update Backstory to import it.`,
    );
  }
  const shape = FILE_SHAPES[type];
  return checked(shape.schema, data, (file) => ({
    items: 'first' in file ? file.first.items : file.items,
    path: shape.path,
  }));
}

function checked<S extends v.GenericSchema, T>(
  schema: S,
  data: unknown,
  pick: (output: v.InferOutput<S>) => T,
): Result<T> {
  const parsed = v.safeParse(schema, data);
  return parsed.success ? ok(pick(parsed.output)) : fail(`${INVALID} ${describeIssues(parsed.issues)}`);
}

/**
 * One read Annotation as a note, or what is wrong with it; the error starts with its path relative
 * to the annotation (`.target.selector: ...`) so the caller can put the annotation's path in front.
 */
export function annotationToNote(annotation: AnnotationIn): Result<Note> {
  const { body, target, id, created, modified } = annotation;
  const extension = annotation[EXTENSION_KEY];
  const quote = target.selector.filter((selector) => selector.type === 'TextQuoteSelector');
  const position = target.selector.filter((selector) => selector.type === 'TextPositionSelector');
  if (quote.length > 1 || position.length > 1 || quote.length !== position.length) {
    return fail(
      '.target.selector: needs one TextQuoteSelector and one TextPositionSelector, or no selector at all',
    );
  }
  const draft = v.safeParse(NoteDraftSchema, {
    url: target.source,
    canonicalUrl: extension.canonicalUrl,
    title: extension.title,
    fingerprint: extension.fingerprint,
    body: body.find((item) => item.purpose !== 'tagging')?.value ?? '',
    tags: body.filter((item) => item.purpose === 'tagging').map((item) => item.value),
    kind: extension.kind,
    target:
      quote[0] && position[0]
        ? {
            quote: { exact: quote[0].exact, prefix: quote[0].prefix, suffix: quote[0].suffix },
            position: { start: position[0].start, end: position[0].end },
          }
        : null,
    link: extension.link,
    outletId: extension.outletId,
  });
  // The annotation schema already applies the note's rules, so this is a second line of defence.
  if (!draft.success) return fail(` (as a note) ${describeIssues(draft.issues)}`);
  const note: Note = {
    ...draft.output,
    id,
    site: noteSite(draft.output.url),
    createdAt: created,
    updatedAt: modified,
  };
  if (extension.anchorStatus) note.anchorStatus = extension.anchorStatus;
  return ok(note);
}

/** Validates parsed JSON as a notes file and answers its notes, in file order. */
export function validateNotesFile(data: unknown): Result<Note[]> {
  const forbidden = findForbiddenKey(data);
  if (forbidden) return fail(`${INVALID} ${forbidden}: the key "__proto__" is not allowed.`);
  const read = readItems(data);
  if (!read.ok) return read;
  const { items, path } = read.value;
  const seen = new Map<string, number>();
  const notes: Note[] = [];
  for (const [index, item] of items.entries()) {
    const where = `${path}[${index}]`;
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      return fail(`${INVALID} ${where}.id: duplicate id "urn:uuid:${item.id}" (also at ${path}[${earlier}])`);
    }
    seen.set(item.id, index);
    const note = annotationToNote(item);
    if (!note.ok) return fail(`${INVALID} ${where}${note.error}`);
    notes.push(note.value);
  }
  return ok(notes);
}

/** Reads notes file text all the way to validated notes. */
export function readNotesText(text: string): Result<Note[]> {
  const json = parseJsonText(text, 'notes file');
  return json.ok ? validateNotesFile(json.value) : json;
}
