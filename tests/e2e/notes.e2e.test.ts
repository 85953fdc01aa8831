/**
 * Saved notes in real Chromium with the production build: a reader selects text on a served page,
 * saves a note (keyboard shortcut, then the button, then the context menu's tab message), reloads
 * and finds it highlighted again; the popup lists it; it is exported, deleted and imported back.
 * The page is then edited: notes follow the edited words, a removed quote is orphaned, and the
 * orphan is attached to a new selection. The page never sees a note's text.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { askBackgroundFrom, launchChromium, openPopupFor, type ChromiumSession } from './harness/chromium';
import {
  contentScriptTab,
  inNotesUi,
  noteHighlightShown,
  pressClosing,
  selectWords,
} from './harness/notes-chromium';
import { articleHtml } from './harness/pages';

const URL = 'https://notes-demo.example/2026/11/city-library-reopens';
const ARTICLE = `City library reopens after a year of repairs

The central library reopened on Monday after twelve months of repairs to its roof and reading rooms, the city council said in a statement.

Visitors queued before the doors opened at nine, and the first hundred readers received a free guide to the building's history.

The repairs cost four million euros, most of it paid by a regional fund for historic buildings, according to the council.

Librarians said the children's section would open a week later, once new shelves have been delivered.`;

const QUOTE = 'most of it paid by a regional fund for historic buildings';
const NOTE_TEXT = 'Which regional fund? Ask the council for the grant decision.';
/** Polls wait this long: each look inside the closed root opens a DevTools session. */
const WAIT = { timeout: 10_000 };

interface Reply<T = unknown> {
  ok: boolean;
  value: T;
  error?: string;
}
interface StoredNote {
  id: string;
  body: string;
  kind: string;
  anchorStatus?: string;
  target: { quote: { exact: string } } | null;
}

let session: ChromiumSession;
/** An extension page kept open to ask the background and the tabs, as the popup would. */
let extension: Page;
const pages = new Map<string, string>();
const serve = (text: string) => pages.set(URL, articleHtml(text, { site: 'City News' }));

beforeAll(async () => {
  serve(ARTICLE);
  session = await launchChromium(pages);
  extension = await session.context.newPage();
  await extension.goto(`chrome-extension://${session.extensionId}/popup.html`);
});

afterEach(async () => {
  // A failed test must not leave its article open for the next one to find.
  for (const page of session.context.pages()) if (page !== extension) await page.close();
});

afterAll(async () => {
  await session?.close();
});

async function listNotes(): Promise<StoredNote[]> {
  const reply = (await askBackgroundFrom(extension, 'notes/list', {})) as Reply<StoredNote[]>;
  expect(reply.ok).toBe(true);
  return reply.value;
}

/** Opens the article and waits until its content script answers; answers the page and its tab id. */
async function openArticle(): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(URL, { waitUntil: 'load' });
  const tabId = await contentScriptTab(extension, URL);
  // Keys go to the tab in front; the extension page opened first would otherwise be.
  await page.bringToFront();
  return { page, tabId };
}

/** Types into the editor once it has the focus (it takes it when it opens) and saves with Ctrl+Enter. */
async function writeAndSave(page: Page, text: string): Promise<void> {
  await expect.poll(() => inNotesUi(page, 'return root?.activeElement?.localName'), WAIT).toBe('textarea');
  // Keys reach the focused element only while the page's window has the focus.
  await expect.poll(() => page.evaluate(() => document.hasFocus()), WAIT).toBe(true);
  await page.keyboard.type(text);
  await pressClosing(page, 'Control', 'Enter');
  // Saved: the editor is gone, and so is the selection (no "Save note" button comes back for it).
  await expect.poll(() => page.locator('backstory-notes').count(), WAIT).toBe(0);
  expect(await page.evaluate(() => document.getSelection()?.isCollapsed)).toBe(true);
}

/** Tells the content script the pointer was released, as the end of a mouse selection does. */
const endSelection = (page: Page) =>
  page.evaluate(() => document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true })));

