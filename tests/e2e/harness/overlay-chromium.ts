/**
 * Reaching inside the overlay from a test, as only the browser's own tooling can: the panel is an
 * extension page framed into the web page (page scripts see neither its text nor its keys), and
 * Playwright drives that frame directly.
 */
import type { Frame, Page } from 'playwright-core';

/** The frame of one of Backstory's views (`panel` or `notes`) in the page, once it has rendered. */
export async function backstoryFrame(
  page: Page,
  view: 'panel' | 'notes' = 'panel',
  timeout = 10_000,
): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((candidate) => candidate.url().includes(`/frame.html?view=${view}`));
    const ready =
      frame &&
      (await frame
        .locator('.bs-frame > *')
        .count()
        .catch(() => 0)) > 0;
    if (frame && ready) return frame;
    if (Date.now() > deadline) throw new Error(`No rendered Backstory ${view} frame in ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Opens the panel and answers its text. Until the first open the badge is drawn in the page (its
 * host's box is the badge) and the panel's frame does not exist yet; pressing it makes the frame,
 * which opens the panel itself. After that, the badge is the frame's own, pressed here when the
 * panel is closed. (The new frame's badge is collapsed for a moment before it opens the panel:
 * pressing it then waited for a collapsed badge that was gone.)
 */
export async function openPanelText(page: Page): Promise<string> {
  const framed = page.frames().some((candidate) => candidate.url().includes('/frame.html?view=panel'));
  if (!framed) await page.locator('backstory-overlay').click();
  const frame = await backstoryFrame(page);
  const badge = frame.locator('.bs-badge[aria-expanded="false"]');
  if (framed && (await badge.count()) > 0) await badge.click();
  await frame.locator('.bs-panel').waitFor();
  return (await frame.locator('.bs-root').textContent()) ?? '';
}

/** Runs a function body with `root` bound to the overlay frame's document. */
export async function inOverlay(page: Page, body: string): Promise<unknown> {
  const frame = await backstoryFrame(page);
  return frame.evaluate(`((root) => { ${body} })(document)`);
}
