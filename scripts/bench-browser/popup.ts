/**
 * Figure 6: the popup with many notes. Notes are imported with the `notes/import` message, then
 * the popup is opened about a page's tab (`popup.html?tab=ID`) again and again: time from
 * navigation to the first frame with note rows, frame times while the list scrolls, and the time
 * from each keystroke in the search box to the frame that shows the updated list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { askBackgroundFrom, tabIdShowing } from '../../tests/e2e/harness/chromium';
import type { BenchChromium } from './chromium';
import { SEARCH_QUERIES, syntheticNotesFile } from './notes';

/** Figure 6. */
export interface PopupFigures {
  notes: number;
  /** Navigation start to the first frame painted with note rows, ms per open. */
  openMs: number[];
  /** rAF deltas while scrolling the list, ms. */
  frameMs: number[];
  /** Keystroke to the frame showing the updated list, ms (only keystrokes that changed it). */
  searchMs: number[];
  /** The popup's search debounce, read from its source (0 if not found). */
  debounceMs: number;
}

/** The popup's search debounce, read from the notes section's source so the figure can show it. */
function searchDebounce(): number {
  try {
    const source = readFileSync(
      join(import.meta.dirname, '..', '..', 'components', 'popup', 'notes', 'NotesSection.tsx'),
      'utf8',
    );
    return Number(/SEARCH_DEBOUNCE_MS\s*=\s*(\d+)/.exec(source)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** In the popup, before its scripts: note rows' first frame, and each keystroke's list update. */
const POPUP_PROBE = `(() => {
  const record = { rowsAt: null, keys: [] };
  Object.defineProperty(window, '__popupBench', { value: record });
  let pending = null;
  addEventListener('keydown', () => { pending = { keyAt: performance.now(), paintAt: null }; record.keys.push(pending); }, true);
  new MutationObserver((records) => {
    if (record.rowsAt === null && document.querySelector('li.bs-note'))
      requestAnimationFrame((now) => { if (record.rowsAt === null) record.rowsAt = now; });
    if (!pending || pending.paintAt !== null) return;
    const inList = records.some((item) => {
      const node = item.target.nodeType === 1 ? item.target : item.target.parentElement;
      return node && node.closest('.bs-notes-scroll, [data-testid="notes-count"]');
    });
    if (!inList) return;
    const key = pending;
    key.paintAt = -1;
    requestAnimationFrame((now) => { key.paintAt = now; });
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();
`;

/** What the popup probe records. */
interface PopupProbe {
  rowsAt: number | null;
  keys: Array<{ keyAt: number; paintAt: number | null }>;
}
/** The popup's window with the probe (extension pages forbid string evaluation: reads are functions). */
type ProbedWindow = { __popupBench: PopupProbe };

const SCROLL = async (frames: number) => {
  const scroller = document.querySelector<HTMLElement>('.bs-notes-scroll');
  if (!scroller) throw new Error('No .bs-notes-scroll in the popup');
  const deltas: number[] = [];
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let frame = 0; frame < frames; frame++) {
    scroller.scrollTop += 180;
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    deltas.push(now - last);
    last = now;
  }
  return deltas;
};

async function typeQuery(popup: Page, query: string): Promise<number[]> {
  const box = popup.locator('#bs-notes-search');
  await box.fill('');
  await popup.waitForTimeout(300);
  await popup.evaluate(() => void ((window as unknown as ProbedWindow).__popupBench.keys.length = 0));
  await box.focus();
  for (const character of query) {
    await popup.keyboard.type(character);
    await popup.waitForTimeout(250);
  }
  const keys = await popup.evaluate(() => (window as unknown as ProbedWindow).__popupBench.keys);
  return keys.filter((key) => key.paintAt !== null && key.paintAt > 0).map((key) => key.paintAt! - key.keyAt);
}

/** Imports `count` notes, then opens the popup `runs` times (after an optional warm-up) about a tab showing `pageUrl`. */
export async function popupFigures(
  browser: BenchChromium,
  pageUrl: string,
  options: { notes: number; runs: number; warmUp: boolean; log: (line: string) => void },
): Promise<PopupFigures> {
  const base = `chrome-extension://${browser.extensionId}`;
  const tab = await browser.context.newPage();
  await tab.goto(pageUrl, { waitUntil: 'load' });
  const options_ = await browser.context.newPage();
  await options_.goto(`${base}/options.html`);
  const imported = (await askBackgroundFrom(options_, 'notes/import', {
    json: syntheticNotesFile(options.notes),
  })) as {
    ok: boolean;
    error?: string;
  };
  if (!imported.ok) throw new Error(`notes/import failed: ${imported.error}`);
  const tabId = await tabIdShowing(options_, pageUrl);
  await options_.close();
  options.log(`  imported ${options.notes.toLocaleString('en')} notes; opening the popup about tab ${tabId}`);

  const figures: PopupFigures = {
    notes: options.notes,
    openMs: [],
    frameMs: [],
    searchMs: [],
    debounceMs: searchDebounce(),
  };
  for (let run = options.warmUp ? -1 : 0; run < options.runs; run++) {
    const popup = await browser.context.newPage();
    await popup.addInitScript(POPUP_PROBE);
    await popup.goto(`${base}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(
      () => (window as unknown as ProbedWindow).__popupBench.rowsAt !== null,
      undefined,
      { timeout: 30_000 },
    );
    const rowsAt = (await popup.evaluate(() => (window as unknown as ProbedWindow).__popupBench.rowsAt))!;
    if (run >= 0) {
      figures.openMs.push(rowsAt);
      await popup.waitForTimeout(500);
      figures.frameMs.push(...(await popup.evaluate(SCROLL, 90)));
      figures.searchMs.push(...(await typeQuery(popup, SEARCH_QUERIES[run % SEARCH_QUERIES.length]!)));
    }
    await popup.close();
  }
  await tab.close();
  return figures;
}
