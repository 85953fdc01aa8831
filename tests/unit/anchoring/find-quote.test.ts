// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { findQuote } from '../../../lib/anchoring/find-quote';
import { normalizeForMatch } from '../../../lib/anchoring/normalize';
import { buildTextIndex } from '../../../lib/anchoring/text-index';
import { anchorQuote } from '../../../lib/anchoring/to-range';
import { claims } from '../components/corpus-fixtures';
import { rewrap, SEED, seedPage, seedText } from './seed-page';

const selector = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });

/** The normalized text a Range covers, to compare with the quote. */
const rangeText = (range: Range | null) => (range ? normalizeForMatch(range.toString()) : null);

describe('anchoring quotes from the seed articles', () => {
  test.each(
    claims.flatMap((claim) =>
      claim.articleIds.map((articleId) => [claim.id, articleId, claim.quote] as const),
    ),
  )('claim %s is found in %s', (_claimId, articleId, quote) => {
    const { doc } = seedPage(articleId);
    const range = anchorQuote(buildTextIndex(doc.body), selector(quote));
    expect(rangeText(range)).toBe(normalizeForMatch(quote));
    expect(range?.commonAncestorContainer.parentElement?.closest('article')).not.toBeNull();
  });

  test.each([
    [
      'whitespace runs and newlines',
      SEED.pressTv,
      'captured   the city\nof Raqqah from the Daesh terror group',
    ],
    ['no-break spaces', SEED.rhc, 'rotating\u00A0president of the UN Security\u00A0Council Ma Zhaoxu'],
    [
      'straight quotes for curly ones',
      SEED.pressTv,
      'The attack reveals the "suspicious" and "subversive" role',
    ],
    [
      'curly apostrophe for a straight one',
      SEED.rhc,
      'next to the Children\u2019s Hospital and the National Hospital',
    ],
    ['an en dash for a hyphen', SEED.pressTv, 'the US\u2013led coalition\u2019s newly\u2013announced plans'],
    ['other letter case', SEED.rhc, 'ANOTHER MASS GRAVE WAS UNCOVERED YESTERDAY IN PANORAMA DISTRICT'],
  ])('tolerates %s', (_name, articleId, exact) => {
    const { doc } = seedPage(articleId);
    const range = anchorQuote(buildTextIndex(doc.body), selector(exact));
    expect(range).not.toBeNull();
    expect(rangeText(range)!.toLowerCase()).toBe(
      normalizeForMatch(exact)
        .replace(/\u2013/g, '-')
        .toLowerCase(),
    );
  });

  /** An element holding text, e.g. `el(doc, 'em', 'Foreign Ministry')`. */
  const el = (doc: Document, tag: string, text: string) => {
    const element = doc.createElement(tag);
    element.textContent = text;
    if (tag === 'a') element.setAttribute('href', 'https://example.org/');
    return element;
  };
  const words = 'the Russian Foreign Ministry issued a statement';

  test.each([
    [
      'an <em>',
      (d: Document) => [
        d.createTextNode('the Russian '),
        el(d, 'em', 'Foreign Ministry'),
        d.createTextNode(' issued a statement'),
      ],
    ],
    [
      'a link and an <em>',
      (d: Document) => [
        d.createTextNode('the '),
        el(d, 'a', 'Russian'),
        d.createTextNode(' '),
        el(d, 'em', 'Foreign'),
        d.createTextNode(' Ministry issued a statement'),
      ],
    ],
    [
      'nested <a><em>',
      (d: Document) => {
        const link = el(d, 'a', 'the Russian ');
        link.appendChild(el(d, 'em', 'Foreign'));
        return [link, d.createTextNode(' Ministry issued a statement')];
      },
    ],
  ])('finds the Dresden claim split across %s', (_name, parts) => {
    const { doc, article } = seedPage(SEED.pressTv);
    const holder = rewrap(article, words, parts);
    expect(holder.textContent).toContain(words);
    expect(holder.querySelector('em')).not.toBeNull();
    const exact = claims.find((claim) => claim.id === 'claim-a-dresden-remark')!.quote;
    const range = anchorQuote(buildTextIndex(doc.body), selector(exact));
    expect(rangeText(range)).toBe(normalizeForMatch(exact));
    expect(range!.startContainer).not.toBe(range!.endContainer);
  });

  test.each([
    ['the letters pointed out', SEED.pressTv, 0],
    ['the letters pointed out', SEED.pressTv, 1],
    ['The letters added that', SEED.rhc, 0],
    ['The letters added that', SEED.rhc, 1],
  ])('"%s" in %s: prefix and suffix pick occurrence %i', (exact, articleId, occurrence) => {
    const text = seedText(articleId);
    const starts = [...text.matchAll(new RegExp(exact, 'g'))].map((match) => match.index);
    expect(starts.length).toBeGreaterThan(1);
    const at = starts[occurrence]!;
    const { doc } = seedPage(articleId);
    const index = buildTextIndex(doc.body);
    const span = findQuote(
      index,
      selector(exact, text.slice(at - 40, at), text.slice(at + exact.length, at + exact.length + 40)),
    );
    const expected = normalizeForMatch(text.slice(0, at)).length + 1; // +1: the space before it
    expect(span?.start).toBe(expected);
  });

  test('with no context, a repeated quote goes to its first occurrence', () => {
    const { doc } = seedPage(SEED.pressTv);
    const index = buildTextIndex(doc.body);
    expect(findQuote(index, selector('the letters pointed out'))?.start).toBe(
      index.text.indexOf('the letters pointed out'),
    );
  });

  test.each([
    ['words not in the page', SEED.pressTv, 'Raqqa has inherited the fate of Dresden in 1945'],
    [
      'a quote from the other article',
      SEED.pressTv,
      'Another mass grave was uncovered yesterday in Panorama district',
    ],
    ['text only in a <script>, <style>, hidden element or our host', SEED.rhc, 'var s ='],
    ['an empty quote', SEED.rhc, '   '],
  ])('%s is not found: null', (_name, articleId, exact) => {
    const { doc } = seedPage(articleId);
    expect(anchorQuote(buildTextIndex(doc.body), selector(exact))).toBeNull();
  });
});
