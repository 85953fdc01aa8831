/**
 * `npm run demo`: after the build, opens the bundled demo pages in Chromium with the extension
 * (headless when there is no display) and saves what a reader sees into demo-output/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, openPage, openPopupFor } from '../tests/e2e/harness/chromium';
import { demoPages, URLS } from '../tests/e2e/harness/pages';

const outDir = join(import.meta.dirname, '..', 'demo-output');

async function waitForOverlay(page: Page): Promise<Record<string, string | null> | null> {
  const host = page.locator('backstory-overlay');
  try {
    await host.waitFor({ state: 'attached', timeout: 10_000 });
  } catch {
    return null;
  }
  return host.evaluate((el) =>
    Object.fromEntries(el.getAttributeNames().map((name) => [name, el.getAttribute(name)])),
  );
}

/** Clicks the badge: the shadow root is closed, so we click where the host is drawn. */
async function openPanel(page: Page): Promise<void> {
  const box = await page.locator('backstory-overlay').boundingBox();
  if (box) await page.mouse.click(box.x + box.width - 40, box.y + box.height - 16);
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const session = await launchChromium(demoPages());
  const saved: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path });
    saved.push(path);
  };
  try {
    for (const [name, url] of Object.entries(URLS)) {
      const page = await openPage(session, url);
      await page.setViewportSize({ width: 1280, height: 900 });
      const overlay = await waitForOverlay(page);
      console.log(
        `${name.padEnd(18)} ${url}\n${' '.repeat(19)}overlay: ${overlay ? JSON.stringify(overlay) : 'none'}`,
      );
      if (overlay) {
        await shot(page, `${name}-badge`);
        await openPanel(page);
        await shot(page, `${name}-panel`);
      } else {
        await shot(page, `${name}-no-overlay`);
      }
      if (name === 'pressTv') {
        const popup = await openPopupFor(session, url);
        await popup.setViewportSize({ width: 400, height: 600 });
        await popup.waitForTimeout(300);
        await shot(popup, 'popup');
        await popup.close();
      }
      await page.close();
    }
  } finally {
    await session.close();
  }
  console.log(`\nScreenshots (${saved.length}) in ${outDir}:`);
  for (const path of saved) console.log(`  ${path}`);
}

await main();
