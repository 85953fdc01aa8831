/**
 * The browser benchmark's report: one Markdown text, printed and (in full mode) written to
 * BENCHMARKS.md: figures as median / worst, the budgets with pass or miss, the machine.
 */
import type { BackgroundFigures } from './background';
import type { LoadSample } from './loads-chromium';
import type { FirefoxSample } from './loads-firefox';
import type { Machine } from './machine';
import type { BenchPage } from './pages';
import type { PopupFigures } from './popup';
import type { InjectedSizes } from './static-size';
import { fmt, median, medWorst, worst } from './stats';

/** Everything one run measured. */
export interface BenchResults {
  mode: 'full' | 'quick';
  date: string;
  machine: Machine;
  settings: {
    runs: number;
    windowMs: number;
    tableRows: number;
    synthetic: number;
    notes: number;
    warmUp: boolean;
  };
  chromium: Map<BenchPage, LoadSample[]>;
  firefox: Map<BenchPage, FirefoxSample[]>;
  sizes: { chrome: InjectedSizes; firefox: InjectedSizes };
  background: BackgroundFigures[];
  popup: PopupFigures;
}

/** One budget's verdict. */
export interface Verdict {
  budget: string;
  page: string;
  figure: string;
  pass: boolean;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) => [
  row(head),
  row(head.map(() => '---')),
  ...rows.map(row),
];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Samples of one variant, in run order. */
const of = (samples: readonly LoadSample[], variant: LoadSample['variant']) =>
  samples.filter((sample) => sample.variant === variant).sort((a, b) => a.run - b.run);

/** Per-run ratios of load times (`over` ÷ without), paired by run. */
function loadRatios(samples: readonly LoadSample[], over: LoadSample['variant']): number[] {
  const base = of(samples, 'without');
  return of(samples, over).map((sample, i) => sample.loadMs / (base[i]?.loadMs ?? Number.NaN));
}

/** Per-run differences of main-thread busy time (with − without), paired by run. */
function busyDiffs(samples: readonly LoadSample[], over: LoadSample['variant']): number[] {
  const base = of(samples, 'without');
  return of(samples, over).map(
    (sample, i) => (sample.cost?.busyMs ?? Number.NaN) - (base[i]?.cost?.busyMs ?? Number.NaN),
  );
}

const attributed = (samples: readonly LoadSample[], variant: LoadSample['variant']) =>
  of(samples, variant).map((sample) => sample.cost?.attributedMs ?? Number.NaN);

function chromiumTable(results: BenchResults): string[] {
  const rows = [...results.chromium].map(([page, samples]) => {
    const ours = attributed(samples, 'with');
    const naive = attributed(samples, 'naive');
    const withRuns = of(samples, 'with');
    const quietRuns = of(samples, 'quiet');
    const overlays = quietRuns.map((sample) => sample.overlayMs ?? Number.NaN);
    const shown = overlays.filter(Number.isFinite).length;
    const overlay = quietRuns.find((sample) => sample.overlay)?.overlay;
    return [
      page.name,
      medWorst(ours),
      medWorst(attributed(samples, 'empty')),
      medWorst(attributed(samples, 'ask')),
      medWorst(busyDiffs(samples, 'quiet')),
      medWorst(
        withRuns.map((sample) => sample.cost?.attributedLongTasks ?? Number.NaN),
        '',
        0,
      ),
      medWorst(naive),
      fmt(median(ours) / median(naive), '×', 1),
      medWorst(loadRatios(samples, 'quiet'), '', 3),
      medWorst(loadRatios(samples, 'empty'), '', 3),
      medWorst(loadRatios(samples, 'naive'), '', 3),
      shown ? `${medWorst(overlays)} (${shown}/${quietRuns.length})` : `none (0/${quietRuns.length})`,
      overlay
        ? (overlay['data-match'] ?? '?') +
          (overlay['data-claims'] ? `, ${overlay['data-claims']} claims` : '')
        : '–',
      medWorst(
        quietRuns.map((sample) => sample.mutations),
        '',
        0,
      ),
    ];
  });
  return table(
    [
      'page',
      'our script time on main thread (sampled)',
      'empty content script time (the floor)',
      'a script that only asks the background once (sampled)',
      'main-thread busy Δ (with − without)',
      'our tasks > 50 ms (sampled)',
      'naive Readability script time',
      'ours ÷ naive',
      'load with ÷ without',
      'load, empty content script ÷ without',
      'load naive ÷ without',
      'DCL → overlay (click → overlay for the SPA)',
      'overlay',
      'DOM mutations after DCL (with)',
    ],
    rows,
  );
}

