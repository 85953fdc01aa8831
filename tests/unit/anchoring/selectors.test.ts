// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../../lib/anchoring/normalize';
import {
  CONTEXT_CHARS,
  rangeFromSelectors,
  selectorsFromRange,
  spanFromRange,
} from '../../../lib/anchoring/selectors';
import { buildTextIndex } from '../../../lib/anchoring/text-index';
import { rewrap, SEED, seedPage } from './seed-page';

/** A range over `[start, end)` of one text node. */
function rangeIn(node: Text, start: number, end: number): Range {
  const range = node.ownerDocument.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

/** Selection → selectors → re-anchored range: the text must come back the same. */
function roundTrip(doc: Document, range: Range) {
  const index = buildTextIndex(doc.body);
  const target = selectorsFromRange(index, range);
  if (!target) return null;
  const back = rangeFromSelectors(index, target);
  return {
    target,
    selected: normalizeForMatch(range.toString()),
    back: normalizeForMatch(back!.range.toString()),
  };
}

describe('selectors from a selection, and back', () => {
  const { doc, article } = seedPage(SEED.rhc);
  const paragraphs = [...article.querySelectorAll('p')];

  test.each(paragraphs.map((_, i) => i))('a phrase inside paragraph %i round-trips', (i) => {
    const node = paragraphs[i]!.firstChild as Text;
    const result = roundTrip(doc, rangeIn(node, 10, Math.min(node.length, 90)));
    expect(result?.back).toBe(result?.selected);
    expect(result?.target.quote.exact).toBe(result?.selected);
  });

  test('context is up to 32 characters each side, and the position indexes the page text', () => {
    const node = paragraphs[2]!.firstChild as Text;
    const index = buildTextIndex(doc.body);
    const target = selectorsFromRange(index, rangeIn(node, 40, 80))!;
    expect(target.quote.prefix).toHaveLength(CONTEXT_CHARS);
    expect(target.quote.suffix).toHaveLength(CONTEXT_CHARS);
    expect(index.text.slice(target.position.start, target.position.end)).toBe(target.quote.exact);
    expect(index.text.slice(target.position.start - CONTEXT_CHARS, target.position.end + CONTEXT_CHARS)).toBe(
      target.quote.prefix + target.quote.exact + target.quote.suffix,
    );
  });

  test('a selection across paragraphs joins them with one space', () => {
    const range = doc.createRange();
    range.setStart(paragraphs[0]!.firstChild!, 50);
    range.setEnd(paragraphs[1]!.firstChild!, 30);
    const result = roundTrip(doc, range)!;
    // The index puts a space where one block ends and the next begins; the DOM's text has none.
    expect(result.target.quote.exact).toContain('Daesh Takfiri terrorist group. The Syrian Ministry');
    expect(result.back).toBe(result.selected);
  });

  test('a selection starting inside a link and ending in plain text round-trips', () => {
    const { doc: linked, article: linkedArticle } = seedPage(SEED.pressTv);
    const words = 'the Russian Foreign Ministry issued a statement';
    rewrap(linkedArticle, words, (d, text) => {
      const link = d.createElement('a');
      link.setAttribute('href', 'https://example.org/');
      link.textContent = text.slice(0, 19);
      return [link, d.createTextNode(text.slice(19))];
    });
    const link = linkedArticle.querySelector('a')!;
    const range = linked.createRange();
    range.setStart(link.firstChild!, 4);
    range.setEnd(link.nextSibling!, 16);
    const result = roundTrip(linked, range)!;
    expect(result.target.quote.exact).toBe('Russian Foreign Ministry issued');
    expect(result.back).toBe('Russian Foreign Ministry issued');
  });

  test('element boundaries (a whole paragraph selected) give the paragraph text, trimmed', () => {
    const range = doc.createRange();
    range.selectNode(paragraphs[3]!);
    const result = roundTrip(doc, range)!;
    expect(result.target.quote.exact).toBe(normalizeForMatch(paragraphs[3]!.textContent!));
  });

  test('no visible page text selected: no selectors', () => {
    const index = buildTextIndex(doc.body);
    const script = doc.querySelector('script')!.firstChild as Text;
    expect(selectorsFromRange(index, rangeIn(script, 0, 10))).toBeNull();
    const hidden = doc.querySelector('div[hidden]')!.firstChild as Text;
    expect(selectorsFromRange(index, rangeIn(hidden, 0, 10))).toBeNull();
    const node = paragraphs[0]!.firstChild as Text;
    const space = node.data.indexOf(' ');
    expect(spanFromRange(index, rangeIn(node, space, space + 1))).toBeNull();
    expect(spanFromRange(index, rangeIn(node, 5, 5))).toBeNull();
  });

  test('any selection of page text round-trips (random ranges over the article)', () => {
    const nodes = paragraphs.map((p) => p.firstChild as Text);
    const point = fc.record({
      node: fc.nat(nodes.length - 1),
      offset: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const [first, last] = a.node * 1e4 + a.offset <= b.node * 1e4 + b.offset ? [a, b] : [b, a];
        const range = doc.createRange();
        const at = (p: typeof a) => Math.floor(p.offset * nodes[p.node]!.length);
        range.setStart(nodes[first.node]!, at(first));
        range.setEnd(nodes[last.node]!, at(last));
        const result = roundTrip(doc, range);
        if (result) expect(result.back).toBe(result.selected);
        else expect(result).toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});
