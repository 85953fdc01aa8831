import { describe, expect, test } from 'vitest';
import {
  ANNO_CONTEXT,
  BACKSTORY_NS,
  exportJsonLd,
  KIND_MOTIVATION,
  notesToCollection,
  noteToAnnotation,
} from '../../../lib/notes/jsonld';
import { NOTE_KINDS } from '../../../lib/notes/schema';
import { idOf, makeNote } from './factory';

const fixed = { now: Date.UTC(2026, 4, 1), newId: () => 'c0ffee00-0000-4000-8000-000000000000' };

describe('JSON-LD export', () => {
  test('a note becomes a Web Annotation with body, tags, selectors, dates and our extension', () => {
    const note = makeNote({
      tags: ['energy', 'sanctions'],
      kind: 'disputed',
      canonicalUrl: 'https://outlet-a.example/a',
      fingerprint: 'fp-1',
      link: { type: 'claim', id: 'claim-a' },
      outletId: 'outlet-a',
      updatedAt: Date.UTC(2026, 0, 3),
    });
    expect(noteToAnnotation(note)).toEqual({
      id: `urn:uuid:${note.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: '2026-01-02T03:04:05.006Z',
      modified: '2026-01-03T00:00:00.000Z',
      body: [
        { type: 'TextualBody', value: 'My note', format: 'text/plain', purpose: 'assessing' },
        { type: 'TextualBody', value: 'energy', format: 'text/plain', purpose: 'tagging' },
        { type: 'TextualBody', value: 'sanctions', format: 'text/plain', purpose: 'tagging' },
      ],
      target: {
        source: note.url,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'the council met',
            prefix: 'On Tuesday ',
            suffix: ' in the hall',
          },
          { type: 'TextPositionSelector', start: 11, end: 26 },
        ],
      },
      'backstory:note': {
        kind: 'disputed',
        title: 'Article A',
        canonicalUrl: 'https://outlet-a.example/a',
        fingerprint: 'fp-1',
        link: { type: 'claim', id: 'claim-a' },
        outletId: 'outlet-a',
      },
    });
  });

  test.each(NOTE_KINDS.map((kind) => [kind, KIND_MOTIVATION[kind]]))(
    'kind %s is motivated by %s and kept in the extension',
    (kind, motivation) => {
      const annotation = noteToAnnotation(makeNote({ kind }));
      expect(annotation.motivation).toBe(motivation);
      expect(annotation.body[0]?.purpose).toBe(motivation);
      expect(annotation['backstory:note'].kind).toBe(kind);
    },
  );

  test('a note without a quote targets the page alone; an empty text leaves only tag bodies', () => {
    const annotation = noteToAnnotation(makeNote({ target: null, body: '', anchorStatus: 'orphaned' }));
    expect(annotation.target).toEqual({ source: 'https://www.outlet-a.example/news/a' });
    expect(annotation.body.map((body) => body.purpose)).toEqual(['tagging']);
    expect(annotation['backstory:note'].anchorStatus).toBe('orphaned');
  });

  test('the collection names the Web Annotation context first, our namespace and the format version', () => {
    const notes = [makeNote({ id: idOf(1) }), makeNote({ id: idOf(2) })];
    const collection = notesToCollection(notes, fixed);
    expect(collection['@context'][0]).toBe(ANNO_CONTEXT);
    expect(collection['@context'][1]).toMatchObject({ backstory: BACKSTORY_NS });
    expect(collection).toMatchObject({
      id: 'urn:uuid:c0ffee00-0000-4000-8000-000000000000',
      type: 'AnnotationCollection',
      total: 2,
      'backstory:formatVersion': 1,
      label: 'Backstory notes, exported 2026-05-01',
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items.map((item) => item.id)).toEqual([
      `urn:uuid:${idOf(1)}`,
      `urn:uuid:${idOf(2)}`,
    ]);
  });

  test('the file text is JSON with U+FFFD escaped, and parses back to the same collection', () => {
    const notes = [makeNote({ body: 'odd \uFFFD char', title: 'lone \uD800 half' })];
    const text = exportJsonLd(notes, fixed);
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain('\\ufffd');
    expect(JSON.parse(text)).toEqual(notesToCollection(notes, fixed));
  });
});
