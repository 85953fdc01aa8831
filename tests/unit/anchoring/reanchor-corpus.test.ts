// @vitest-environment jsdom
/**
 * The re-anchoring benchmark: quotes picked from the seed articles and real news pages are
 * re-anchored in edited copies of their pages, and the rate per kind of edit is printed and held
 * to a floor. A removed quote must be orphaned, never pinned to other words.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { reanchor, type AnchorMethod } from '../../../lib/anchoring/reanchor';
import { buildTextIndex } from '../../../lib/anchoring/text-index';
import { expectedSpan, pickQuotes, seededRandom, sourcePages, type PickedQuote } from './edited-pages';
import { EDIT_KINDS, editPage, type EditKind } from './page-edits';

const QUOTES_PER_PAGE = 8;
const random = seededRandom(20_261_121);
const pages = sourcePages();
const quotesByPage = pages.map((page) => ({ page, quotes: pickQuotes(page, QUOTES_PER_PAGE, random) }));
const allQuotes = quotesByPage.flatMap(({ quotes }) => quotes);

/** The least share re-anchored in the right place, per kind of edit (measured, then rounded down). */
const FLOORS: Record<EditKind, number> = {
  unchanged: 1,
  reflowed: 1,
  inserted: 0.95,
  deleted: 0.95,
  changed: 0.95,
  'two words': 0.85,
  reordered: 1,
  restructured: 1,
  'edited and reordered': 0.95,
  removed: 1,
};

interface Tally {
  right: number;
  wrong: number;
  missed: number;
  methods: Partial<Record<AnchorMethod, number>>;
  failures: string[];
}

const tallies = new Map<EditKind, Tally>();

/** Whether the anchor covers the expected span: overlapping at least 75% of the longer of the two. */
function sameSpan(found: { start: number; end: number }, expected: { start: number; end: number }) {
  const overlap = Math.min(found.end, expected.end) - Math.max(found.start, expected.start);
  return overlap >= 0.75 * Math.max(found.end - found.start, expected.end - expected.start);
}

function measure(kind: EditKind): Tally {
  const tally: Tally = { right: 0, wrong: 0, missed: 0, methods: {}, failures: [] };
  for (const { page, quotes } of quotesByPage) {
    const { doc, edited } = editPage(page, quotes, kind, random);
    const index = buildTextIndex(doc.body);
    quotes.forEach((quote: PickedQuote, i) => {
      const expected = expectedSpan(index, quote, edited[i]!);
      const found = reanchor(index, quote.target);
      if (found) tally.methods[found.method] = (tally.methods[found.method] ?? 0) + 1;
      const right = expected === null ? found === null : found !== null && sameSpan(found, expected);
      if (right) tally.right++;
      else if (found) tally.wrong++;
      else tally.missed++;
      if (!right) tally.failures.push(`${page.name}: "${quote.target.quote.exact.slice(0, 70)}"`);
    });
  }
  tallies.set(kind, tally);
  return tally;
}

describe('re-anchoring notes in edited copies of real pages', () => {
  test('the benchmark has 50+ quotes from 10 pages', () => {
    expect(allQuotes.length).toBeGreaterThanOrEqual(50);
    expect(new Set(allQuotes.map((quote) => quote.page)).size).toBe(pages.length);
  });

  test.each(EDIT_KINDS)('%s: re-anchored at the expected rate', (kind) => {
    const tally = measure(kind);
    const rate = tally.right / allQuotes.length;
    if (tally.failures.length > 0) console.log(`${kind} failures:\n  ${tally.failures.join('\n  ')}`);
    expect(rate).toBeGreaterThanOrEqual(FLOORS[kind]);
    // Whatever else happens, a quote whose text is gone is never pinned to other words.
    if (kind === 'removed') expect(tally.wrong).toBe(0);
  });

  afterAll(() => {
    const rows = [...tallies].map(([kind, t]) => {
      const rate = ((100 * t.right) / allQuotes.length).toFixed(1);
      const methods = Object.entries(t.methods)
        .map(([method, count]) => `${method} ${count}`)
        .join(', ');
      return `${kind.padEnd(20)} ${String(t.right).padStart(3)}/${allQuotes.length} = ${rate.padStart(5)}%  wrong ${t.wrong}  missed ${t.missed}  (${methods || 'none anchored'})`;
    });
    console.log(`Re-anchoring rate per kind of edit (${allQuotes.length} quotes):\n${rows.join('\n')}`);
  });
});
