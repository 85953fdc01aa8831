/**
 * `npm run demo`: after the build, opens the bundled demo pages at their real addresses in
 * Chromium with the extension (headless when there is no display) and saves what a reader sees
 * into demo-output/: the badge, the panel, a claim's provenance, and the popup.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, openPage, openPopupFor } from '../tests/e2e/harness/chromium';
import { openPanelText } from '../tests/e2e/harness/overlay-chromium';
import { URLS } from '../tests/e2e/harness/pages';
import { SCENARIOS, scenarioPages } from '../tests/e2e/harness/scenarios';

const outDir = join(import.meta.dirname, '..', 'demo-output');
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

async function overlayAttributes(page: Page): Promise<Record<string, string | null> | null> {
  const host = page.locator('backstory-overlay');
  try {
    await host.waitFor({ state: 'attached', timeout: 8_000 });
  } catch {
    return null;
  }
  return host.evaluate((el) =>
    Object.fromEntries(el.getAttributeNames().map((name) => [name, el.getAttribute(name)])),
  );
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  // A window when there is a display to show it on; headless otherwise (CI, servers).
  const session = await launchChromium(scenarioPages(), { headless: !process.env.DISPLAY });
  const saved: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path });
    saved.push(path);
  };
  try {
    for (const scenario of SCENARIOS) {
      const page = await openPage(session, scenario.url);
      await page.setViewportSize({ width: 1280, height: 900 });
      const overlay = await overlayAttributes(page);
      console.log(
        `${scenario.name}\n  ${scenario.url}\n  overlay: ${overlay ? JSON.stringify(overlay) : 'none'}`,
      );
      if (overlay) {
        await openPanelText(page);
        await page.waitForTimeout(300);
        await shot(page, `${slug(scenario.name)}-panel`);
      } else {
        await shot(page, `${slug(scenario.name)}-no-overlay`);
      }
      await page.close();
    }
    const article = await openPage(session, URLS.pressTv);
    await article.setViewportSize({ width: 1280, height: 900 });
    await overlayAttributes(article);
    // Until the reader first opens it, the badge is drawn in the page (no frame yet).
    await article.waitForFunction(
      () => (document.querySelector('backstory-overlay')?.getBoundingClientRect().width ?? 0) > 20,
    );
    await article.waitForTimeout(200);
    await shot(article, 'press-tv-badge-and-highlights');
    const claim = article.getByText('the Russian Foreign Ministry issued a statement', { exact: false });
    await claim.scrollIntoViewIfNeeded();
    await claim.click();
    await article.waitForTimeout(400);
    await shot(article, 'press-tv-claim-provenance');
    const popup = await openPopupFor(session, URLS.pressTv);
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.waitForTimeout(400);
    await shot(popup, 'popup');
    await popup.close();
    await article.close();
  } finally {
    await session.close();
  }
  console.log(`\nScreenshots (${saved.length}) in ${outDir}:`);
  for (const path of saved) console.log(`  ${path}`);
}

await main();
