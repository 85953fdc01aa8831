/**
 * Figure 5: the background's JS heap (its service worker, over CDP) with the starter corpus and
 * with synthetic articles installed as packs, and lookup latency at both sizes: the page/lookup
 * and page/analyze messages timed from an extension page, and DOMContentLoaded to the overlay
 * on an edited copy.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { askBackgroundFrom } from '../../tests/e2e/harness/chromium';
import { chunkFiles, ensureCorpus } from '../bench/corpus-cache';
import { syntheticPackShell } from '../bench/synthetic';
import type { BenchChromium } from './chromium';
import { PROBE_SCRIPT, READ_PROBE, type ProbeRecord } from './probe';

/** Figure 5 at one corpus size. */
export interface BackgroundFigures {
  articles: string;
  /** Service worker JS heap used after a forced GC, bytes. */
  heapBytes: number;
  lookupMs: number[];
  analyzeMs: number[];
  overlayMs: number[];
}

/** A CDP connection to the extension's service worker (attached through a page's session). */
async function workerSession(cdp: CDPSession, extensionId: string) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) =>
      target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`),
  );
  if (!worker) throw new Error('The extension has no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  });
  let next = 0;
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  return async <T>(method: string, params: object = {}): Promise<T> => {
    const id = ++next;
    const reply = await new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
    pending.delete(id);
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  };
}

async function ask(page: Page, type: string, payload: unknown): Promise<unknown> {
  const reply = (await askBackgroundFrom(page, type, payload)) as {
    ok: boolean;
    value?: unknown;
    error?: string;
  };
  if (!reply?.ok) throw new Error(`${type} failed: ${reply?.error ?? JSON.stringify(reply)}`);
  return reply.value;
}

/** Times `runs` round trips of a background message from the extension page, in ms each. */
async function timeMessage(page: Page, type: string, payload: unknown, runs: number): Promise<number[]> {
  return page.evaluate(
    async ([t, p, n]) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const start = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: t, payload: p });
        times.push(performance.now() - start);
        if (!reply?.ok) throw new Error(`${t}: ${JSON.stringify(reply)}`);
      }
      return times;
    },
    [type, payload, runs] as const,
  );
}

/** One synthetic chunk as an installable pack; ids are made unique per chunk so packs never clash. */
function chunkPack(from: number, to: number, file: string): string {
  const articles = (JSON.parse(readFileSync(file, 'utf8')) as Array<{ storyIds: string[] }>).slice(
    0,
    to - from,
  );
  const shell = syntheticPackShell(to);
  const storyIds = new Set(articles.flatMap((article) => article.storyIds));
  const pack = {
    ...shell,
    id: `bench-browser-${from}`,
    title: `Browser benchmark articles ${from}–${to}`,
    stories: shell.stories.filter((story) => storyIds.has(story.id)),
    articles,
  };
  return JSON.stringify(pack)
    .replace(/"bench-source"/g, `"bench-source-${from}"`)
    .replace(/"outlet-(\d+)"/g, `"outlet-$1-${from}"`);
}

async function copyOverlayTimes(browser: BenchChromium, url: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const tab = await browser.context.newPage();
    await tab.addInitScript(PROBE_SCRIPT);
    await tab.goto(url, { waitUntil: 'load' });
    await tab
      .waitForFunction('window.__backstoryBench.overlayAt !== null', undefined, { timeout: 20_000 })
      .catch(() => undefined);
    const probe = (await tab.evaluate(READ_PROBE)) as ProbeRecord;
    times.push(probe.overlayAt === null ? Number.NaN : probe.overlayAt - probe.domContentLoaded);
    await tab.close();
  }
  return times;
}

/** Measures figure 5 with the starter corpus, then with `synthetic` articles installed on top. */
export async function backgroundFigures(
  browser: BenchChromium,
  copy: { url: string; html: string },
  options: { synthetic: number; runs: number; log: (line: string) => void },
): Promise<BackgroundFigures[]> {
  const extensionId = browser.extensionId!;
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await browser.context.newCDPSession(page);
  const worker = await workerSession(cdp, extensionId);
  const heap = async () => {
    await worker('HeapProfiler.collectGarbage');
    await worker('HeapProfiler.collectGarbage');
    return (await worker<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
  };
  const signals = { url: copy.url, canonicalUrl: null, title: 'copy', html: copy.html };
  const measure = async (articles: string): Promise<BackgroundFigures> => {
    const lookupMs = await timeMessage(
      page,
      'page/lookup',
      { url: copy.url, canonicalUrl: null },
      options.runs,
    );
    const analyzeMs = await timeMessage(page, 'page/analyze', signals, options.runs);
    const overlayMs = await copyOverlayTimes(browser, copy.url, options.runs);
    return { articles, heapBytes: await heap(), lookupMs, analyzeMs, overlayMs };
  };

  const packs = (await ask(page, 'packs/list', {})) as Array<{ id: string; counts: { articles: number } }>;
  const starterArticles = packs.reduce((sum, pack) => sum + pack.counts.articles, 0);
  const results = [await measure(`starter corpus (${starterArticles} articles)`)];

  options.log(`  generating or reusing ${options.synthetic.toLocaleString('en')} synthetic articles…`);
  await ensureCorpus(options.synthetic);
  const start = Date.now();
  for (const chunk of chunkFiles(options.synthetic)) {
    await ask(page, 'packs/import', { json: chunkPack(chunk.from, chunk.to, chunk.file) });
    options.log(
      `  installed synthetic articles ${chunk.from}–${chunk.to} (${((Date.now() - start) / 1000).toFixed(0)} s)`,
    );
  }
  results.push(await measure(`+ ${options.synthetic.toLocaleString('en')} synthetic articles`));
  await cdp.detach();
  await page.close();
  return results;
}
