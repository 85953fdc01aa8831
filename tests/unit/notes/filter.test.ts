import { describe, expect, test } from 'vitest';
import { matchesFilter, NO_FILTER, noteFacets, notesOnPage, sortNotes } from '../../../lib/notes/filter';
import { noteIdFromHash, noteOpenUrl } from '../../../lib/notes/links';
import { idOf, makeNote } from './factory';

const a = makeNote({ id: idOf(1), tags: ['x', 'y'], outletId: 'press-tv', createdAt: 3 });
const b = makeNote({ id: idOf(2), url: 'https://b.example/p', kind: 'question', tags: ['y'], createdAt: 1 });
const c = makeNote({
  id: idOf(3),
  url: 'https://b.example/q',
  anchorStatus: 'orphaned',
  tags: [],
  createdAt: 2,
});
const all = [a, b, c];
const passing = (filter: Partial<typeof NO_FILTER>) =>
  all.filter((note) => matchesFilter(note, { ...NO_FILTER, ...filter })).map((note) => note.id);

describe('filters and sort', () => {
  test.each([
    ['no filter', {}, [idOf(1), idOf(2), idOf(3)]],
    ['a site', { site: 'b.example' }, [idOf(2), idOf(3)]],
    ['the www-less site', { site: 'outlet-a.example' }, [idOf(1)]],
    ['an outlet', { outletId: 'press-tv' }, [idOf(1)]],
    ['a tag', { tag: 'y' }, [idOf(1), idOf(2)]],
    ['a kind', { kind: 'question' as const }, [idOf(2)]],
    ['orphaned only', { orphanedOnly: true }, [idOf(3)]],
    ['two filters at once', { site: 'b.example', tag: 'y' }, [idOf(2)]],
  ])('%s', (_name, filter, expected) => {
    expect(passing(filter)).toEqual(expected);
  });

  test('sorts by the date written, newest or oldest first', () => {
    expect(sortNotes(all, 'newest').map((note) => note.createdAt)).toEqual([3, 2, 1]);
    expect(sortNotes(all, 'oldest').map((note) => note.createdAt)).toEqual([1, 2, 3]);
    expect(all.map((note) => note.createdAt)).toEqual([3, 1, 2]);
  });

  test('facets list the choices present, most used first, with counts', () => {
    expect(noteFacets(all)).toEqual({
      sites: [
        { value: 'b.example', count: 2 },
        { value: 'outlet-a.example', count: 1 },
      ],
      outlets: [{ value: 'press-tv', count: 1 }],
      tags: [
        { value: 'y', count: 2 },
        { value: 'x', count: 1 },
      ],
    });
  });

  test('this page: same address (fragment aside) or a canonical address shared with it', () => {
    const canonicalUrl = 'https://outlet.example/a';
    const here = makeNote({ id: idOf(4), url: 'https://m.outlet.example/a', canonicalUrl });
    const copy = makeNote({ id: idOf(5), url: 'https://outlet.example/a?amp=1', canonicalUrl });
    const other = makeNote({ id: idOf(6), url: 'https://outlet.example/b' });
    const found = notesOnPage([here, copy, other], 'https://m.outlet.example/a#section');
    expect(found.map((note) => note.id)).toEqual([idOf(4), idOf(5)]);
    expect(notesOnPage([here, copy, other], 'https://outlet.example/a')).toHaveLength(2);
    expect(notesOnPage([here, other], 'https://elsewhere.example/')).toEqual([]);
  });
});

describe('opening a note', () => {
  test('the note URL carries #backstory-note=<id> in place of any fragment', () => {
    const url = noteOpenUrl({ id: idOf(1), url: 'https://a.example/x?y=1#old' });
    expect(url).toBe(`https://a.example/x?y=1#backstory-note=${idOf(1)}`);
    expect(noteIdFromHash(new URL(url).hash)).toBe(idOf(1));
    expect(noteIdFromHash('#other')).toBeNull();
  });
});
