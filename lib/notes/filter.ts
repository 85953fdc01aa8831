/**
 * The popup's filters and sort, as pure functions over the notes list. A filter left at null
 * lets every note through. "Orphaned" means the page last reported it could not find the
 * note's quote again (`anchorStatus: 'orphaned'`, see schema.ts).
 */
import type { Note, NoteKind } from './schema';

/** What the reader filters by. */
export interface NoteFilter {
  site: string | null;
  outletId: string | null;
  tag: string | null;
  kind: NoteKind | null;
  orphanedOnly: boolean;
}

/** No filter at all. */
export const NO_FILTER: NoteFilter = {
  site: null,
  outletId: null,
  tag: null,
  kind: null,
  orphanedOnly: false,
};

/** Sort orders by the date a note was written. */
export type NoteSort = 'newest' | 'oldest';

/** Whether a note passes every filter. */
export function matchesFilter(note: Note, filter: NoteFilter): boolean {
  return (
    (filter.site === null || note.site === filter.site) &&
    (filter.outletId === null || note.outletId === filter.outletId) &&
    (filter.tag === null || note.tags.includes(filter.tag)) &&
    (filter.kind === null || note.kind === filter.kind) &&
    (!filter.orphanedOnly || note.anchorStatus === 'orphaned')
  );
}

/** Notes sorted by when they were written; ties fall back to the id so the order is stable. */
export function sortNotes(notes: readonly Note[], sort: NoteSort): Note[] {
  const sign = sort === 'newest' ? -1 : 1;
  return [...notes].sort((a, b) => sign * (a.createdAt - b.createdAt) || a.id.localeCompare(b.id));
}

/** One filter choice with how many notes it has. */
export interface FacetValue {
  value: string;
  count: number;
}

/** The choices each filter offers, from the notes themselves, most used first. */
export interface NoteFacets {
  sites: FacetValue[];
  outlets: FacetValue[];
  tags: FacetValue[];
}

function tally(values: Iterable<string>): FacetValue[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The filter choices present in these notes. */
export function noteFacets(notes: readonly Note[]): NoteFacets {
  return {
    sites: tally(notes.map((note) => note.site).filter((site) => site !== '')),
    outlets: tally(notes.flatMap((note) => (note.outletId ? [note.outletId] : []))),
    tags: tally(notes.flatMap((note) => note.tags)),
  };
}

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * The notes made on the page at `pageUrl`: the same address, or the same canonical address as a
 * note made at this address (the popup knows the tab's URL, and notes know their canonical URL).
 */
export function notesOnPage(notes: readonly Note[], pageUrl: string): Note[] {
  const page = withoutHash(pageUrl);
  const keys = new Set([page]);
  for (const note of notes)
    if (withoutHash(note.url) === page && note.canonicalUrl) keys.add(note.canonicalUrl);
  return notes.filter(
    (note) => keys.has(withoutHash(note.url)) || (note.canonicalUrl !== null && keys.has(note.canonicalUrl)),
  );
}
