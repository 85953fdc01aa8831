/**
 * Saved notes in real Firefox ESR with the Firefox build: select, Alt+Shift+N, type, Ctrl+Enter,
 * reload, and the note is highlighted again. The editor's closed shadow root is never opened here:
 * everything goes through the keyboard, as a reader would.
 */
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, openPage, waitFor, type FirefoxSession } from './harness/firefox';
import { articleHtml } from './harness/pages';

const URL = 'https://notes-demo.example/2026/11/library-firefox';
const ARTICLE = `City library reopens

The central library reopened on Monday after twelve months of repairs to its roof and reading rooms, the city council said.

Visitors queued before the doors opened at nine.`;

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox(new Map([[URL, articleHtml(ARTICLE, { site: 'City News' })]]));
});

afterAll(async () => {
  await session?.close();
});

const notesHosts = (page: Page) => page.evaluate(() => document.querySelectorAll('backstory-notes').length);

/** Whether a comment note is drawn: a non-empty custom highlight, or the <mark> fallback. */
const commentHighlighted = (page: Page) =>
  page.evaluate(() => {
    const registry = (globalThis as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
    return (
      (registry?.get('backstory-note-comment')?.size ?? 0) > 0 ||
      document.querySelector('mark[data-backstory-note="comment"]') !== null
    );
  });

/** Presses `key` with `modifiers` held, as one chord. */
async function chord(page: Page, modifiers: KeyInput[], key: KeyInput) {
  for (const modifier of modifiers) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier);
}

describe('Firefox: saved notes', () => {
  test('select, Alt+Shift+N, type, Ctrl+Enter; after a reload the note is highlighted again', async () => {
    const page = await openPage(session, URL);
    // The content script starts at document_idle, just after the load event: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await page.evaluate(() => {
      const text = [...document.querySelectorAll('p')].find((p) => p.textContent!.includes('twelve months'))!
        .firstChild as Text;
      const at = text.data.indexOf('twelve months of repairs');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'twelve months of repairs'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await chord(page, ['Alt', 'Shift'], 'KeyN');
    await waitFor(async () => (await notesHosts(page)) === 1);
    // The page sees the host element, not its closed shadow root.
    expect(await page.evaluate(() => document.querySelector('backstory-notes')!.shadowRoot)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.keyboard.type('A note typed in Firefox');
    await chord(page, ['Control'], 'Enter');
    await waitFor(async () => (await notesHosts(page)) === 0);
    expect(await page.evaluate(() => document.documentElement.textContent)).not.toContain('typed in Firefox');
    await waitFor(() => commentHighlighted(page));

    await page.reload({ waitUntil: 'load' });
    await waitFor(() => commentHighlighted(page));
    await page.close();
  });
});