function firefoxTable(results: BenchResults): string[] {
  const rows = [...results.firefox].map(([page, samples]) => {
    const withRuns = samples.filter((sample) => sample.variant === 'with');
    const without = samples.filter((sample) => sample.variant === 'without');
    const ratios = withRuns.map((sample, i) => sample.loadMs / (without[i]?.loadMs ?? Number.NaN));
    const overlays = withRuns.map((sample) => sample.overlayMs ?? Number.NaN);
    const shown = overlays.filter(Number.isFinite).length;
    return [
      page.name,
      medWorst(ratios, '', 3),
      shown ? `${medWorst(overlays)} (${shown}/${withRuns.length})` : `none (0/${withRuns.length})`,
      medWorst(
        withRuns.map((sample) => sample.mutations),
        '',
        0,
      ),
      'n/a (no main-thread trace over WebDriver BiDi)',
    ];
  });
  return table(
    ['page', 'load with ÷ without', 'DCL → overlay', 'DOM mutations after DCL (with)', 'main-thread time'],
    rows,
  );
}

function sizesTable(results: BenchResults): string[] {
  const line = (name: string, sizes: InjectedSizes) => [
    name,
    `${kb(sizes.everyPage.gzipBytes)} (${kb(sizes.everyPage.bytes)} raw): ${sizes.everyPage.files.join(', ') || '–'}`,
    `${kb(sizes.onOverlay.gzipBytes)} (${kb(sizes.onOverlay.bytes)} raw): ${sizes.onOverlay.files.join(', ') || 'nothing (no web-accessible resources)'}`,
  ];
  return table(
    ['build', 'injected into every page (gzip)', 'loads only when an overlay is shown (gzip)'],
    [line('chrome-mv3', results.sizes.chrome), line('firefox-mv2', results.sizes.firefox)],
  );
}

function backgroundTable(results: BenchResults): string[] {
  return table(
    [
      'corpus',
      'service worker JS heap (after GC)',
      'page/lookup',
      'page/analyze (edited copy)',
      'DCL → overlay (edited copy)',
    ],
    results.background.map((figures) => [
      figures.articles,
      mb(figures.heapBytes),
      medWorst(figures.lookupMs),
      medWorst(figures.analyzeMs),
      medWorst(figures.overlayMs),
    ]),
  );
}

function popupTable(results: BenchResults): string[] {
  const popup = results.popup;
  return table(
    [
      'notes',
      'open → first note rows painted',
      'scroll frame time',
      'search: keystroke → list painted',
      `same minus the ${popup.debounceMs} ms debounce`,
    ],
    [
      [
        popup.notes.toLocaleString('en'),
        medWorst(popup.openMs),
        medWorst(popup.frameMs),
        `${medWorst(popup.searchMs)} (${popup.searchMs.length} keystrokes that changed the list)`,
        medWorst(popup.searchMs.map((ms) => ms - popup.debounceMs)),
      ],
    ],
  );
}

/** Every budget with its verdict (the budgets are fixed by issue 7). */
export function verdicts(results: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  const add = (
    budget: string,
    page: string,
    value: number,
    pass: boolean,
    unit = 'ms',
    digits = 1,
    note = '',
  ) => out.push({ budget, page, figure: fmt(value, unit, digits) + note, pass });
  for (const [page, samples] of results.chromium) {
    const withRuns = of(samples, 'with');
    const quietRuns = of(samples, 'quiet');
    const ours = median(attributed(samples, 'with'));
    // What a content script that only asks the background about the page costs, measured alike.
    const floor = ` (one question alone: ${fmt(median(attributed(samples, 'ask')), 'ms', 1)})`;
    const longTasks = worst(withRuns.map((sample) => sample.cost?.attributedLongTasks ?? Number.NaN));
    if (page.kind === 'non-article') {
      add('≤ 2 ms added main-thread time (median)', page.name, ours, ours <= 2, 'ms', 1, floor);
      add('no long task (worst run)', page.name, longTasks, longTasks === 0, '', 0);
      for (const [build, sizes] of Object.entries(results.sizes)) {
        const gzip = sizes.everyPage.gzipBytes;
        out.push({
          budget: `≤ 15 KB gzip injected (${build === 'chrome' ? 'Chromium' : 'Firefox'})`,
          page: page.name,
          figure: kb(gzip),
          pass: gzip <= 15 * 1024,
        });
      }
      const written = worst(quietRuns.map((sample) => sample.mutations));
      add('no DOM written (mutations after DCL, worst run)', page.name, written, written === 0, '', 0);
    } else {
      add('≤ 10 ms added main-thread time (median)', page.name, ours, ours <= 10, 'ms', 1, floor);
      add('no task over 50 ms from us (worst run)', page.name, longTasks, longTasks === 0, '', 0);
      if (page.overlay !== 'none') {
        const overlay = median(quietRuns.map((sample) => sample.overlayMs ?? Number.NaN));
        add('overlay ≤ 150 ms after DCL (median)', page.name, overlay, overlay <= 150);
      }
    }
    const ratio = median(loadRatios(samples, 'quiet'));
    add('load ratio ≤ 1.05 (Chromium, median)', page.name, ratio, ratio <= 1.05, '', 3);
  }
  for (const [page, samples] of results.firefox) {
    const withRuns = samples.filter((sample) => sample.variant === 'with');
    const without = samples.filter((sample) => sample.variant === 'without');
    const ratio = median(withRuns.map((sample, i) => sample.loadMs / (without[i]?.loadMs ?? Number.NaN)));
    add('load ratio ≤ 1.05 (Firefox, median)', page.name, ratio, ratio <= 1.05, '', 3);
  }
  const notes = results.popup.notes.toLocaleString('en');
  const open = median(results.popup.openMs);
  add('popup open < 300 ms (median)', `${notes} notes`, open, open < 300);
  const search = median(results.popup.searchMs);
  add(
    'search < 50 ms (median, keystroke → painted, debounce included)',
    `${notes} notes`,
    search,
    search < 50,
  );
  return out;
}