describe('Chromium: saved notes', () => {
  test('select, save with Alt+Shift+N, and the page never sees the note', async () => {
    const { page } = await openArticle();
    await selectWords(page, QUOTE);
    await page.keyboard.press('Alt+Shift+N');
    // Page scripts listen for keys and input the way a site's shortcuts and analytics would.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'])
        document.addEventListener(type, (event) =>
          seen.push(`${type}:${(event as KeyboardEvent).key ?? ''}`),
        );
    });
    await writeAndSave(page, NOTE_TEXT);

    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.textContent)).not.toContain(
      'Which regional fund',
    );
    // The page's scripts see the host element, but no way into its closed shadow root.
    await selectWords(page, 'twelve months of repairs');
    await endSelection(page);
    await expect.poll(() => page.locator('backstory-notes').count(), WAIT).toBe(1);
    expect(await page.evaluate(() => document.querySelector('backstory-notes')!.shadowRoot)).toBeNull();
    await expect.poll(() => noteHighlightShown(page), WAIT).toBe(true);
  });

  test('after a reload the note is found again and highlighted, without touching the page DOM', async () => {
    const { page } = await openArticle();
    await expect.poll(() => noteHighlightShown(page), WAIT).toBe(true);
    // Chromium has the CSS Custom Highlight API: no <mark> is added to the page.
    expect(await page.evaluate(() => CSS.highlights.has('backstory-note-comment'))).toBe(true);
    expect(await page.locator('mark').count()).toBe(0);
    await expect
      .poll(async () => (await listNotes()).map((note) => note.anchorStatus), WAIT)
      .toEqual(['anchored']);
  });

  test('the popup lists it; export, delete and import bring it back', async () => {
    const { page } = await openArticle();
    const popup = await openPopupFor(session, URL);
    await expect.poll(() => popup.textContent('body'), WAIT).toContain(NOTE_TEXT);
    const [note] = await listNotes();
    expect(note?.target?.quote.exact).toBe(QUOTE);
    // The note's kind chip has the comment colours of the sheet the notes frame uses too.
    const chip = popup.locator('.bs-kind-comment').first();
    expect(await chip.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(221, 244, 255)',
    );

    const exported = (await askBackgroundFrom(popup, 'notes/export', { format: 'jsonld' })) as Reply<string>;
    expect(exported.ok).toBe(true);
    expect(exported.value).toContain('TextQuoteSelector');
    expect(exported.value).toContain(NOTE_TEXT);

    expect(((await askBackgroundFrom(popup, 'notes/delete', { id: note!.id })) as Reply).ok).toBe(true);
    expect(await listNotes()).toEqual([]);
    const imported = (await askBackgroundFrom(popup, 'notes/import', { json: exported.value })) as Reply;
    expect(imported).toMatchObject({ ok: true, value: { added: 1 } });
    expect((await listNotes()).map((n) => [n.id, n.body])).toEqual([[note!.id, NOTE_TEXT]]);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => noteHighlightShown(page), WAIT).toBe(true);

    // The popup's "Open" adds #backstory-note=<id>: the page marks that note as the chosen one,
    // whether the fragment comes with the page load or is set on an open page.
    const chosen = (target: Page) =>
      target.evaluate(() => CSS.highlights.get('backstory-note-active')?.size ?? 0);
    expect(await chosen(page)).toBe(0);
    await page.evaluate((id) => (location.hash = `backstory-note=${id}`), note!.id);
    await expect.poll(() => chosen(page), WAIT).toBe(1);
    const opened = await session.context.newPage();
    await opened.goto(`${URL}#backstory-note=${note!.id}`, { waitUntil: 'load' });
    await expect.poll(() => chosen(opened), WAIT).toBe(1);
  });

  test('the button by a selection and the context menu message open the editor', async () => {
    const { page, tabId } = await openArticle();
    await selectWords(page, 'the first hundred readers received a free guide');
    await endSelection(page);
    await expect
      .poll(() => inNotesUi(page, 'return root?.querySelector("button")?.textContent'), WAIT)
      .toBe('Save note');
    await inNotesUi(page, 'root.querySelector("button").click()');
    await expect
      .poll(() => inNotesUi(page, 'return !!root?.querySelector("input[value=question]")'), WAIT)
      .toBe(true);
    // Each kind has its colours (components/notes/note-kinds.css, shared with the popup).
    expect(
      await inNotesUi(
        page,
        'return getComputedStyle(root.querySelector(".bs-kind-question")).backgroundColor',
      ),
    ).toBe('rgb(255, 248, 197)');
    await inNotesUi(page, 'root.querySelector("input[value=question]").click()');
    await writeAndSave(page, 'Who printed the guide?');

    await selectWords(page, "Librarians said the children's section would open a week later");
    // What the background does when the reader picks the context menu item.
    const opened = await extension.evaluate(
      (id) =>
        Promise.race([
          chrome.tabs.sendMessage(id, { type: 'tab/open-note-editor', payload: {} }, { frameId: 0 }),
          new Promise((_, reject) => setTimeout(() => reject(new Error('no answer in 15 s')), 15_000)),
        ]),
      tabId,
    );
    expect(opened).toEqual({ ok: true, value: { opened: true } });
    await writeAndSave(page, 'Check the delivery date.');
    const kinds = Object.fromEntries((await listNotes()).map((note) => [note.body, note.kind]));
    expect(kinds).toMatchObject({
      'Who printed the guide?': 'question',
      'Check the delivery date.': 'comment',
    });
  });

  test('an edited page: edited quotes follow, a removed one is orphaned and can be attached again', async () => {
    serve(
      // One word added inside the first quote; the third quote's sentence replaced.
      ARTICLE.replace('paid by a regional fund', 'paid by a regional heritage fund').replace(
        "Librarians said the children's section would open a week later, once new shelves have been delivered.",
        'The café on the ground floor will open in spring.',
      ),
    );
    const { page } = await openArticle();
    const statusByBody = async () =>
      Object.fromEntries((await listNotes()).map((note) => [note.body, note.anchorStatus]));
    await expect.poll(statusByBody, WAIT).toEqual({
      [NOTE_TEXT]: 'anchored',
      'Who printed the guide?': 'anchored',
      'Check the delivery date.': 'orphaned',
    });

    await selectWords(page, 'The café on the ground floor will open in spring.');
    await endSelection(page);
    await expect
      .poll(
        () =>
          inNotesUi(page, 'return [...(root?.querySelectorAll("button") ?? [])].map((b) => b.textContent)'),
        WAIT,
      )
      .toEqual(['Save note', 'Attach to an orphaned note…']);
    await inNotesUi(page, 'root.querySelectorAll("button")[1].click()');
    await expect
      .poll(() => inNotesUi(page, 'return (root?.body ?? root)?.textContent ?? ""'), WAIT)
      .toContain('Check the delivery date.');
    await expect.poll(() => inNotesUi(page, 'return root.activeElement?.type'), WAIT).toBe('radio');
    await pressClosing(page, 'Control', 'Enter');
    await expect.poll(statusByBody, WAIT).toMatchObject({ 'Check the delivery date.': 'anchored' });
    const attached = (await listNotes()).find((note) => note.body === 'Check the delivery date.');
    expect(attached?.target?.quote.exact).toBe('The café on the ground floor will open in spring.');
  });

  test('a page that removes the editor while the reader types gets it back, text and all', async () => {
    const { page } = await openArticle();
    await selectWords(page, 'twelve months of repairs');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => inNotesUi(page, 'return root?.activeElement?.localName'), WAIT).toBe('textarea');
    await expect.poll(() => page.evaluate(() => document.hasFocus()), WAIT).toBe(true);
    await page.keyboard.type('Half-typed thought');
    await page.waitForTimeout(200);
    await page.evaluate(() => document.querySelector('backstory-notes')!.remove());
    // Put back, reloaded, with what was typed.
    await expect
      .poll(() => inNotesUi(page, 'return root?.querySelector?.("textarea")?.value ?? null'), WAIT)
      .toBe('Half-typed thought');
    await inNotesUi(
      page,
      '[...root.querySelectorAll("button")].find((b) => b.textContent === "Cancel").click()',
      { closes: true },
    );
    await expect.poll(() => page.locator('backstory-notes').count(), WAIT).toBe(0);
  });

  test('the extension made no network request', () => {
    expect(session.offline.filter((request) => request.fromExtension)).toEqual([]);
  });
});
