// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.presstv.ir/Detail/2026/01/01/storage-test" }
/**
 * When the background cannot use storage, the content script on a page shows nothing and throws
 * nothing: every answer is a plain error, and the page is left as it was. The control run, on
 * working storage, shows the overlay on the same page, so the test can see one when there is one.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startBootstrap } from '../../entrypoints/content/bootstrap';
import { startPage } from '../../entrypoints/content/page';
import { STORAGE_MESSAGES } from '../../lib/db/open';
import { askBackground } from '../../lib/messaging';
import { freshDb } from '../helpers/packs';
import { recordFigures } from './figures';
import {
  bridgeContentScript,
  dbWithFactory,
  restartBackground,
  unavailableIndexedDb,
} from './storage-harness';

let ctx: ContentScriptContext | null = null;

afterEach(() => {
  ctx?.abort();
  vi.restoreAllMocks();
  ctx = null;
  document.querySelectorAll('backstory-overlay').forEach((host) => host.remove());
});

function showArticle(): void {
  document.title = 'Weather service expects a mild winter | Press TV';
  document.body.replaceChildren();
  const article = document.createElement('article');
  for (const text of [
    'Weather service expects a mild winter.',
    'A page with no corpus story on a known outlet.',
  ]) {
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    article.append(paragraph);
  }
  document.body.append(article);
}

/** Runs the content script to the end and answers the overlays on the page. */
async function runContentScript(): Promise<number> {
  bridgeContentScript(location.href);
  ctx = new ContentScriptContext('content');
  await startBootstrap(ctx, async () => startPage);
  return document.querySelectorAll('backstory-overlay').length;
}

describe('the content script when storage is unavailable', () => {
  test('control: on working storage the known outlet gets its overlay', async () => {
    showArticle();
    await restartBackground(freshDb());
    expect(await runContentScript()).toBe(1);
  });

  test('storage unavailable: plain errors, no overlay, no throw, the page untouched', async () => {
    showArticle();
    const before = document.documentElement.outerHTML;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await restartBackground(dbWithFactory(unavailableIndexedDb()));
    expect(logged).toHaveBeenCalledTimes(1); // the background says why it has no corpus
    bridgeContentScript(location.href);
    expect(await askBackground('page/lookup', { url: location.href, canonicalUrl: null })).toEqual({
      ok: false,
      error: STORAGE_MESSAGES.unavailable,
    });
    await expect(runContentScript()).resolves.toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
    recordFigures([
      {
        id: 'storage/unavailable-page',
        class: 'Storage unavailable: content script on a known outlet',
        where: 'tests/security/storage-unavailable-page.test.ts (jsdom)',
        tried: 1,
        rejected: null,
        executed: null,
        notesLost: null,
        detail: 'no overlay, no exception, page unchanged',
      },
    ]);
  });
});
