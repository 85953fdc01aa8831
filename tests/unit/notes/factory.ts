/** Test notes: a valid stored note with overrides, and a fast-check arbitrary of valid notes. */
import fc from 'fast-check';
import { NOTE_KINDS, type Note } from '../../../lib/notes/schema';
import { LAST_TIME, noteSite } from '../../../lib/notes/stored';

/** A valid stored note; `overrides` replaces fields (the site follows the URL unless given). */
export function makeNote(overrides: Partial<Note> = {}): Note {
  const url = overrides.url ?? 'https://www.outlet-a.example/news/a';
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    url,
    canonicalUrl: null,
    title: 'Article A',
    fingerprint: null,
    body: 'My note',
    tags: ['mine'],
    kind: 'comment',
    target: {
      quote: { exact: 'the council met', prefix: 'On Tuesday ', suffix: ' in the hall' },
      position: { start: 11, end: 26 },
    },
    link: null,
    outletId: null,
    site: noteSite(url),
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5, 6),
    updatedAt: Date.UTC(2026, 0, 2, 3, 4, 5, 6),
    ...overrides,
  };
}

/** Numbered UUID-shaped ids, so lists of notes sort predictably. */
export function idOf(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Records with Object.prototype, like notes read from JSON or IndexedDB. */
const plain = { noNullPrototype: true } as const;
/** Awkward characters: U+FFFD, a lone surrogate, a BOM, a line separator, JSON and HTML syntax. */
const awkward = fc.constantFrom('\uFFFD', '\uD800', '\uFEFF', '\u2028', '"', '\\', '<', '*', 'a', ' ');
const text = (maxLength: number) =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: awkward, maxLength }));
const tag = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 50 })
  .map((value) => value.trim())
  .filter((value) => value.length > 0);
const time = fc.integer({ min: 0, max: LAST_TIME });
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((value) => {
  try {
    return /^https?:\/\//i.test(value) && new URL(value).host !== '';
  } catch {
    return false;
  }
});

/** Any note the extension could have stored, including awkward text (lone surrogates, U+FFFD). */
export const noteArbitrary: fc.Arbitrary<Note> = fc
  .record(
    {
      id: fc.uuid(),
      url,
      canonicalUrl: fc.option(url, { nil: null }),
      title: text(500),
      fingerprint: fc.option(text(200), { nil: null }),
      body: text(400),
      tags: fc.array(tag, { maxLength: 20 }),
      kind: fc.constantFrom(...NOTE_KINDS),
      target: fc.option(
        fc.record(
          {
            quote: fc.record(
              {
                exact: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
                prefix: text(200),
                suffix: text(200),
              },
              plain,
            ),
            position: fc.record({ start: fc.nat(), end: fc.nat() }, plain),
          },
          plain,
        ),
        { nil: null },
      ),
      link: fc.option(
        fc.record({ type: fc.constantFrom('outlet' as const, 'claim' as const), id: text(80) }, plain),
        {
          nil: null,
        },
      ),
      outletId: fc.option(text(80), { nil: null }),
      createdAt: time,
      updatedAt: time,
      anchorStatus: fc.constantFrom(undefined, 'anchored' as const, 'orphaned' as const),
    },
    plain,
  )
  .map(({ anchorStatus, ...fields }) => {
    const note: Note = { ...fields, site: noteSite(fields.url) };
    if (anchorStatus) note.anchorStatus = anchorStatus;
    return note;
  });
