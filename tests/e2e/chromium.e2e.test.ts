import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  askBackgroundFrom,
  launchChromium,
  openPage,
  openPopupFor,
  type ChromiumSession,
} from './harness/chromium';
import { demoPages, URLS } from './harness/pages';

let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium(demoPages());
});

afterAll(async () => {
  await session?.close();
});

describe('Chromium: foundation', () => {
  test('the content script runs on a known outlet page and attaches one overlay', async () => {
    const page = await openPage(session, URLS.pressTv);
    const host = page.locator('backstory-overlay');
    await expect.poll(() => host.count()).toBe(1);
    expect(await host.getAttribute('data-outlet')).toBe('presstv.ir');
    expect(await host.getAttribute('data-match')).toMatch(/^(exact|copy|reuse|story|outlet)$/);
    // The shadow root is closed: page scripts see no way in.
    expect(
      await page.evaluate(() => document.querySelector('backstory-overlay')?.shadowRoot ?? null),
    ).toBeNull();
    await page.close();
  });

  test('an unrelated page gets nothing', async () => {
    const page = await openPage(session, URLS.unrelated);
    await page.waitForTimeout(1500);
    expect(await page.locator('backstory-overlay').count()).toBe(0);
    await page.close();
  });

  test('the background answers a typed message and refuses a malformed one', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const pong = (await askBackgroundFrom(page, 'ping', {})) as { ok: boolean; value: { version: string } };
    expect(pong.ok).toBe(true);
    expect(pong.value.version).toMatch(/^\d+\.\d+\.\d+$/);
    const refused = (await askBackgroundFrom(page, 'packs/remove', { id: 42 })) as {
      ok: boolean;
      error: string;
    };
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain('packs/remove');
    await page.close();
  });

  test('the popup renders the current page result', async () => {
    const page = await openPage(session, URLS.pressTv);
    await expect.poll(() => page.locator('backstory-overlay').count()).toBe(1);
    const popup = await openPopupFor(session, URLS.pressTv);
    const result = popup.getByTestId('page-result');
    await expect.poll(() => result.count()).toBe(1);
    expect(await popup.textContent('body')).toContain('Press TV');
    await popup.close();
    await page.close();
  });

  test('the extension made no network request', () => {
    expect(session.offline.length).toBeGreaterThan(0); // the real page's own requests were seen and refused
    expect(session.offline.filter((request) => request.fromExtension)).toEqual([]);
  });
});
