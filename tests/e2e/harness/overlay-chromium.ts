/**
 * Reaching inside the overlay's closed shadow root from a test, as only the extension can: we
 * evaluate in the content script's isolated world (over CDP), where `chrome.dom.openOrClosedShadowRoot`
 * opens it. Page scripts have no such way in.
 */
import type { Page } from 'playwright-core';

async function isolatedWorldId(page: Page): Promise<{ evaluate: (expression: string) => Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: {
    id: number;
    name: string;
    auxData?: { type?: string; isDefault?: boolean; frameId?: string };
  }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = contexts.find(
    (context) =>
      context.auxData?.type === 'isolated' &&
      context.auxData.frameId === frameTree.frame.id &&
      context.name === 'Backstory',
  );
  if (!world) throw new Error(`No Backstory content script world: ${contexts.map((c) => c.name).join(', ')}`);
  return {
    evaluate: async (expression: string) => {
      const reply = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      });
      if (reply.exceptionDetails)
        throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      return reply.result.value;
    },
  };
}

const ROOT = `chrome.dom.openOrClosedShadowRoot(document.querySelector('backstory-overlay'))`;

/** Opens the panel (clicks the badge) and answers the panel's text. */
export async function openPanelText(page: Page): Promise<string> {
  const world = await isolatedWorldId(page);
  await world.evaluate(`(${ROOT}.querySelector('[aria-expanded="false"]') || { click() {} }).click()`);
  await page.waitForTimeout(200);
  return String(await world.evaluate(`${ROOT}.textContent`));
}

/** Runs an expression with `root` bound to the overlay's shadow root, in the content script's world. */
export async function inOverlay(page: Page, body: string): Promise<unknown> {
  const world = await isolatedWorldId(page);
  return world.evaluate(`((root) => { ${body} })(${ROOT})`);
}
