import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract';
import { parseHtml } from '../../../lib/extract/parse-html';
import { stripCodeAndComments } from '../../../lib/extract/strip-code';

const REAL_PAGES = '/work/shared/real-pages';
const LABELLED = join(import.meta.dirname, '..', '..', 'fixtures', 'recognition', 'pages');
const realPages = existsSync(REAL_PAGES)
  ? readdirSync(REAL_PAGES)
      .map((name) => join(REAL_PAGES, name, 'source.html'))
      .filter((file) => existsSync(file))
  : [];
const labelledPages = readdirSync(LABELLED)
  .filter((name) => name.endsWith('.html'))
  .map((name) => join(LABELLED, name));

describe('stripCodeAndComments', () => {
  test.each([
    ['a script', '<p>a</p><script>var x = "<p>b</p>";</script><p>c</p>', '<p>a</p><p>c</p>'],
    ['a style', '<head><style>p { color: red }</style></head>', '<head></head>'],
    ['a comment', '<p>a<!-- <p>hidden</p> --></p>', '<p>a</p>'],
    ['abruptly closed comments', '<p>a<!-->b<!--->c</p>', '<p>abc</p>'],
    [
      'a comment that holds a script',
      '<!-- <script>x()</script> --><p>a</p><script>y()</script>',
      '<p>a</p>',
    ],
    ['a script that holds a comment', '<script><!-- x() --></script><p>a</p>', '<p>a</p>'],
    [
      'attributes and upper case',
      '<SCRIPT src="/app.js" async></SCRIPT ><Style media="print">b{}</Style><p>a</p>',
      '<p>a</p>',
    ],
    ['a self-closed script', '<script src="/a.js"/></script><p>a</p>', '<p>a</p>'],
  ])('removes %s', (_name, html, expected) => {
    expect(stripCodeAndComments(html)).toBe(expected);
  });

  test.each([
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>'],
    ['JSON-LD in capitals', '<script TYPE="Application/LD+JSON">{"@type":"NewsArticle"}</script>'],
    ['elements that only start like a script', '<scripted-player>a</scripted-player><styles>b</styles>'],
    ['text that mentions tags', '<p>&lt;script&gt;alert(1)&lt;/script&gt; is not a script</p>'],
    ['no code at all', '<p>Only text.</p>'],
  ])('keeps %s', (_name, html) => {
    expect(stripCodeAndComments(html)).toBe(html);
  });

  test.each([
    ['a script', '<p>a</p><script>never(closed)<p>b</p>', '<p>a</p><script>never(closed)<p>b</p>'],
    ['a start tag', '<p>a</p><!-- c --><script src="x', '<p>a</p><script src="x'],
    ['a comment', '<p>a</p><style>b{}</style><!-- open <p>b</p>', '<p>a</p><!-- open <p>b</p>'],
  ])('keeps the rest as it is after %s that is never closed', (_name, html, expected) => {
    expect(stripCodeAndComments(html)).toBe(expected);
  });

  test('finishes on hostile input made of openings that never close', () => {
    // Each opening searching to the end again would take minutes here (quadratic).
    const hostile = `<script>${'</script'.repeat(200_000)}`;
    expect(stripCodeAndComments(`<p>a</p><style></style>${hostile}`)).toBe(`<p>a</p>${hostile}`);
    const comments = '<!--'.repeat(300_000);
    expect(stripCodeAndComments(comments)).toBe(comments);
  });

  // What the background extracts must not change: the same title, byline, dates, language and
  // characters in the same order. Only whitespace may differ: Readability breaks a run of text
  // into paragraphs at a comment (React leaves `<!-- -->` between the pieces of a sentence, so
  // "Page A<!-- -->1" read as "Page A\n\n1") and keeps the spaces either side of a script, so
  // on 4 of the 130 real pages the stripped HTML reads as the browser shows it, where the full
  // HTML did not.
  test.each([...labelledPages, ...realPages])('extraction reads the same from stripped %s', (file) => {
    const html = readFileSync(file, 'utf8');
    const url = 'https://news.example/2026/11/page';
    const characters = (text: string) => text.replace(/\s+/g, '');
    const read = (source: string) => {
      const page = extractArticle(parseHtml(source), { url });
      return page && { ...page, text: characters(page.text) };
    };
    expect(read(stripCodeAndComments(html))).toEqual(read(html));
  });

  test.skipIf(realPages.length === 0)('makes the real pages smaller', () => {
    const sizes = realPages.map((file) => {
      const html = readFileSync(file, 'utf8');
      return { before: html.length, after: stripCodeAndComments(html).length };
    });
    const total = (key: 'before' | 'after') => sizes.reduce((sum, size) => sum + size[key], 0);
    expect(total('after')).toBeLessThan(total('before') * 0.7);
  });
});
