/* eslint-disable @typescript-eslint/no-explicit-any -- the table edits parsed JSON at arbitrary paths */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportJsonLd } from '../../../lib/notes/jsonld';
import { readNotesText, validateNotesFile } from '../../../lib/notes/import';
import { idOf, makeNote, noteArbitrary } from './factory';

const notes = [makeNote({ id: idOf(1) }), makeNote({ id: idOf(2), kind: 'question', tags: [] })];
const valid = exportJsonLd(notes);
/** The export, changed by `change` on its parsed JSON. */
const edit = (change: (file: Record<string, any>) => void) => {
  const file = JSON.parse(valid) as Record<string, any>;
  change(file);
  return JSON.stringify(file);
};
const item = (file: Record<string, any>, index = 0) => file.first.items[index] as Record<string, any>;

describe('reading notes files', () => {
  test('an export reads back as the same notes, with or without a BOM', () => {
    expect(readNotesText(valid)).toStrictEqual({ ok: true, value: notes });
    expect(readNotesText('\uFEFF' + valid)).toEqual({ ok: true, value: notes });
  });

  test('an AnnotationPage or a plain array of annotations reads too', () => {
    const file = JSON.parse(valid) as Record<string, any>;
    expect(validateNotesFile(file.first)).toEqual({ ok: true, value: notes });
    expect(validateNotesFile(file.first.items)).toEqual({ ok: true, value: notes });
  });

  test.each([
    ['an empty file', '', /empty/],
    [
      'a truncated file',
      valid.slice(0, Math.floor(valid.length * 0.6)),
      /not valid JSON \(it may be truncated\)/,
    ],
    ['invalid UTF-8 (decoded as U+FFFD)', valid.replace('My note', 'My \uFFFD note'), /not valid UTF-8/],
    ['not a notes file', JSON.stringify({ format: 'backstory-pack' }), /not a Backstory notes file/],
    ['a number', '42', /not a Backstory notes file/],
    [
      'a future format version',
      edit((f) => (f['backstory:formatVersion'] = 2)),
      /format version 2; this version of Backstory reads version 1/,
    ],
    [
      'a version of the wrong type',
      edit((f) => (f['backstory:formatVersion'] = '1')),
      /backstory:formatVersion: must be 1/,
    ],
    ['items not an array', edit((f) => (f.first.items = {})), /first\.items: Invalid type/],
    ['a missing id', edit((f) => delete item(f).id), /first\.items\[0\]\.id: Invalid key/],
    [
      'an id that is not a UUID URN',
      edit((f) => (item(f).id = 'note-1')),
      /first\.items\[0\]\.id: must be a "urn:uuid:" id/,
    ],
    [
      'an id with odd characters',
      edit((f) => (item(f).id = 'urn:uuid:a/b')),
      /first\.items\[0\]\.id: must be a note id/,
    ],
    ['a wrong type', edit((f) => (item(f).type = 'Note')), /first\.items\[0\]\.type: Invalid type/],
    [
      'a date that is not ISO',
      edit((f) => (item(f, 1).created = 'yesterday')),
      /first\.items\[1\]\.created: must be an ISO 8601/,
    ],
    [
      'a date as a number',
      edit((f) => (item(f).modified = 1767225600000)),
      /first\.items\[0\]\.modified: Invalid type/,
    ],
    [
      'a date before 1970',
      edit((f) => (item(f).created = '1969-12-31T23:59:59Z')),
      /created: must not be before 1970/,
    ],
    ['a missing target', edit((f) => delete item(f).target), /first\.items\[0\]\.target: Invalid key/],
    [
      'a javascript: source',
      edit((f) => (item(f).target.source = 'javascript:alert(1)')),
      /first\.items\[0\]\.target\.source: must be an http\(s\) URL/,
    ],
    [
      'an empty quote',
      edit((f) => (item(f).target.selector[0].exact = '')),
      /target\.selector\[0\]\.exact: the quote must not be empty/,
    ],
    [
      'a negative position',
      edit((f) => (item(f).target.selector[1].start = -1)),
      /target\.selector\[1\]\.start/,
    ],
    [
      'a fractional position',
      edit((f) => (item(f).target.selector[1].end = 2.5)),
      /target\.selector\[1\]\.end/,
    ],
    [
      'an unknown selector',
      edit((f) => (item(f).target.selector[0].type = 'CssSelector')),
      /target\.selector\[0\]\.type/,
    ],
    [
      'a quote without a position',
      edit((f) => item(f).target.selector.pop()),
      /first\.items\[0\]\.target\.selector: needs one TextQuoteSelector and one TextPositionSelector/,
    ],
    [
      'a body of the wrong type',
      edit((f) => (item(f).body = 'text')),
      /first\.items\[0\]\.body: Invalid type/,
    ],
    [
      'a number as text',
      edit((f) => (item(f).body[0].value = 7)),
      /first\.items\[0\]\.body\[0\]\.value: Invalid type/,
    ],
    ['HTML bodies', edit((f) => (item(f).body[0].format = 'text/html')), /body\[0\]\.format/],
    [
      'two text bodies',
      edit((f) => item(f).body.push({ ...item(f).body[0] })),
      /first\.items\[0\]\.body: has more than one text body/,
    ],
    ['an empty tag', edit((f) => (item(f).body[1].value = '  ')), /first\.items\[0\]\.body\[1\]\.value/],
    [
      'too many tags',
      edit((f) => {
        for (let n = 0; n < 21; n += 1)
          item(f).body.push({ type: 'TextualBody', value: `t${n}`, purpose: 'tagging' });
      }),
      /body: has more than 20 tags/,
    ],
    [
      'a text over 10,000 characters',
      edit((f) => (item(f).body[0].value = 'x'.repeat(10_001))),
      /body\[0\]\.value/,
    ],
    [
      'a missing extension',
      edit((f) => delete item(f)['backstory:note']),
      /first\.items\[0\]\.backstory:note: Invalid key/,
    ],
    [
      'an unknown kind',
      edit((f) => (item(f)['backstory:note'].kind = 'rumour')),
      /backstory:note\.kind: Invalid type/,
    ],
    [
      'an unknown extension field',
      edit((f) => (item(f)['backstory:note'].extra = 1)),
      /backstory:note\.extra/,
    ],
    [
      'a bad corpus link',
      edit((f) => (item(f)['backstory:note'].link = { type: 'x', id: 'y' })),
      /backstory:note\.link/,
    ],
    [
      'a __proto__ key',
      valid.replace('"kind": "comment"', '"__proto__": {"polluted": true}, "kind": "comment"'),
      /first\.items\[0\]\.backstory:note\.__proto__: the key "__proto__" is not allowed/,
    ],
    [
      'a duplicate id',
      edit((f) => (item(f, 1).id = item(f, 0).id)),
      new RegExp(
        `first\\.items\\[1\\]\\.id: duplicate id "urn:uuid:${idOf(1)}" \\(also at first\\.items\\[0\\]\\)`,
      ),
    ],
  ])('%s is refused with a message naming the problem', (_name, text, message) => {
    const result = readNotesText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a 100 MB file is refused by its size before it is parsed', () => {
    const huge = valid + ' '.repeat(100 * 1024 * 1024);
    expect(readNotesText(huge)).toEqual({
      ok: false,
      error: 'This notes file is 100.0 MB; the limit is 32.0 MB.',
    });
  });

  test('a deeply nested file is refused without overflowing the stack', () => {
    const deep = `{"type":"AnnotationPage","items":[${'['.repeat(5000)}${']'.repeat(5000)}]}`;
    const result = readNotesText(deep);
    expect(result.ok).toBe(false);
  });

  test('property: export then read gives the same notes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(noteArbitrary, { selector: (note) => note.id, maxLength: 8 }),
        (generated) => {
          expect(readNotesText(exportJsonLd(generated))).toStrictEqual({ ok: true, value: generated });
        },
      ),
      { numRuns: 200 },
    );
  });
});
