import { describe, expect, test } from 'vitest';
import { collectGateSignals, jsonLdTypes } from '../../../lib/extract/gate-signals';
import { parseHtml } from '../../../lib/extract/parse-html';

const unknown = { knownUrl: false, knownOutlet: false };

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
    expect(collectGateSignals(doc, unknown)).toMatchObject({ ogType: 'article', readerable: null });
  });

  test('runs the readerable check on pages without markup', () => {
    const paragraphs = Array.from(
      { length: 8 },
      () => `<p>${'Words of a long enough paragraph for the reader view. '.repeat(6)}</p>`,
    ).join('');
    const doc = parseHtml(`<html><body><div>${paragraphs}</div></body></html>`);
    const signals = collectGateSignals(doc, unknown);
    expect(signals.readerable).toBe(true);
    expect(signals.elementCount).toBeGreaterThan(8);
  });

  test("passes the background's answers through", () => {
    const doc = parseHtml('<html><body><p>x</p></body></html>');
    expect(collectGateSignals(doc, { knownUrl: true, knownOutlet: true })).toMatchObject({
      knownUrl: true,
      knownOutlet: true,
      readerable: null,
    });
  });
});
