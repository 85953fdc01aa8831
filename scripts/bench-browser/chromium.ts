/**
 * Headless Chromium for the browser benchmark: one browser with the production build loaded and
 * one without, both serving the benchmark pages at their real addresses by interception (every
 * other request is refused, so nothing touches the network).
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_PATH, extensionFlags, QUIET_CHROMIUM_FLAGS } from '../../tests/e2e/harness/browsers';
import { CHROME_BUILD } from '../../tests/e2e/harness/chromium';

/** A running Chromium, with or without the extension. */
export interface BenchChromium {
  context: BrowserContext;
  /** The extension's id, or null without it. */
  extensionId: string | null;
  close(): Promise<void>;
}

/** Why the benchmark cannot run (a build is missing), or null. */
export function missingBuild(builds: readonly string[]): string | null {
  const missing = builds.filter((build) => !existsSync(join(build, 'manifest.json')));
  if (missing.length === 0) return null;
  return `No build at ${missing.join(' or ')}. Run the README set-up and \`npm run build\` first; bench:browser builds nothing itself.`;
}

/**
 * The content script of the "one question" build: it listens for the popup's messages and asks
 * the background about the page once, with the first question ours asks (`page/start`), and does
 * nothing else. What any content script that consults the extension's database costs a page.
 */
export const ASK_ONCE_SCRIPT = `chrome.runtime.onMessage.addListener(() => false);
chrome.runtime
  .sendMessage({ type: 'page/start', payload: { url: location.href, canonicalUrl: null } })
  .then((answer) => { globalThis.backstoryAnswer = answer; });
`;

/**
 * A copy of the Chrome build whose content script is `source` (\`void 0;\` by default: what any
 * content script costs a page in Chromium, creating the script's world and injecting it, with none
 * of ours). Removed with the browser that loads it.
 */
export function scriptBuild(source = 'void 0;\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-script-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  writeFileSync(join(dir, 'content-scripts', 'content.js'), source);
  return dir;
}

/**
 * Launches Chromium serving `pages`; with `extension`, the production build is loaded (or the
 * build at that path, which is removed on close).
 */
export async function launchBenchChromium(
  pages: Map<string, string>,
  extension: boolean | string,
): Promise<BenchChromium> {
  const build = typeof extension === 'string' ? extension : CHROME_BUILD;
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...(extension ? extensionFlags(build) : ['--disable-extensions']), ...QUIET_CHROMIUM_FLAGS],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const body = pages.get(url);
    if (body !== undefined)
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else if (url.startsWith('data:') || url.startsWith('chrome-extension:')) await route.continue();
    else await route.abort('internetdisconnected');
  });
  let extensionId: string | null = null;
  if (extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (build !== CHROME_BUILD) rmSync(build, { recursive: true, force: true });
    },
  };
}

/** V8's CPU samples: they attribute work in promise continuations, and slow the page down. */
const CPU_SAMPLES = 'disabled-by-default-v8.cpu_profiler';
/** Trace categories: top-level tasks, the timeline, V8 (script evaluation, compile, GC) and V8's CPU samples. */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  CPU_SAMPLES,
  'blink.user_timing',
  '__metadata',
];

/** One Chrome trace event. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

/**
 * Starts a browser-wide trace over the page's CDP session; `stop` answers its events. With
 * `sampled: false` the trace leaves out V8's CPU samples (timing figures are read from such loads).
 */
export async function startTrace(
  page: Page,
  { sampled = true }: { sampled?: boolean } = {},
): Promise<{ cdp: CDPSession; stop: () => Promise<TraceEvent[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: sampled ? CATEGORIES : CATEGORIES.filter((category) => category !== CPU_SAMPLES),
      excludedCategories: ['*'],
    },
  });
  return {
    cdp,
    stop: async () => {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}
