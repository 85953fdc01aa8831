/**
 * The benchmark's browser side, bundled with esbuild into https://bench.example/bench.js: pack
 * import, lookups, gate and extraction, all in real Chromium IndexedDB and DOM.
 */
import type { Article, Pack } from '../../lib/corpus/schema';
import { BackstoryDb } from '../../lib/db/database';
import { indexRowsForPack, lookupForPage } from '../../lib/db/recognition-store';
import { extractArticle } from '../../lib/extract/extract';
import { collectGateSignals } from '../../lib/extract/gate-signals';
import { pageFeatures } from '../../lib/recognition/features';
import { gatePage } from '../../lib/recognition/gate';
import { probeFor } from '../../lib/recognition/probe';
import type { ExtractedPage } from '../../lib/extract/types';
import { installPack } from '../../lib/services/packs';

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/**
 * Imports a pack whose articles come in chunk files with the extension's own `installPack` (one
 * transaction: records, article blocks, lookup rows), and measures it.
 */
async function importPack(name: string, shellUrl: string, chunkUrls: string[]) {
  const t0 = performance.now();
  const shell = (await (await fetch(shellUrl)).json()) as Omit<Pack, 'articles'>;
  const articles: Article[] = [];
  for (const url of chunkUrls) articles.push(...((await (await fetch(url)).json()) as Article[]));
  const pack: Pack = { ...shell, articles };
  const fetched = performance.now();
  const db = new BackstoryDb(name);
  await db.open();
  const before = await usage();
  const started = performance.now();
  await installPack(db, pack);
  const written = performance.now();
  db.close();
  // The lookup rows alone, outside the import, to show their share (not counted in the rate).
  const indexStarted = performance.now();
  const rows = indexRowsForPack(pack);
  const indexMs = performance.now() - indexStarted;
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const after = await usage();
  const rowCount = Object.values(rows).reduce((sum, list) => sum + list.length, 0);
  return {
    articles: articles.length,
    fetchParseMs: fetched - t0,
    importMs: written - started,
    indexMs,
    importPerSecond: articles.length / ((written - started) / 1000),
    lookupRows: rowCount,
    bytesPerArticle: (after - before) / articles.length,
  };
}

/** A page to look up: what extraction returned for it, at its address. */
export interface LookupPage {
  extracted: ExtractedPage;
  url: string;
}

/**
 * Times `rounds` lookups of every page as the background makes them (`lookupForPage`): the
 * probe's reads, keeping the candidate articles the page shares text with, and their records.
 * The features are computed before the clock starts. Returns the durations in ms and how many
 * candidate articles each lookup kept.
 */
async function lookups(name: string, pages: LookupPage[], rounds: number) {
  const db = new BackstoryDb(name);
  await db.open();
  const features = pages.map(({ extracted, url }) => pageFeatures(extracted, url));
  await lookupForPage(db, features[0]!); // warm the connection and the JIT
  const times: number[] = [];
  const found: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const page of features) {
      const t0 = performance.now();
      const { candidates } = await lookupForPage(db, page);
      times.push(performance.now() - t0);
      if (round === 0) found.push(candidates.articles.length);
    }
  }
  db.close();
  return { times, found };
}

/** Times extraction + features + probe of serialized pages parsed with DOMParser. */
function extractAll(pages: Array<{ name: string; html: string }>) {
  return pages.map(({ name, html }) => {
    const t0 = performance.now();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const parsed = performance.now();
    const extracted = extractArticle(doc, { url: `https://${name}.example/` });
    const features = extracted ? pageFeatures(extracted, `https://${name}.example/`) : null;
    if (features) probeFor(features);
    const done = performance.now();
    return { name, parseMs: parsed - t0, extractMs: done - parsed, words: features?.words ?? 0 };
  });
}

/** Times the gate on the current document (signals + decision), best and median of `rounds`. */
function gateTiming(rounds: number) {
  const times: number[] = [];
  let action = '';
  let firstMs = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    action = gatePage(collectGateSignals(document)).action;
    times.push(performance.now() - t0);
    if (i === 0) firstMs = times[0] ?? 0;
  }
  times.sort((a, b) => a - b);
  return { action, firstMs, medianMs: times[Math.floor(times.length / 2)] ?? 0, maxMs: times.at(-1) ?? 0 };
}

/** Deletes a benchmark database. */
async function drop(name: string) {
  await new BackstoryDb(name).delete();
}

Object.assign(globalThis, { bench: { importPack, lookups, extractAll, gateTiming, drop } });
