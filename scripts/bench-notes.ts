/**
 * Notes search speed over synthetic notes: types each query one keystroke at a time, as the
 * popup does, and prints the median, p95 and worst time per keystroke. Also times building the
 * search text, sorting and facets (once per popup open) and export/import of the whole set.
 *
 *   npx tsx scripts/bench-notes.ts [count]     (default 10000)
 */
import { performance } from 'node:perf_hooks';
import { exportJsonLd } from '../lib/notes/jsonld';
import { readNotesText } from '../lib/notes/import';
import { exportMarkdown } from '../lib/notes/markdown';
import { matchesFilter, NO_FILTER, noteFacets, sortNotes } from '../lib/notes/filter';
import { createSearcher, queryTerms, searchNotes, warmSearchText } from '../lib/notes/search';
import { syntheticNotes } from './bench-browser/notes';

const COUNT = Number(process.argv[2] ?? 10_000);
const QUERIES = [
  'pipeline',
  'state media sanctions',
  'presstv.ir',
  'élection turnout',
  'qzxv-nowhere',
  'energy',
];

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, worst ${sorted.at(-1)!.toFixed(2)} ms`;
}

/** Every prefix of every query, as typed. */
function keystrokes(): string[] {
  return QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, n) => query.slice(0, n + 1)));
}

const notes = syntheticNotes(COUNT);
console.log(
  `${COUNT.toLocaleString()} synthetic notes, ${keystrokes().length} keystrokes over ${QUERIES.length} queries`,
);
const [sorted, sortMs] = time(() => sortNotes(notes, 'newest'));
const [, facetMs] = time(() => noteFacets(sorted));
// The popup folds the search text in 500-note slices after the list loads; each slice blocks once.
const slices: number[] = [];
const queue: (() => void)[] = [];
warmSearchText(sorted, (run) => queue.push(run));
for (let run = queue.shift(); run; run = queue.shift()) slices.push(time(run)[1]);
const foldMs = slices.reduce((a, b) => a + b, 0);
console.log(
  `popup open: sort ${sortMs.toFixed(1)} ms, facets ${facetMs.toFixed(1)} ms, search text ${foldMs.toFixed(1)} ms ` +
    `in ${slices.length} slices (longest ${Math.max(...slices).toFixed(1)} ms)`,
);

// As the popup does: one searcher per list, narrowing while a query grows, then the filters.
const narrowing: number[] = [];
for (const query of QUERIES) {
  const search = createSearcher(sorted);
  for (let n = 1; n <= query.length; n += 1) {
    narrowing.push(time(() => search(query.slice(0, n)).filter((note) => matchesFilter(note, NO_FILTER)))[1]);
  }
}
console.log(`per keystroke (popup, narrowing): ${stats(narrowing)}`);
const fresh = keystrokes().map((typed) => time(() => searchNotes(sorted, queryTerms(typed)))[1]);
console.log(`per keystroke (every search over all notes): ${stats(fresh)}`);
for (const query of QUERIES)
  console.log(`  "${query}": ${searchNotes(sorted, queryTerms(query)).length} matches`);

const [jsonld, exportMs] = time(() => exportJsonLd(sorted));
const [read, importMs] = time(() => readNotesText(jsonld));
const [, markdownMs] = time(() => exportMarkdown(sorted));
if (!read.ok || read.value.length !== COUNT)
  throw new Error(`round trip failed: ${read.ok ? read.value.length : read.error}`);
console.log(
  `JSON-LD export ${exportMs.toFixed(0)} ms (${(jsonld.length / 1e6).toFixed(1)} MB), read and validate ${importMs.toFixed(0)} ms; Markdown export ${markdownMs.toFixed(0)} ms`,
);
