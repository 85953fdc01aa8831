import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blockText } from '../../../lib/extract/block-text';
import { extractArticle } from '../../../lib/extract/extract';
import { guessLanguage, primaryLanguage } from '../../../lib/extract/language';
import { isoDate } from '../../../lib/extract/metadata';
import { parseHtml } from '../../../lib/extract/parse-html';

const REAL_PAGES = '/work/shared/real-pages';
/** Pages whose expected title Readability itself does not reproduce (site-name handling). */
const KNOWN_TITLE_DIFFERENCES = new Set(['mercurial', 'title-en-dash']);
const withTitles = existsSync(REAL_PAGES)
  ? readdirSync(REAL_PAGES).filter(
      (name) =>
        existsSync(join(REAL_PAGES, name, 'expected-metadata.json')) && !KNOWN_TITLE_DIFFERENCES.has(name),
    )
  : [];

const article = (body: string, head = '') =>
  parseHtml(
    `<!doctype html><html lang="en-GB"><head>${head}<title>T</title></head><body><article><h1>Title here</h1>${body}</article></body></html>`,
  );
const LONG = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} has enough words to count as article text for the reader view, with commas, clauses and more words.</p>`,
).join('');

describe('extractArticle', () => {
  test.skipIf(withTitles.length === 0).each(withTitles)(
    'extracts the expected title of real page %s',
    (name) => {
      const expected = JSON.parse(readFileSync(join(REAL_PAGES, name, 'expected-metadata.json'), 'utf8')) as {
        title?: string;
      };
      const page = extractArticle(parseHtml(readFileSync(join(REAL_PAGES, name, 'source.html'), 'utf8')), {
        url: `https://${name}.example/`,
      });
      if (page === null) return; // pages Readability finds no article in have nothing to check
      expect(page.title).toBe(expected.title ?? '');
    },
  );

  test('keeps paragraphs apart even when the HTML has no whitespace between them', () => {
    const page = extractArticle(article(`${LONG}<p>mandate.</p><p>The military</p>`));
    expect(page?.text).toContain('mandate.\n\nThe military');
    expect(page?.text.split('\n\n').length).toBeGreaterThanOrEqual(7);
  });

  test('reads declared metadata before Readability rewrites the page', () => {
    const head =
      '<link rel="canonical" href="/story/1"><meta property="article:published_time" content="2018-11-03T10:00:00+03:00"><meta property="og:site_name" content="Radio">';
    const page = extractArticle(article(LONG, head), { url: 'https://radio.example/a?x=1' });
    expect(page).toMatchObject({
      canonicalUrl: 'https://radio.example/story/1',
      published: '2018-11-03',
      siteName: 'Radio',
      lang: 'en',
    });
  });

  test('returns null above the element limit instead of working on', () => {
    expect(extractArticle(article(LONG), { maxElements: 5 })).toBeNull();
  });

  test('returns null for a page without an article', () => {
    expect(extractArticle(parseHtml('<html><body><form><input name="q"></form></body></html>'))).toBeNull();
  });
});

describe('blockText', () => {
  test.each([
    ['<div><p>One</p><p>Two</p></div>', 'One\n\nTwo'],
    ['<p>Line<br>break</p>', 'Line\nbreak'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['<p>  spaced \n  out  </p><script>x()</script>', 'spaced out'],
  ])('turns %j into %j', (html, text) => {
    const doc = parseHtml(`<html><body><main>${html}</main></body></html>`);
    expect(blockText(doc.querySelector('main') as Node)).toBe(text);
  });
});

describe('language and dates', () => {
  test.each([
    [
      'The ministry said that the letters were sent to the council on Thursday and that the coalition was to blame for the strikes in the city.',
      'en',
    ],
    [
      'El ministerio dijo que las cartas fueron enviadas al consejo el jueves y que la coalición era responsable de los ataques en la ciudad.',
      'es',
    ],
    ['Short.', null],
  ])('guesses the language of %j', (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });

  test.each([
    ['en-GB', 'en'],
    ['ES', 'es'],
    ['not a tag', null],
  ])('reads language tag %j', (tag, language) => {
    expect(primaryLanguage(tag)).toBe(language);
  });

  test.each([
    ['2017-10-24T09:00:00Z', '2017-10-24'],
    ['Tue, 24 Oct 2017 09:00:00 GMT', '2017-10-24'],
    ['soon', null],
  ])('reads date %j', (value, date) => {
    expect(isoDate(value)).toBe(date);
  });
});
