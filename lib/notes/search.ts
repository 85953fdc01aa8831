/**
 * Full-text search over notes while the reader types: every query word must occur somewhere in
 * the note's title, text, quote, tags or address (in any order, ignoring case, accents and
 * typographic quote and dash variants). It scans one folded string per note; the folded strings
 * are cached per note object, and a query that only adds letters searches only the previous
 * results, so each keystroke over 10,000 notes stays in single milliseconds (scripts/bench-notes.ts).
 */
import type { Note } from './schema';

const QUOTES_AND_DASHES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

/** Text that is plain ASCII needs only lower-casing and spaces folded: the common, fast case. */
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007F]*$/;

/** Folds text for matching: compatibility forms, no accents, lower case, one space between words. */
export function foldForSearch(text: string): string {
  const plain = ASCII.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(
          /[\u2018\u2019\u201C\u201D\u00AB\u00BB\u2010\u2011\u2013\u2014\u2212]/g,
          (c) => QUOTES_AND_DASHES[c]!,
        );
  // Only runs and non-space whitespace are replaced: rewriting every single space costs more.
  return plain.replace(/\s\s+|[^\S ]/g, ' ');
}

/** The query's distinct words, folded; an empty list means "everything". */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      foldForSearch(query)
        .split(' ')
        .filter((term) => term !== ''),
    ),
  ];
}

const haystacks = new WeakMap<Note, string>();

/** Joins fields in the search text; it is not whitespace, so no folded query word spans two fields. */
const FIELD_SEPARATOR = '\u0001';

/** The folded text a note is searched in; each field is folded alone, so ASCII fields stay fast. */
export function haystackOf(note: Note): string {
  let text = haystacks.get(note);
  if (text === undefined) {
    const fields = [note.title, note.body, note.target?.quote.exact ?? '', note.tags.join(' '), note.url];
    if (note.canonicalUrl) fields.push(note.canonicalUrl);
    text = fields.map(foldForSearch).join(FIELD_SEPARATOR);
    haystacks.set(note, text);
  }
  return text;
}

/** Notes containing every term, in the order given. */
export function searchNotes(notes: readonly Note[], terms: readonly string[]): Note[] {
  if (terms.length === 0) return [...notes];
  return notes.filter((note) => {
    const text = haystackOf(note);
    return terms.every((term) => text.includes(term));
  });
}

/** True when every old term is inside some new term, so the new results are a subset of the old. */
function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.length > 0 && previous.every((old) => next.some((term) => term.includes(old)));
}

/** A search over a fixed list of notes that remembers its last answer to narrow the next one. */
export function createSearcher(notes: readonly Note[]): (query: string) => Note[] {
  let lastTerms: string[] = [];
  let lastResults: readonly Note[] = notes;
  return (query) => {
    const terms = queryTerms(query);
    const pool = narrows(lastTerms, terms) ? lastResults : notes;
    lastResults = searchNotes(pool, terms);
    lastTerms = terms;
    return [...lastResults];
  };
}

/**
 * Folds the search text of `notes` in slices between other work, so that the first keystroke
 * after the popup opens finds it ready. Answers a function that stops the warming.
 */
export function warmSearchText(
  notes: readonly Note[],
  schedule: (run: () => void) => void = (run) => setTimeout(run, 0),
  slice = 500,
): () => void {
  let index = 0;
  let stopped = false;
  const step = () => {
    if (stopped) return;
    const end = Math.min(notes.length, index + slice);
    for (; index < end; index += 1) haystackOf(notes[index]!);
    if (index < notes.length) schedule(step);
  };
  schedule(step);
  return () => {
    stopped = true;
  };
}
