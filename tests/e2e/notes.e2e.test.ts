/**
 * Saved notes in real Chromium with the production build: a reader selects text on a served page,
 * saves a note (keyboard shortcut, then the button, then the context menu's tab message), reloads
 * and finds it highlighted again; the popup lists it; it is exported, deleted and imported back.
 * The page is then edited: notes follow the edited words, a removed quote is orphaned, and the
 * orphan is attached to a new selection. The page never sees a note's text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  askBackgroundFrom,
  launchChromium,
  openPage,
  openPopupFor,
  type ChromiumSession,
} from './harness/chromium';
import { inNotesUi, noteHighlightShown, selectWords } from './harness/notes-chromium';
import { articleHtml } from './harness/pages';

const URL = 'https://notes-demo.example/2026/11/city-library-reopens';
const ARTICLE = `City library reopens after a year of repairs

The central library reopened on Monday after twelve months of repairs to its roof and reading rooms, the city council said in a statement.

Visitors queued before the doors opened at nine, and the first hundred readers received a free guide to the building's history.

The repairs cost four million euros, most of it paid by a regional fund for historic buildings, according to the council.

Librarians said the children's section would open a week later, once new shelves have been delivered.`;

const QUOTE = 'most of it paid by a regional fund for historic buildings';
const NOTE_TEXT = 'Which regional fund? Ask the council for the grant decision.';

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
const pages = new Map<string, string>();
const serve = (text: string) => pages.set(URL, articleHtml(text, { site: 'City News' }));

beforeAll(async () => {
  serve(ARTICLE);
  session = await launchChromium(pages);
});

afterAll(async () => {
  await session?.close();
});

/** Opens an extension page to ask the background as the popup does. */
async function extensionPage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  return page;
}

async function listNotes(from: Page): Promise<StoredNote[]> {
  const reply = (await askBackgroundFrom(from, 'notes/list', {})) as Reply<StoredNote[]>;
  expect(reply.ok).toBe(true);
  return reply.value;
}

/** Opens the article and waits until the content script is running in it. */
async function openArticle(): Promise<Page> {
  const page = await openPage(session, URL);
  await expect.poll(() => inNotesUi(page, 'return true').catch(() => false), { timeout: 10_000 }).toBe(true);
  return page;
}

/** Types into the editor (focused when it opens) and saves with Ctrl+Enter. */
async function writeAndSave(page: Page, text: string): Promise<void> {
  await expect.poll(() => inNotesUi(page, 'return !!root?.querySelector("textarea")')).toBe(true);
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => page.locator('backstory-notes').count()).toBe(0);
}

