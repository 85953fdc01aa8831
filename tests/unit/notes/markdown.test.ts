import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeBlock, escapeInline, markdownUrl } from '../../../lib/notes/markdown-escape';
import { exportMarkdown } from '../../../lib/notes/markdown';
import { idOf, makeNote } from './factory';

/** Removes CommonMark backslash escapes: what a renderer shows for escaped text. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** Markup characters not preceded by an escaping backslash. */
/** What escapeInline drops: control characters other than line breaks. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const bare = (text: string) => text.replace(/\\[!-/:-@[-`{-~]/g, '').match(/[`*_[\]<>#|~&!]/g) ?? [];

describe('Markdown escaping', () => {
  test.each([
    ['emphasis', '*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['a link', '[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['an image', '![x](https://t.example/p.png)', '\\!\\[x\\](https://t.example/p.png)'],
    ['raw HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['an entity', 'AT&amp;T', 'AT\\&amp;T'],
    ['code', '`rm -rf`', '\\`rm -rf\\`'],
    ['a heading and a trailing hash', '# Issue #', '\\# Issue \\#'],
    ['a table cell', 'a | b', 'a \\| b'],
    ['strike-through', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['a backslash', 'C:\\path', 'C:\\\\path'],
    ['line breaks', 'one\ntwo', 'one two'],
  ])('inline: %s', (_name, input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  test.each([
    ['a bullet', '- item', '\\- item'],
    ['a plus bullet', '+ item', '\\+ item'],
    ['an ordered item', '1. item', '1\\. item'],
    ['an ordered item with a parenthesis', '12) item', '12\\) item'],
    ['a setext underline', 'Title\n===', 'Title\\\n\\==='],
    ['a thematic break', '---', '\\---'],
    ['a quote marker', '> quoted', '\\> quoted'],
    ['an indented code block', '    code', 'code'],
    ['paragraphs and line breaks', 'a\nb\n\nc', 'a\\\nb\n\nc'],
  ])('block: %s', (_name, input, expected) => {
    expect(escapeBlock(input)).toBe(expected);
  });

  test('a blockquote prefixes every line, blank lines included', () => {
    expect(escapeBlock('first\n\n- second', '> ')).toBe('> first\n>\n> \\- second');
  });

  test('property: escaped text has no bare markup and unescapes to the same words', () => {
    const markupish = fc.string({ unit: fc.constantFrom(...'*_[]<>#|~&!`\\ab -1.'.split('')) });
    fc.assert(
      fc.property(fc.oneof(markupish, fc.string()), (text) => {
        const escaped = escapeInline(text);
        expect(bare(escaped)).toEqual([]);
        expect(unescape(escaped)).toBe(
          text
            .replace(/[\r\n\t]/g, ' ')
            .replace(CONTROL, '')
            .trim(),
        );
      }),
    );
  });

  test('link destinations cannot break out of their angle brackets', () => {
    expect(markdownUrl('https://a.example/x y>(z)')).toBe('<https://a.example/x%20y%3E(z)>');
  });
});

describe('Markdown export', () => {
  const now = Date.UTC(2026, 4, 1, 9, 30);

  test('groups notes by page, newest page first, with quote, text, kind, tags and date', () => {
    const notes = [
      makeNote({ id: idOf(1), createdAt: Date.UTC(2026, 0, 1), body: 'First *note*', tags: ['a_b', 'c'] }),
      makeNote({
        id: idOf(2),
        url: 'https://b.example/story',
        title: 'B [story]',
        kind: 'question',
        target: null,
        createdAt: Date.UTC(2026, 0, 5, 14, 3),
      }),
      makeNote({ id: idOf(3), createdAt: Date.UTC(2026, 0, 2), kind: 'disputed', anchorStatus: 'orphaned' }),
    ];
    const markdown = exportMarkdown(notes, now);
    expect(markdown).toBe(
      [
        '# Backstory notes',
        'Exported 2026-05-01 09:30 UTC: 3 notes on 2 pages.',
        '## [B \\[story\\]](<https://b.example/story>)',
        '1 note',
        '### Question · 2026-01-05 14:03 UTC',
        'My note',
        'Tags: mine',
        '## [Article A](<https://www.outlet-a.example/news/a>)',
        '2 notes',
        '### Comment · 2026-01-01 00:00 UTC',
        '> the council met',
        'First \\*note\\*',
        'Tags: a\\_b, c',
        '### Disputed · 2026-01-02 00:00 UTC (not found on the page)',
        '> the council met',
        'My note',
        'Tags: mine',
      ].join('\n\n') + '\n',
    );
  });

  test('notes on copies of a page group under its canonical URL and say where they were written', () => {
    const canonicalUrl = 'https://outlet-a.example/a';
    const notes = [
      makeNote({ id: idOf(1), canonicalUrl }),
      makeNote({ id: idOf(2), canonicalUrl, url: 'https://m.outlet-a.example/a', title: '' }),
    ];
    const markdown = exportMarkdown(notes, now);
    expect(markdown.match(/^## /gm)).toHaveLength(1);
    expect(markdown).toContain(`## [Article A](<${canonicalUrl}>)`);
    expect(markdown).toContain('Written on <https://m.outlet-a.example/a>');
  });

  test('a page without a title is linked by its address, escaped', () => {
    const markdown = exportMarkdown([makeNote({ title: '  ', url: 'https://a.example/under_score' })], now);
    expect(markdown).toContain('## [https://a.example/under\\_score](<https://a.example/under_score>)');
  });
});
