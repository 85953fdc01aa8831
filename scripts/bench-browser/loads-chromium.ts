/**
 * Figures 1–3 in Chromium: each page loaded with the extension twice (once with V8's CPU samples
 * in the trace, once without), without it, without it but with Readability run at every
 * DOMContentLoaded (the naive design), with a build whose content script is empty (what any
 * content script costs) and with one whose content script only asks the background about the page
 * (what any script that consults our database costs), interleaved run by run so machine noise
 * falls on all six alike. Every load is traced; the probe gives the overlay time. Only our script
 * time needs the samples (they attribute our work in promise continuations), and sampling slows
 * the page down (DCL → overlay 12 to 21 ms later, measured): timings, loads and busy time come from
 * the unsampled loads.
 */
import type { Page } from 'playwright-core';
import type { BenchChromium } from './chromium';
import { startTrace } from './chromium';
import { NAIVE_SOURCE } from './naive';
import type { BenchPage } from './pages';
import { PROBE_SCRIPT, READ_PROBE, type ProbeRecord } from './probe';
import { mainThreadCost, type MainThreadCost } from './trace';

/**
 * The ways a page is loaded: `with` the extension and CPU samples (our script time, long tasks),
 * `quiet` with the extension and no samples (overlay time, load ratio, busy time, DOM writes),
 * `ask` with the one-question build and CPU samples (its answer arrives in a promise too).
 */
export type Variant = 'with' | 'quiet' | 'without' | 'naive' | 'empty' | 'ask';

/** One load of one page. */
export interface LoadSample {
  variant: Variant;
  run: number;
  /** Load event, ms after navigation start. */
  loadMs: number;
  /** DOMContentLoaded (or the single-page click) to the overlay attached, ms; null if none. */
  overlayMs: number | null;
  overlay: Record<string, string> | null;
  /** Mutation records after DOMContentLoaded (the DOM-written check). */
  mutations: number;
  cost: MainThreadCost | null;
  /** Readability's own parse time in the naive design, ms. */
  naiveParseMs: number | null;
}

/** What the runner needs. */
export interface ChromiumLoadsOptions {
  withExtension: BenchChromium;
  without: BenchChromium;
  /** The build with an empty content script (see `scriptBuild`). */
  emptyScript: BenchChromium;
  /** The build whose content script only asks the background once (`ASK_ONCE_SCRIPT`). */
  askOnce: BenchChromium;
  naive: string;
  runs: number;
  /** How long after the load event each trace keeps counting, ms. */
  windowMs: number;
  /** Load each page once in each variant first, unrecorded (caches, code caches, JIT). */
  warmUp: boolean;
  log: (line: string) => void;
}

const OVERLAY_TIMEOUT_MS = 10_000;

/** The builds a page is loaded with (options of the same names). */
type Build = 'withExtension' | 'without' | 'emptyScript' | 'askOnce';

/**
 * How each variant loads: with which build, and whether its trace has CPU samples. Script time is
 * counted for the extension's URLs in every build that has our content script or a stand-in.
 */
const SETUP: Record<Variant, { build: Build; sampled: boolean }> = {
  with: { build: 'withExtension', sampled: true },
  quiet: { build: 'withExtension', sampled: false },
  without: { build: 'without', sampled: false },
  naive: { build: 'without', sampled: false },
  empty: { build: 'emptyScript', sampled: false },
  ask: { build: 'askOnce', sampled: true },
};

async function loadOnce(
  browser: BenchChromium,
  page: BenchPage,
  variant: Variant,
  options: ChromiumLoadsOptions,
  run: number,
): Promise<LoadSample> {
  const { build, sampled } = SETUP[variant];
  const tab: Page = await browser.context.newPage();
  try {
    await tab.addInitScript(PROBE_SCRIPT);
    if (variant === 'naive') await tab.addInitScript(options.naive);
    const trace = await startTrace(tab, { sampled });
    await tab.goto(page.url, { waitUntil: 'load' });
    if (page.clickAfterLoad) await tab.click(page.clickAfterLoad);
    const settled = Date.now() + options.windowMs;
    if (build === 'withExtension' && page.overlay !== 'none')
      await tab
        .waitForFunction('window.__backstoryBench.overlayAt !== null', undefined, {
          timeout: OVERLAY_TIMEOUT_MS,
        })
        .catch(() => undefined);
    await tab.waitForTimeout(Math.max(0, settled - Date.now()));
    const probe = (await tab.evaluate(READ_PROBE)) as ProbeRecord;
    const naiveParseMs = (await tab.evaluate('window.__naiveParseMs ?? null')) as number | null;
    const events = await trace.stop();
    // The empty and one-question builds' script times are floors under ours.
    const prefix =
      build !== 'without'
        ? `chrome-extension://${browser.extensionId}/`
        : variant === 'naive'
          ? NAIVE_SOURCE
          : null;
    const start = page.clickAfterLoad ? probe.clickAt : probe.domContentLoaded;
    return {
      variant,
      run,
      loadMs: probe.load,
      overlayMs: probe.overlayAt === null || start === null ? null : probe.overlayAt - start,
      overlay: probe.overlay,
      mutations: probe.mutations,
      cost: mainThreadCost(events, page.url, prefix, options.windowMs),
      naiveParseMs,
    };
  } finally {
    await tab.close();
  }
}

/** Every variant, in `SETUP`'s order. */
const VARIANTS = Object.keys(SETUP) as Variant[];
/** Each run starts one variant later, so every variant takes every place in the order. */
const ORDERS: Variant[][] = VARIANTS.map((_, shift) => [
  ...VARIANTS.slice(shift),
  ...VARIANTS.slice(0, shift),
]);

/** Loads every page `runs` times in each variant, interleaved (after an optional warm-up load). */
export async function chromiumLoads(
  pages: readonly BenchPage[],
  options: ChromiumLoadsOptions,
): Promise<Map<BenchPage, LoadSample[]>> {
  const results = new Map<BenchPage, LoadSample[]>();
  const browserFor = (variant: Variant) => options[SETUP[variant].build];
  for (const page of pages) {
    const samples: LoadSample[] = [];
    if (options.warmUp)
      for (const variant of ORDERS[0]!) await loadOnce(browserFor(variant), page, variant, options, -1);
    for (let run = 0; run < options.runs; run++)
      for (const variant of ORDERS[run % ORDERS.length]!)
        samples.push(await loadOnce(browserFor(variant), page, variant, options, run));
    const attached = samples.filter(
      (sample) => sample.variant === 'quiet' && sample.overlayMs !== null,
    ).length;
    options.log(
      `  Chromium: ${page.name}: ${options.runs} runs × ${VARIANTS.length} variants, overlay in ${attached}/${options.runs}`,
    );
    results.set(page, samples);
  }
  return results;
}
