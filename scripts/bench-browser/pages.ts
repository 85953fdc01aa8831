/**
 * The pages the browser benchmark loads, each served at its address by request interception:
 * a big non-article page, an unrelated real article, the seed articles, an edited copy on an
 * unknown site, a page with many claims and a single-page navigation to an article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleHtml, URLS } from '../../tests/e2e/harness/pages';
import { scenarioPages, SCENARIOS, SPA } from '../../tests/e2e/harness/scenarios';

/** What the overlay contract must show on a page. */
export type OverlayExpectation =
  /** The harness is broken if no overlay attaches (the seed articles). */
  | 'required'
  /** An overlay is expected but its absence is a finding, not a harness failure. */
  | 'expected'
  /** No overlay should attach. */
  | 'none';

/** One benchmark page. */
export interface BenchPage {
  /** Short name for the table. */
  name: string;
  url: string;
  /** Budgets that apply: a non-article page must cost (almost) nothing. */
  kind: 'non-article' | 'article';
  overlay: OverlayExpectation;
  /** For a single-page app: after load, click this selector (history.pushState to an article). */
  clickAfterLoad?: string;
}

const root = join(import.meta.dirname, '..', '..');
const corpusText = (file: string) => readFileSync(join(root, 'assets', 'corpus', 'articles', file), 'utf8');

/** A plain data page: a big table (20,000 rows in full mode) and no article. */
export function bigTableHtml(rows: number): string {
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `<tr><td>${i + 1}</td><td>Station ${i % 97}</td><td>${((i * 7.31) % 100) | 0}.${i % 10}</td><td>2026-01-${String((i % 28) + 1).padStart(2, '0')}</td></tr>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Readings table</title></head>
<body><h1>Sensor readings</h1><table><thead><tr><th>#</th><th>Station</th><th>Value</th><th>Date</th></tr></thead>
<tbody>${body}</tbody></table></body></html>`;
}

/** Both seed articles in one page on an unknown site: every corpus claim appears in it. */
function manyClaimsHtml(): string {
  const pressTv = corpusText('press-tv-2017-10-syria-unsc-letters.txt');
  const rhc = corpusText('rhc-2018-11-raqqa-probe.txt')
    .trim()
    .split(/\n\s*\n/)
    .slice(1)
    .join('\n\n');
  return articleHtml(`${pressTv.trim()}\n\n${rhc}`, { site: 'Claims Digest' });
}

const copyScenario = SCENARIOS.find(
  (scenario) => scenario.name === 'edited and republished on an unknown site',
);

/** The addresses of the pages that are not already in the e2e harness. */
export const BENCH_URLS = {
  bigTable: 'https://data-portal.example/readings/20000-rows',
  manyClaims: 'https://claims-digest.example/2018/11/syria-letters-and-graves',
  copy: copyScenario?.url ?? URLS.unknownCopy,
} as const;

/** The pages, in table order; the non-article page is a table of `tableRows` rows. */
export const benchPages = (tableRows: number): BenchPage[] => [
  {
    name: `${tableRows.toLocaleString('en')}-row table`,
    url: BENCH_URLS.bigTable,
    kind: 'non-article',
    overlay: 'none',
  },
  { name: 'unrelated real article', url: URLS.unrelated, kind: 'article', overlay: 'none' },
  { name: 'seed: Press TV', url: URLS.pressTv, kind: 'article', overlay: 'required' },
  { name: 'seed: Radio Habana Cuba', url: URLS.rhc, kind: 'article', overlay: 'required' },
  { name: 'edited copy, unknown site', url: BENCH_URLS.copy, kind: 'article', overlay: 'expected' },
  { name: 'many claims', url: BENCH_URLS.manyClaims, kind: 'article', overlay: 'expected' },
  {
    name: 'single-page navigation',
    url: SPA.start,
    kind: 'article',
    overlay: 'expected',
    clickAfterLoad: '#go',
  },
];

/** Every page body the benchmark serves, by URL. */
export function benchPageBodies(tableRows: number): Map<string, string> {
  const pages = scenarioPages();
  pages.set(BENCH_URLS.bigTable, bigTableHtml(tableRows));
  pages.set(BENCH_URLS.manyClaims, manyClaimsHtml());
  return pages;
}
