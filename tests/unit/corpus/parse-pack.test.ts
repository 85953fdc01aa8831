import { describe, expect, test } from 'vitest';
import { readPackText } from '../../../lib/corpus/parse-pack';
import { testPack } from '../../helpers/packs';

const valid = JSON.stringify(testPack());
const edit = (change: (pack: Record<string, unknown>) => void) => {
  const pack = JSON.parse(valid) as Record<string, unknown>;
  change(pack);
  return JSON.stringify(pack);
};
const first = (key: string) => (pack: Record<string, unknown>) =>
  (pack[key] as Record<string, unknown>[])[0]!;

describe('reading pack files', () => {
  test('a valid pack reads back as the same pack, with or without a BOM', () => {
    expect(readPackText(valid)).toEqual({ ok: true, value: testPack() });
    expect(readPackText('\uFEFF' + valid)).toEqual({ ok: true, value: testPack() });
  });

  test.each([
    ['empty file', '', /empty/],
    ['truncated file', valid.slice(0, valid.length / 2), /not valid JSON \(it may be truncated\)/],
    ['not an object', '[1,2,3]', /expected a JSON object/],
    ['another format', JSON.stringify({ format: 'other' }), /"format" must be "backstory-pack"/],
    ['a future format version', edit((p) => (p.formatVersion = 9)), /format version 9.*reads version 1/],
    ['invalid UTF-8 (decoded as U+FFFD)', valid.replace('Outlet A', 'Outlet \uFFFD'), /not valid UTF-8/],
    ['version as a string', edit((p) => (p.version = '2')), /^Invalid pack: version: /],
    ['a missing field', edit((p) => delete first('outlets')(p).name), /outlets\[0\]\.name/],
    ['a wrong type', edit((p) => (first('outlets')(p).domains = 'presstv.ir')), /outlets\[0\]\.domains/],
    ['an unknown status', edit((p) => (first('claims')(p).status = 'fake')), /claims\[0\]\.status/],
    [
      'a javascript: URL',
      edit((p) => (first('sources')(p).url = 'javascript:alert(1)')),
      /sources\[0\]\.url: must be an http\(s\) URL/,
    ],
    [
      'an uncited fact',
      edit((p) => (first('outlets')(p).country = { text: 'X', sources: [], confidence: 'H' })),
      /outlets\[0\]\.country\.sources: must cite at least one source/,
    ],
    [
      'a __proto__ key',
      valid.replace('"id":"outlet-a"', '"__proto__":{"polluted":true},"id":"outlet-a"'),
      /outlets\[0\]/,
    ],
    [
      'a duplicate id',
      edit((p) => (p.sources = [first('sources')(p), first('sources')(p)])),
      /sources\[1\]\.id: duplicate id "src-a"/,
    ],
    [
      'a dangling source',
      edit((p) => (first('reports')(p).sources = ['src-missing'])),
      /reports\[0\]\.sources\[0\]: unknown source "src-missing"/,
    ],
    [
      'a dangling story',
      edit((p) => (first('claims')(p).storyId = 'story-missing')),
      /claims\[0\]\.storyId\[0\]: unknown story/,
    ],
  ])('%s is refused with a message naming the problem', (_name, text, message) => {
    const result = readPackText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a 50 MB file is refused by size before it is parsed', () => {
    const huge = valid + ' '.repeat(50 * 1024 * 1024);
    const result = readPackText(huge);
    expect(result).toEqual({ ok: false, error: 'This pack file is 50.0 MB; the limit is 32.0 MB.' });
  });
});
