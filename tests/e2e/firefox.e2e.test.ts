import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, openPage, waitFor, type FirefoxSession } from './harness/firefox';
import { demoPages, URLS } from './harness/pages';

let session: FirefoxSession;

const overlayAttributes = (page: import('puppeteer-core').Page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('backstory-overlay');
    const host = hosts[0];
    return host
      ? {
          count: hosts.length,
          match: host.getAttribute('data-match'),
          outlet: host.getAttribute('data-outlet'),
          shadowVisible: host.shadowRoot !== null,
        }
      : { count: 0 };
  });

beforeAll(async () => {
  session = await launchFirefox(demoPages());
});

afterAll(async () => {
  await session?.close();
});

describe('Firefox: foundation', () => {
  test('the content script runs, the background answers it, and one closed overlay is attached', async () => {
    const page = await openPage(session, URLS.pressTv);
    await waitFor(async () => (await overlayAttributes(page)).count === 1);
    const overlay = await overlayAttributes(page);
    expect(overlay).toEqual({
      count: 1,
      match: expect.stringMatching(/^(exact|copy|reuse|story|outlet)$/),
      outlet: 'presstv.ir',
      shadowVisible: false,
    });
    await page.close();
  });

  test('a mirror domain is recognized as the same outlet', async () => {
    const page = await openPage(session, URLS.pressTvMirror);
    await waitFor(async () => (await overlayAttributes(page)).count === 1);
    expect((await overlayAttributes(page)).outlet).toBe('presstv.ir');
    await page.close();
  });

  test('an unrelated page gets nothing', async () => {
    const page = await openPage(session, URLS.unrelated);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await overlayAttributes(page)).count).toBe(0);
    await page.close();
  });
});
