import { describe, expect, test } from 'vitest';
import { collectGateSignals, jsonLdTypes } from '../../../lib/extract/gate-signals';
import { parseHtml } from '../../../lib/extract/parse-html';
import { gatePage, MAX_GATE_ELEMENTS } from '../../../lib/recognition/gate';

describe('collectGateSignals', () => {
  test.each([
    ['{"@type":"NewsArticle","headline":"x"}', ['NewsArticle']],
    [
      '{"@graph":[{"@type":["WebPage","ReportageNewsArticle"]},{"@type":"Organization"}]}',
      ['WebPage', 'ReportageNewsArticle', 'Organization'],
    ],
    ['not json at all', []],
  ])('reads JSON-LD types from %j', (json, types) => {
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`,
    );
    expect(jsonLdTypes(doc)).toEqual(types);
  });

  test('skips the readerable check when markup already says "article"', () => {
    const doc = parseHtml(
      '<html><head><meta property="og:type" content="Article"></head><body><p>x</p></body></html>',
    );
    expect(collectGateSignals(doc)).toMatchObject({ ogType: 'article', readerable: null });
  });

  test('runs the readerable check on pages without markup', () => {
    const paragraphs = Array.from(
      { length: 8 },
      () => `<p>${'Words of a long enough paragraph for the reader view. '.repeat(6)}</p>`,
    ).join('');
    const doc = parseHtml(`<html><body><div>${paragraphs}</div></body></html>`);
    const signals = collectGateSignals(doc);
    expect(signals.readerable).toBe(true);
    expect(signals.elementCount).toBeGreaterThan(8);
  });

  const articleMarkup =
    '<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle"}</script>';

  test('reads no markup on a page over the element limit: it is skipped whatever it declares', () => {
    const rows = '<tr><td>1</td></tr>'.repeat(Math.ceil(MAX_GATE_ELEMENTS / 2));
    const doc = parseHtml(`<html><head>${articleMarkup}</head><body><table>${rows}</table></body></html>`);
    const signals = collectGateSignals(doc);
    expect(signals).toMatchObject({ ogType: null, jsonLdTypes: [], readerable: null });
    expect(gatePage(signals)).toEqual({ action: 'skip', reason: 'too-large' });
  });

  test('reads no JSON-LD when Open Graph already says "article"', () => {
    const doc = parseHtml(`<html><head>${articleMarkup}</head><body><p>x</p></body></html>`);
    expect(collectGateSignals(doc)).toMatchObject({ ogType: 'article', jsonLdTypes: [], readerable: null });
  });

  test("reads the page's own markup; the background's answers are merged in by the caller", () => {
    const jsonLdOnly = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    const doc = parseHtml(`<html><head>${jsonLdOnly}</head><body><p>x</p></body></html>`);
    const signals = collectGateSignals(doc);
    expect(signals).toMatchObject({
      knownUrl: false,
      knownOutlet: false,
      ogType: null,
      jsonLdTypes: ['NewsArticle'],
      readerable: null,
    });
    expect(gatePage(signals).action).toBe('extract');
    const plain = collectGateSignals(parseHtml('<html><body><p>x</p></body></html>'));
    expect(gatePage(plain).action).toBe('skip');
    expect(gatePage({ ...plain, knownUrl: true }).action).toBe('extract');
    expect(gatePage({ ...plain, knownOutlet: true }).action).toBe('outlet-only');
  });
});
