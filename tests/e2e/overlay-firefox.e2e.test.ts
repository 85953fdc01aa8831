import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, openPage, waitFor, type FirefoxSession } from './harness/firefox';
import { SCENARIOS, scenarioPages, SPA } from './harness/scenarios';

let session: FirefoxSession;

beforeAll(async () => {
  session = await launchFirefox(scenarioPages());
});

afterAll(async () => {
  await session?.close();
});

const contract = (page: Page) =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('backstory-overlay');
    const host = hosts[0];
    return {
      count: hosts.length,
      match: host?.getAttribute('data-match') ?? null,
      outlet: host?.getAttribute('data-outlet') ?? null,
      claims: Number(host?.getAttribute('data-claims') ?? 0),
      related: Number(host?.getAttribute('data-related') ?? 0),
      shadowVisible: host ? host.shadowRoot !== null : false,
    };
  });

const overlayCount = async (page: Page) => (await contract(page)).count;

describe('Firefox: the overlay on each kind of page', () => {
  test.each(SCENARIOS)('$name', async ({ url, expected }) => {
    const page = await openPage(session, url);
    if (expected) {
      await waitFor(async () => (await overlayCount(page)) === 1);
      const seen = await contract(page);
      expect(seen).toMatchObject({
        count: 1,
        match: expected.match,
        outlet: expected.outlet,
        shadowVisible: false,
      });
      expect(seen.claims).toBeGreaterThanOrEqual(expected.minClaims);
      expect(seen.related).toBeGreaterThanOrEqual(expected.minRelated);
    } else {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await overlayCount(page)).toBe(0);
    }
    await page.close();
  });

  test('a single-page navigation to an article recomputes the overlay', async () => {
    const page = await openPage(session, SPA.start);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await overlayCount(page)).toBe(0);
    await page.click('#go');
    await waitFor(async () => (await overlayCount(page)) === 1);
    expect((await contract(page)).match).toBe('copy');
    await page.close();
  });
});
