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
import { NOTE_KINDS, type Note } from '../lib/notes/schema';
import { noteSite } from '../lib/notes/stored';

const COUNT = Number(process.argv[2] ?? 10_000);
const QUERIES = [
  'pipeline',
  'state media sanctions',
  'presstv.ir',
  'élection turnout',
  'qzxv-nowhere',
  'energy',
];

/** A small seeded generator, so every run measures the same notes. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the state media ministry said pipeline gas deal sanctions council minister report claim source ' +
  'official election turnout élection coverage outlet broadcaster reuters agency statement denied ' +
  'confirmed analysts border energy prices inflation protest police court ruling parliament vote ' +
  'journalist interview anonymous documents leaked budget contract company owner funding network'
).split(' ');
const SITES = ['presstv.ir', 'rt.com', 'bbc.co.uk', 'example-news.com', 'aljazeera.com', 'cgtn.com'];

function syntheticNotes(count: number): Note[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const url = `https://www.${pick(SITES)}/news/${2020 + (i % 6)}/${i}-${pick(WORDS)}`;
    const time = 1_600_000_000_000 + Math.floor(next() * 150_000_000_000);
    return {
      id: crypto.randomUUID(),
      url,
      canonicalUrl: next() < 0.3 ? url.replace('www.', '') : null,
      title: words(4 + Math.floor(next() * 8)),
      fingerprint: null,
      body: words(15 + Math.floor(next() * 90)),
      tags: Array.from({ length: Math.floor(next() * 4) }, () => pick(WORDS)),
      kind: pick(NOTE_KINDS),
      target: {
        quote: { exact: words(8 + Math.floor(next() * 30)), prefix: words(5), suffix: words(5) },
        position: { start: i, end: i + 40 },
      },
      link: null,
      outletId: next() < 0.5 ? pick(['press-tv', 'rt', 'cgtn']) : null,
      site: noteSite(url),
      createdAt: time,
      updatedAt: time,
    };
  });
}

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