describe('Chromium: saved notes', () => {
  test('select, save with Alt+Shift+N, and the page never sees the note', async () => {
    const page = await openArticle();
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
    await expect.poll(() => noteHighlightShown(page)).toBe(true);
    await page.close();
  });

  test('after a reload the note is found again and highlighted', async () => {
    const page = await openArticle();
    await expect.poll(() => noteHighlightShown(page), { timeout: 10_000 }).toBe(true);
    const from = await extensionPage();
    await expect
      .poll(async () => (await listNotes(from)).map((note) => note.anchorStatus))
      .toEqual(['anchored']);
    await from.close();
    await page.close();
  });

  test('the popup lists it; export, delete and import bring it back', async () => {
    const page = await openArticle();
    const popup = await openPopupFor(session, URL);
    await expect.poll(() => popup.textContent('body')).toContain(NOTE_TEXT);
    const [note] = await listNotes(popup);
    expect(note?.target?.quote.exact).toBe(QUOTE);

    const exported = (await askBackgroundFrom(popup, 'notes/export', { format: 'jsonld' })) as Reply<string>;
    expect(exported.ok).toBe(true);
    expect(exported.value).toContain('TextQuoteSelector');
    expect(exported.value).toContain(NOTE_TEXT);

    expect(((await askBackgroundFrom(popup, 'notes/delete', { id: note!.id })) as Reply).ok).toBe(true);
    expect(await listNotes(popup)).toEqual([]);
    const imported = (await askBackgroundFrom(popup, 'notes/import', { json: exported.value })) as Reply;
    expect(imported).toMatchObject({ ok: true, value: { added: 1 } });
    expect((await listNotes(popup)).map((n) => [n.id, n.body])).toEqual([[note!.id, NOTE_TEXT]]);
    await popup.close();

    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => noteHighlightShown(page), { timeout: 10_000 }).toBe(true);
    await page.close();
  });

  test('the button by a selection and the context menu message open the editor', async () => {
    const page = await openArticle();
    await selectWords(page, 'the first hundred readers received a free guide');
    await page.evaluate(() => document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true })));
    await expect
      .poll(() => inNotesUi(page, 'return root?.querySelector("button")?.textContent'))
      .toBe('Save note');
    await inNotesUi(page, 'root.querySelector("button").click()');
    await inNotesUi(page, 'root.querySelector("input[value=question]").click()');
    await writeAndSave(page, 'Who printed the guide?');

    await selectWords(page, "Librarians said the children's section would open a week later");
    const popup = await extensionPage();
    // What the background does when the reader picks the context menu item.
    const opened = await popup.evaluate(async (url) => {
      for (const tab of await chrome.tabs.query({})) {
        const status = await chrome.tabs
          .sendMessage(tab.id!, { type: 'tab/status', payload: {} })
          .catch(() => null);
        if (status?.value?.url === url)
          return chrome.tabs.sendMessage(tab.id!, { type: 'tab/open-note-editor', payload: {} });
      }
      return null;
    }, URL);
    expect(opened).toEqual({ ok: true, value: { opened: true } });
    await writeAndSave(page, 'Check the delivery date.');
    const kinds = (await listNotes(popup)).map((note) => note.kind).sort();
    expect(kinds).toEqual(['comment', 'comment', 'question']);
    await popup.close();
    await page.close();
  });

  test('an edited page: edited quotes follow, a removed one is orphaned and can be attached again', async () => {
    serve(
      // One word added inside the first quote; the third quote's sentence replaced.
      ARTICLE.replace('paid by a regional fund', 'paid by a regional heritage fund').replace(
        "Librarians said the children's section would open a week later, once new shelves have been delivered.",
        'The café on the ground floor will open in spring.',
      ),
    );
    const page = await openArticle();
    const from = await extensionPage();
    const statusByBody = async () =>
      Object.fromEntries((await listNotes(from)).map((note) => [note.body, note.anchorStatus]));
    await expect.poll(statusByBody, { timeout: 10_000 }).toEqual({
      [NOTE_TEXT]: 'anchored',
      'Who printed the guide?': 'anchored',
      'Check the delivery date.': 'orphaned',
    });

    await selectWords(page, 'The café on the ground floor will open in spring.');
    await page.evaluate(() => document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true })));
    await expect
      .poll(() =>
        inNotesUi(page, 'return [...(root?.querySelectorAll("button") ?? [])].map((b) => b.textContent)'),
      )
      .toEqual(['Save note', 'Attach to an orphaned note…']);
    await inNotesUi(page, 'root.querySelectorAll("button")[1].click()');
    await expect
      .poll(() => inNotesUi(page, 'return root?.textContent ?? ""'))
      .toContain('Check the delivery date.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(statusByBody).toMatchObject({ 'Check the delivery date.': 'anchored' });
    const attached = (await listNotes(from)).find((note) => note.body === 'Check the delivery date.');
    expect(attached?.target?.quote.exact).toBe('The café on the ground floor will open in spring.');
    await from.close();
    await page.close();
  });

  test('the extension made no network request', () => {
    expect(session.offline.filter((request) => request.fromExtension)).toEqual([]);
  });
});
