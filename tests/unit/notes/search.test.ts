import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  createSearcher,
  foldForSearch,
  queryTerms,
  searchNotes,
  warmSearchText,
} from '../../../lib/notes/search';
import { idOf, makeNote } from './factory';

const notes = [
  makeNote({ id: idOf(1), title: 'Gas deal signed', body: 'Check the Ministry’s figures', tags: ['energy'] }),
  makeNote({ id: idOf(2), title: 'Élections municipales', body: 'Turnout claim', target: null, tags: [] }),
  makeNote({
    id: idOf(3),
    url: 'https://www.presstv.ir/Detail/2024/01/01/1',
    title: 'Sanctions',
    body: 'Who said this first?',
    tags: ['sanctions', 'follow-up'],
  }),
];
const ids = (found: { id: string }[]) => found.map((note) => note.id);
const search = (query: string) => ids(searchNotes(notes, queryTerms(query)));

describe('note search', () => {
  test.each([
    ['a word of the title', 'gas', [idOf(1)]],
    ['a word of the text, any case', 'TURNOUT', [idOf(2)]],
    ['the quote', 'council met', [idOf(1), idOf(3)]],
    ['a tag', 'follow-up', [idOf(3)]],
    ['the address', 'presstv.ir/detail', [idOf(3)]],
    ['accents ignored both ways', 'elections', [idOf(2)]],
    ['typographic apostrophes fold', "ministry's", [idOf(1)]],
    ['every word must match, in any order', 'sanctions first', [idOf(3)]],
    ['a word in no note', 'zeppelin', []],
    ['words from two different notes match neither', 'gas turnout', []],
    ['an empty query matches everything', '   ', [idOf(1), idOf(2), idOf(3)]],
  ])('finds by %s', (_name, query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  test('query words are folded and deduplicated', () => {
    expect(queryTerms('  Gas  GAS\tdéal ')).toEqual(['gas', 'deal']);
    expect(foldForSearch('A\u00A0B\u2014C')).toBe('a b-c');
  });

  test('words never match across two fields', () => {
    expect(search('signed check')).toEqual([idOf(1)]);
    expect(search('signedcheck')).toEqual([]);
  });

  test('property: the narrowing searcher answers exactly as a fresh search, keystroke by keystroke', () => {
    const words = fc.constantFrom('gas', 'the', 'sanctions', 'ü', 'e', ' ', 'met', 'x');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(words, { maxLength: 6 }).map((parts) => parts.join('')),
          { maxLength: 8 },
        ),
        (typed) => {
          const searcher = createSearcher(notes);
          for (const query of typed) {
            for (let end = 0; end <= query.length; end += 1) {
              const prefix = query.slice(0, end);
              expect(ids(searcher(prefix))).toEqual(search(prefix));
            }
          }
        },
      ),
    );
  });

  test('a changed note is searched by its new text', () => {
    const edited = { ...notes[0]!, body: 'now about pipelines' };
    expect(ids(searchNotes([edited], queryTerms('pipelines')))).toEqual([idOf(1)]);
    expect(ids(searchNotes([edited], queryTerms('ministry')))).toEqual([]);
  });

  test('warming folds the search text in slices and can be stopped', () => {
    const queue: (() => void)[] = [];
    const list = Array.from({ length: 5 }, (_, i) => makeNote({ id: idOf(i) }));
    warmSearchText(list, (run) => queue.push(run), 2);
    let slices = 0;
    for (let run = queue.shift(); run; run = queue.shift()) {
      run();
      slices += 1;
    }
    expect(slices).toBe(3);
    const stopped: (() => void)[] = [];
    const stop = warmSearchText(list, (run) => stopped.push(run), 2);
    stop();
    stopped.shift()!();
    expect(stopped).toHaveLength(0);
  });
});
