/**
 * `npm run bench`: speed and scale figures (prints them; asserts nothing about time).
 * - gate time on real pages in Chromium (the non-article ones are what every visit costs)
 * - extraction + fingerprint time on the real pages, in Chromium (DOMParser) and Node (linkedom)
 * - lookups in real Chromium IndexedDB at 1,000, 10,000 and 100,000 synthetic articles:
 *   p50/p95, storage bytes per article, pack import articles/second
 * BENCH_SCALES=1000,10000 limits the scales; REAL_PAGES_DIR points at the real pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../lib/extract/extract';
import { parseHtml } from '../lib/extract/parse-html';
import { pageFeatures } from '../lib/recognition/features';
import { probeFor } from '../lib/recognition/probe';
import type { LookupPage } from './bench/page';
import { bundle, fromFile, openBrowser } from './bench/browser';
import { CHUNK, chunkFiles, ensureCorpus } from './bench/corpus-cache';
import { quantile } from './bench/report';
import { syntheticPackShell, syntheticText } from './bench/synthetic';

const SCALES = (process.env.BENCH_SCALES ?? '1000,10000,100000').split(',').map(Number);
const REAL_PAGES = process.env.REAL_PAGES_DIR ?? '/work/shared/real-pages';
const ms = (value: number) => `${value.toFixed(2)} ms`;
const summary = (values: number[]) =>
  `p50 ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, max ${ms(Math.max(...values))}`;

const realPages = existsSync(REAL_PAGES)
  ? readdirSync(REAL_PAGES)
      .filter((name) => existsSync(join(REAL_PAGES, name, 'source.html')))
      .map((name) => ({ name, html: readFileSync(join(REAL_PAGES, name, 'source.html'), 'utf8') }))
  : [];

// Node side: extraction with linkedom (timed with the features and probe the background computes
// next), and the real (non-matching) pages the lookups run on.
const nodeTimes: number[] = [];
const realLookups: LookupPage[] = [];
for (const { name, html } of realPages) {
  const url = `https://${name}.example/`;
  const t0 = performance.now();
  const extracted = extractArticle(parseHtml(html), { url });
  if (extracted) probeFor(pageFeatures(extracted, url));
  nodeTimes.push(performance.now() - t0);
  if (extracted) realLookups.push({ extracted, url });
}
// Matching pages: the first 60% of corpus articles, published elsewhere.
const matchingLookups: LookupPage[] = Array.from({ length: 60 }, (_, i) => {
  const text = syntheticText(i * 13);
  const cut = text.slice(0, Math.floor(text.length * 0.6));
  return {
    extracted: {
      title: '',
      text: cut,
      byline: null,
      lang: 'en',
      published: null,
      canonicalUrl: null,
      siteName: null,
    },
    url: `https://copy.example/${i}`,
  };
});

console.log(`Generating or reusing synthetic corpora up to ${Math.max(...SCALES)} articles...`);
await ensureCorpus(Math.max(...SCALES));
const files = new Map<string, () => string | Buffer>();
for (const size of SCALES) {
  files.set(`/shell-${size}.json`, () => JSON.stringify(syntheticPackShell(size)));
  for (const chunk of chunkFiles(size)) {
    const whole = chunk.to - chunk.from === CHUNK;
    const slice = () =>
      JSON.stringify(
        (JSON.parse(readFileSync(chunk.file, 'utf8')) as unknown[]).slice(0, chunk.to - chunk.from),
      );
    files.set(`/articles-${chunk.from}-${chunk.to}.json`, whole ? fromFile(chunk.file) : slice);
  }
}
const pagesByName = new Map(realPages.map((page) => [page.name, page.html]));
const script = await bundle(join(import.meta.dirname, 'bench', 'page.ts'));
const { browser, page } = await openBrowser({
  script,
  files,
  realPage: (name) => pagesByName.get(name) ?? null,
});

interface Bench {
  importPack: (name: string, shell: string, chunks: string[]) => Promise<Record<string, number>>;
  lookups: (
    name: string,
    pages: LookupPage[],
    rounds: number,
  ) => Promise<{ times: number[]; found: number[] }>;
  extractAll: (
    pages: Array<{ name: string; html: string }>,
  ) => Array<{ name: string; parseMs: number; extractMs: number; words: number }>;
  gateTiming: (rounds: number) => { action: string; firstMs: number; medianMs: number; maxMs: number };
  drop: (name: string) => Promise<void>;
}
declare global {
  // The browser side's API (scripts/bench/page.ts), used inside page.evaluate callbacks.
  var bench: Bench;
}

try {
  console.log('\nGate (collectGateSignals + gatePage) on real pages in Chromium');
  const gates: Array<{ name: string; action: string; firstMs: number; medianMs: number }> = [];
  for (const { name } of realPages) {
    await page.goto(`https://${name}.example/`, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: script });
    gates.push({ name, ...(await page.evaluate(() => bench.gateTiming(5))) });
  }
  const skipped = gates.filter((gate) => gate.action !== 'extract');
  console.log(
    `  non-article pages (${skipped.length}): first call ${summary(skipped.map((g) => g.firstMs))}; warm median ${summary(skipped.map((g) => g.medianMs))}`,
  );
  console.log(
    `  all pages (${gates.length}): first call ${summary(gates.map((g) => g.firstMs))}; warm median ${summary(gates.map((g) => g.medianMs))}`,
  );
  const slowest = [...gates].sort((a, b) => b.firstMs - a.firstMs).slice(0, 3);
  console.log(
    `  slowest first calls: ${slowest.map((g) => `${g.name} ${ms(g.firstMs)} (${g.action})`).join(', ')}`,
  );

  await page.goto('https://bench.example/');
  console.log('\nExtraction + features + probe on real pages');
  const extracted = [];
  for (let i = 0; i < realPages.length; i += 10) {
    const batch = realPages.slice(i, i + 10);
    extracted.push(...(await page.evaluate((pages) => bench.extractAll(pages), batch)));
  }
  const articlePages = extracted.filter((entry) => entry.words > 0);
  console.log(
    `  Chromium, ${articlePages.length} article pages: parse ${summary(articlePages.map((e) => e.parseMs))}`,
  );
  console.log(`  Chromium, extract+fingerprint ${summary(articlePages.map((e) => e.extractMs))}`);
  console.log(
    `  Node/linkedom, parse+extract+fingerprint, all ${nodeTimes.length} pages: ${summary(nodeTimes)}`,
  );

  for (const size of SCALES) {
    const name = `bench-${size}`;
    await page.goto('https://bench.example/');
    await page.evaluate((db) => bench.drop(db), name);
    const chunks = chunkFiles(size).map((chunk) => `/articles-${chunk.from}-${chunk.to}.json`);
    const imported = await page.evaluate(([db, shell, urls]) => bench.importPack(db, shell, urls), [
      name,
      `/shell-${size}.json`,
      chunks,
    ] as const);
    console.log(`\n${size.toLocaleString('en')} articles`);
    console.log(
      `  import: ${Math.round(imported.importPerSecond ?? 0).toLocaleString('en')} articles/s (installPack ${ms(imported.importMs ?? 0)}; building the ${imported.lookupRows} lookup rows alone ${ms(imported.indexMs ?? 0)}, overlapped with the writes; fetch+parse ${ms(imported.fetchParseMs ?? 0)} not counted)`,
    );
    console.log(
      `  storage: ${Math.round(imported.bytesPerArticle ?? 0).toLocaleString('en')} bytes per article (navigator.storage.estimate)`,
    );
    const miss = await page.evaluate(([db, pages]) => bench.lookups(db, pages, 3), [
      name,
      realLookups,
    ] as const);
    const hit = await page.evaluate(([db, pages]) => bench.lookups(db, pages, 3), [
      name,
      matchingLookups,
    ] as const);
    console.log(`  lookup, ${realLookups.length} real pages (no match): ${summary(miss.times)}`);
    console.log(
      `  lookup, ${matchingLookups.length} copies of corpus articles: ${summary(hit.times)}; found the article in ${hit.found.filter((n) => n > 0).length}/${hit.found.length}`,
    );
    await page.evaluate((db) => bench.drop(db), name);
  }
} finally {
  await browser.close();
}
