/**
 * `npm run bench:browser`: the production build in real headless Chromium and Firefox, with and
 * without the extension (and the naive Readability design for reference), interleaved; prints
 * the figures and budgets and writes BENCHMARKS.md. Builds nothing: run `npm run build` first.
 *
 *   npm run bench:browser               full: 10 runs, 20,000-row table, 100,000 articles, 10,000 notes
 *   npm run bench:browser -- --quick    about 2 minutes, for CI: writes .output/bench-browser-quick.md
 *
 * Asserts nothing about time; exits non-zero only when the harness breaks (for example the
 * overlay never attaches on a seed article).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CHROME_BUILD } from '../tests/e2e/harness/chromium';
import { FIREFOX_BUILD } from '../tests/e2e/harness/firefox';
import { URLS } from '../tests/e2e/harness/pages';
import { backgroundFigures } from './bench-browser/background';
import { ASK_ONCE_SCRIPT, launchBenchChromium, missingBuild, scriptBuild } from './bench-browser/chromium';
import { chromiumLoads } from './bench-browser/loads-chromium';
import { firefoxLoads } from './bench-browser/loads-firefox';
import { machine } from './bench-browser/machine';
import { naiveScript } from './bench-browser/naive';
import { BENCH_URLS, benchPageBodies, benchPages } from './bench-browser/pages';
import { popupFigures } from './bench-browser/popup';
import { reportLines, type BenchResults } from './bench-browser/report';
import { injectedSizes } from './bench-browser/static-size';

const quick = process.argv.includes('--quick');
const settings = quick
  ? {
      runs: 3,
      windowMs: 400,
      tableRows: 3_000,
      synthetic: 10_000,
      notes: 2_000,
      firefoxPages: 2,
      warmUp: false,
    }
  : {
      runs: 10,
      windowMs: 1_500,
      tableRows: 20_000,
      synthetic: 100_000,
      notes: 10_000,
      firefoxPages: 7,
      warmUp: true,
    };
const root = join(import.meta.dirname, '..');
const output = quick ? join(root, '.output', 'bench-browser-quick.md') : join(root, 'BENCHMARKS.md');
const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const missing = missingBuild([CHROME_BUILD, FIREFOX_BUILD]);
if (missing) {
  console.error(missing);
  process.exit(1);
}
const sizes = { chrome: injectedSizes(CHROME_BUILD), firefox: injectedSizes(FIREFOX_BUILD) };
const pages = benchPages(settings.tableRows);
const bodies = benchPageBodies(settings.tableRows);
const problems: string[] = [];

log(
  `Chromium: ${pages.length} pages × ${settings.runs} runs × (with and CPU samples, with, without, naive Readability, empty content script, one question)`,
);
const [withExtension, without, emptyScript, askOnce] = await Promise.all([
  launchBenchChromium(bodies, true),
  launchBenchChromium(bodies, false),
  launchBenchChromium(bodies, scriptBuild()),
  launchBenchChromium(bodies, scriptBuild(ASK_ONCE_SCRIPT)),
]);
let results: BenchResults;
try {
  const versionPage = await without.context.newPage();
  const cdp = await without.context.newCDPSession(versionPage);
  const chromiumVersion = (await cdp.send('Browser.getVersion')).product.replace(
    'HeadlessChrome',
    'Chromium',
  );
  await versionPage.close();
  const chromium = await chromiumLoads(pages, {
    withExtension,
    without,
    emptyScript,
    askOnce,
    naive: await naiveScript(),
    runs: settings.runs,
    windowMs: settings.windowMs,
    warmUp: settings.warmUp,
    log,
  });
  await Promise.all([without.close(), emptyScript.close(), askOnce.close()]);
  for (const [page, samples] of chromium) {
    const missing = samples.filter(
      (sample) => (sample.variant === 'with' || sample.variant === 'quiet') && sample.overlayMs === null,
    ).length;
    if (page.overlay === 'required' && missing > 0)
      problems.push(`Chromium: the overlay did not attach on ${page.name} in ${missing} run(s)`);
  }

  log(`Popup with ${settings.notes.toLocaleString('en')} notes`);
  const popup = await popupFigures(withExtension, URLS.pressTv, {
    notes: settings.notes,
    runs: settings.runs,
    warmUp: settings.warmUp,
    log,
  });

  log(
    `Background with the starter corpus and + ${settings.synthetic.toLocaleString('en')} synthetic articles`,
  );
  const background = await backgroundFigures(
    withExtension,
    { url: BENCH_URLS.copy, html: bodies.get(BENCH_URLS.copy)! },
    { synthetic: settings.synthetic, runs: settings.runs, log },
  );
  await withExtension.close();

  const firefoxPages = pages.filter((page) => page.overlay === 'required' || page.kind === 'non-article');
  const firefoxSet =
    settings.firefoxPages >= pages.length ? pages : firefoxPages.slice(0, settings.firefoxPages);
  log(`Firefox: ${firefoxSet.length} pages × ${settings.runs} runs × (with, without)`);
  const firefox = await firefoxLoads(firefoxSet, bodies, {
    runs: settings.runs,
    windowMs: settings.windowMs,
    log,
  });
  for (const [page, samples] of firefox.samples)
    if (
      page.overlay === 'required' &&
      !samples.some((sample) => sample.variant === 'with' && sample.overlayMs !== null)
    )
      problems.push(`Firefox: the overlay never attached on ${page.name}`);

  results = {
    mode: quick ? 'quick' : 'full',
    date: new Date()
      .toISOString()
      .replace(/\.\d+Z$/, ' UTC')
      .replace('T', ' '),
    machine: machine(chromiumVersion, firefox.version.replace(/^firefox\//, 'Firefox ')),
    settings,
    chromium,
    firefox: firefox.samples,
    sizes,
    background,
    popup,
  };
} catch (error) {
  await Promise.allSettled([withExtension.close(), without.close(), emptyScript.close(), askOnce.close()]);
  throw error;
}

const text = reportLines(results).join('\n');
console.log(`\n${text}`);
mkdirSync(dirname(output), { recursive: true });
// Formatted as the rest of the repository, so `npm run format:check` stays clean.
writeFileSync(output, await format(text, { ...(await resolveConfig(output)), filepath: output }));
log(`Wrote ${output}`);
if (problems.length > 0) {
  console.error(`\nThe benchmark harness broke:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}
