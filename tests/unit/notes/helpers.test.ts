import { describe, expect, test } from 'vitest';
import { readNotesFile } from '../../../lib/notes/file-text';
import { findForbiddenKey } from '../../../lib/notes/safe-json';
import { importSummary } from '../../../lib/notes/summary';
import { formatTags, parseTags } from '../../../lib/notes/tags';

describe('editor tags', () => {
  test.each([
    ['a, b ,c', ['a', 'b', 'c']],
    [' a,,a , ', ['a']],
    ['', []],
  ])('%j reads as %j', (text, tags) => {
    expect(parseTags(text)).toEqual({ ok: true, value: tags });
    expect(parseTags(formatTags(tags))).toEqual({ ok: true, value: tags });
  });

  test('too long or too many tags are refused', () => {
    expect(parseTags('x'.repeat(51))).toMatchObject({ ok: false, error: /at most 50 characters/ });
    expect(parseTags(Array.from({ length: 21 }, (_, i) => `t${i}`).join(','))).toMatchObject({
      ok: false,
      error: /at most 20 tags/,
    });
  });
});

describe('import summary', () => {
  test.each([
    [{ added: 3, updated: 0, skipped: 2 }, 'Imported 3, skipped 2 already present.'],
    [{ added: 0, updated: 1, skipped: 0 }, 'Imported 0, updated 1 from a newer copy.'],
    [{ added: 5, updated: 0, skipped: 0 }, 'Imported 5.'],
    [{ added: 0, updated: 0, skipped: 0 }, 'Nothing to import: the file has no notes.'],
  ])('%j', (counts, sentence) => {
    expect(importSummary(counts)).toBe(sentence);
  });
});

describe('reading a chosen file', () => {
  test('UTF-8 text reads, without its BOM; other bytes are refused', async () => {
    expect(await readNotesFile(new Blob(['\uFEFF{"a":"é"}']))).toEqual({
      ok: true,
      value: '{"a":"é"}',
    });
    expect(await readNotesFile(new Blob([new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])]))).toEqual({
      ok: false,
      error: 'This notes file is not valid UTF-8 text.',
    });
  });

  test('a 100 MB file is refused by its size without being read', async () => {
    const huge = { size: 100 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) } as Blob;
    expect(await readNotesFile(huge)).toEqual({
      ok: false,
      error: 'This notes file is 100.0 MB; the limit is 32.0 MB.',
    });
  });
});

describe('forbidden keys', () => {
  test('finds __proto__ at any depth and names its path', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":1},{"__proto__":{}}]}'))).toBe('a[1].__proto__');
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":{"constructor":1}}]}'))).toBeNull();
  });
});
