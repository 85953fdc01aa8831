/**
 * Reaching the notes UI from a test, as only the browser's tooling can. The button by a selection
 * is in `<backstory-notes>`'s closed shadow root: expressions run in the content script's isolated
 * world over CDP, where `chrome.dom.openOrClosedShadowRoot` opens it. The editor and note cards
 * are an extension page framed into the page, which Playwright drives directly. Page scripts have
 * no way into either.
 */
import type { Frame, Page } from 'playwright-core';
import { findTabShowing } from './chromium';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string };
}

/** Evaluates `expression` in Backstory's content script world of the page's top frame. */
export async function inContentWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const ours = (context: ExecutionContext) =>
      context.auxData?.type === 'isolated' &&
      context.auxData.frameId === frameTree.frame.id &&
      context.name === 'Backstory';
    // The existing contexts are announced as events, which may arrive after `enable` answers.
    const deadline = Date.now() + 3000;
    while (!contexts.some(ours) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const world = contexts.find(ours);
    if (!world) throw new Error('No Backstory content script world in this page');
    const reply = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (reply.exceptionDetails) {
      throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    }
    return reply.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const NOTES_ROOT = `(() => { const host = document.querySelector('backstory-notes'); return host && chrome.dom.openOrClosedShadowRoot(host); })()`;

/**
 * Runs a function body with `root` bound to what the notes UI shows: the notes frame's document
 * when the editor or a card shows, else the button host's shadow root (null when nothing shows).
 * `closes` says the body closes the frame it runs in (a Cancel click).
 */
export async function inNotesUi(
  page: Page,
  body: string,
  options: { closes?: boolean } = {},
): Promise<unknown> {
  const frame = page.frames().find((candidate) => candidate.url().includes('/frame.html?view=notes'));
  if (
    frame &&
    (await frame
      .locator('.bs-notes-root')
      .count()
      .catch(() => 0)) > 0
  )
    return frame
      .evaluate(`((root) => { ${body} })(document)`)
      .catch((error: unknown) => (options.closes ? ignoreDetached(error) : Promise.reject(error)));
  return inContentWorld(page, `((root) => { ${body} })(${NOTES_ROOT})`);
}

/**
 * The id of the tab showing `url` once its content script answers (so its listeners are set up),
 * asked from an extension page `from` as the popup and the background would.
 */
export async function contentScriptTab(from: Page, url: string, timeout = 10_000): Promise<number> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const tabId = await findTabShowing(from, url);
    if (tabId !== null) return tabId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No tab with Backstory running shows ${url}`);
}

/** Selects the first occurrence of `words` in the page's paragraphs, as a reader's drag would. */
export async function selectWords(page: Page, words: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    for (const p of document.querySelectorAll('p, h1')) {
      const text = p.firstChild;
      if (!(text instanceof Text)) continue;
      const at = text.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, words);
  if (!found) throw new Error(`"${words}" is not in the page`);
}

/** Whether a note highlight is drawn: a `backstory-note-*` custom highlight, or a <mark> fallback. */
export async function noteHighlightShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const registry = (globalThis as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
    const highlighted = [...(registry?.keys() ?? [])].some(
      (name) =>
        name.startsWith('backstory-note-') &&
        name !== 'backstory-note-active' &&
        registry!.get(name)!.size > 0,
    );
    return highlighted || document.querySelector('mark[data-backstory-note]') !== null;
  });
}

/**
 * How long a release is waited for. Well inside the second in which the content script keeps the
 * releases of the keys that closed the editor from the page (RELEASE_WINDOW_MS in
 * entrypoints/content/notes/index.ts), as a reader's hand lets go of both keys together: with
 * 2 s here, an Enter release Chromium never acknowledged held Control down past that second, and
 * its release reached the page (a failed CI run, 2026-11-22).
 */
const RELEASE_WAIT_MS = 300;

/**
 * Presses `modifier+key` in the note editor where the key closes it (Ctrl+Enter saves). Chromium
 * does not always acknowledge the release of a key sent to a frame that was removed in between,
 * and the DevTools call then never returns; the releases are sent but not waited for past a
 * moment. What the key did is for the caller to check.
 */
export async function pressClosing(page: Page, modifier: string, key: string): Promise<void> {
  await page.keyboard.down(modifier);
  await page.keyboard.down(key);
  for (const release of [key, modifier])
    await Promise.race([
      page.keyboard.up(release),
      new Promise((resolve) => setTimeout(resolve, RELEASE_WAIT_MS)),
    ]);
}

/**
 * Playwright may hear that a frame went away before it hears the answer of the call that made it
 * go (another DevTools session carries each): for an action that closes the frame, that is success.
 */
function ignoreDetached(error: unknown): undefined {
  if (String(error).includes('Frame was detached')) return undefined;
  throw error;
}

/**
 * Clicks a button that closes the frame it is in (the editor's Save): a DOM click, because
 * Chromium does not always acknowledge a pointer event to a frame removed in between, and
 * Playwright's click then waits for ever. What the click did is for the caller to check.
 */
export async function clickClosing(frame: Frame, selector: string): Promise<void> {
  await frame
    .locator(selector)
    .evaluate((button) => (button as HTMLElement).click())
    .catch(ignoreDetached);
}