/** The whole report as Markdown lines. */
export function reportLines(results: BenchResults): string[] {
  const { machine: m, settings: s } = results;
  const list = verdicts(results);
  return [
    `# Browser benchmark (${results.mode === 'quick' ? 'quick mode' : 'full'})`,
    '',
    `Measured by \`npm run bench:browser${results.mode === 'quick' ? ' -- --quick' : ''}\` on ${results.date}: the production build in real headless browsers, each page loaded with the extension, without it, without it but with Readability run at every DOMContentLoaded (the naive design), and in Chromium with an empty content script, with a content script that only asks the background about the page, and a second time with the extension (see below), interleaved run by run. Figures are median / worst over ${s.runs} runs.`,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM; ${m.os}; ${m.chromium}; ${m.firefox}; Node ${m.node}.`,
    `Settings: ${s.runs} runs per page and variant${s.warmUp ? ' after one unrecorded warm-up load' : ''}, traces count ${s.windowMs} ms after the load event, ${s.tableRows.toLocaleString('en')}-row table, ${s.synthetic.toLocaleString('en')} synthetic articles, ${s.notes.toLocaleString('en')} notes.`,
    '',
    `## Budgets: ${list.filter((v) => v.pass).length} met, ${list.filter((v) => !v.pass).length} missed`,
    '',
    ...table(
      ['budget', 'page', 'figure', ''],
      list.map((v) => [v.budget, v.page, v.figure, v.pass ? 'pass' : '**miss**']),
    ),
    '',
    '## Pages in Chromium (figures 1–3)',
    '',
    "Our script time: trace events on the page's main thread whose script URL is the extension's (chrome-extension://…), and V8's CPU samples on that thread whose stack holds such a script, their union; the naive design's and the empty script's are their script events (their code runs in one synchronous task). The samples count the work our scripts do in promise continuations after a message's answer arrives, which no timeline event attributes to a script (figures before 2026-11-21 22:30 UTC counted the events only, and missed it); our tasks over 50 ms are counted in the same sampled loads: a task over 50 ms is ours when it would have been 50 ms or shorter without our time in it, or holds over 50 ms of ours (since 2026-11-22 03:30 UTC; before, any long task our time touched counted, and Chromium's two nested events for one task counted it twice: the page's own 60–130 ms layout and parse tasks, right after our script, were counted as ours). Sampling slows the page down (DCL → overlay 12 to 21 ms later when it was on), so every other figure with the extension comes from a second load per run traced without samples (since 2026-11-22): busy Δ, load ratio, DCL → overlay and DOM mutations. Busy Δ: all top-level tasks on the main thread, with minus without, paired by run (noisier; includes style and layout our DOM writes cause). Load: load event after navigation start, ratio paired by run. The empty content script (a copy of the build whose content script is `void 0;`) shows what injecting any content script costs in Chromium with none of our code: its script time and load ratio are the floor under ours. The one-question script (a copy whose content script only listens for the popup's messages and sends our background the first question ours sends, `page/start`, traced with samples like ours) is the floor under any content script that consults the extension's database, which lives in the background: the budgets' figures show it beside ours.",
    '',
    ...chromiumTable(results),
    '',
    '## Pages in Firefox (figures 2–3)',
    '',
    ...firefoxTable(results),
    '',
    '## Script served into pages (figure 4, from the build output)',
    '',
    ...sizesTable(results),
    '',
    '## Background (figure 5, Chromium)',
    '',
    'Heap: Runtime.getHeapUsage on the service worker target after two forced collections. Messages timed from an extension page.',
    '',
    ...backgroundTable(results),
    '',
    '## Popup (figure 6, Chromium)',
    '',
    'Open: navigation start of popup.html?tab=… to the first animation frame after note rows are in the DOM. Scroll: requestAnimationFrame deltas while the list scrolls 180 px a frame. Search: a keystroke to the animation frame after the list (or its count) changes, typed one character at a time, 250 ms apart.',
    '',
    ...popupTable(results),
    '',
  ];
}
