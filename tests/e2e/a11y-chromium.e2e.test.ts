import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, openPage, openPopupFor, type ChromiumSession } from './harness/chromium';
import { openPanelText, backstoryFrame } from './harness/overlay-chromium';
import { demoPages, URLS } from './harness/pages';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let session: ChromiumSession;

beforeAll(async () => {
  session = await launchChromium(demoPages());
});

afterAll(async () => {
  await session?.close();
});

type Violation = { id: string; impact: string | null; nodes: unknown[] };
const serious = (violations: Violation[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);

async function axeOnPage(page: Page | Frame): Promise<Violation[]> {
  await page.evaluate(axeSource); // evaluated over CDP, so the page's CSP does not block it
  return page.evaluate(
    async () =>
      (await (window as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe.run())
        .violations,
  );
}

describe('Chromium: accessibility (axe-core)', () => {
  test('the popup has no serious or critical violations, in light and dark', async () => {
    const page = await openPage(session, URLS.pressTv);
    await expect.poll(() => page.locator('backstory-overlay').count()).toBe(1);
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await openPopupFor(session, URLS.pressTv);
      await popup.emulateMedia({ colorScheme });
      await popup.getByTestId('page-result').waitFor();
      expect(serious(await axeOnPage(popup)), colorScheme).toEqual([]);
      await popup.close();
    }
    await page.close();
  });

  test('the open panel, in its frame, has no serious or critical violations, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage(session, URLS.pressTv);
      await page.emulateMedia({ colorScheme });
      // The panel is open, not just the badge.
      expect(await openPanelText(page)).toContain('Islamic Republic of Iran Broadcasting');
      expect(serious(await axeOnPage(await backstoryFrame(page))), colorScheme).toEqual([]);
      await page.close();
    }
  });
});
