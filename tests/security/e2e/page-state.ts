/**
 * What the security suite reads from a page, as expressions evaluated in the page's own world:
 * exactly what a hostile page script could see.
 */
import { COUNT_SINKS, PANEL_ONLY_TEXT } from '../../e2e/harness/hostile-pages';
import type { SecurityPage } from './drivers';

/** The overlay contract, payloads that ran, and what leaked into the page. */
export interface PageState {
  pwned: number;
  hosts: number;
  match: string | null;
  outlet: string | null;
  claims: number;
  /** Whether the page can reach the shadow root (must be false: it is closed). */
  shadowVisible: boolean;
  /** Whether panel text appears in the page's DOM (must be false). */
  panelTextInPage: boolean;
  /** Children or text the host shows the page (must be 0). */
  hostContent: number;
  /** Script-capable elements and `on*` attributes and script links, now and before Backstory ran. */
  sinks: number;
  sinksAtStart: number;
  maxGap: number;
  removals: number;
  title: string;
  charset: string;
}

/** Reads the page's state; uses only methods the hostile pages leave unpatched. */
export function readState(page: SecurityPage): Promise<PageState> {
  return page.evaluate<PageState>(`(() => {
    const hosts = document.getElementsByTagName('backstory-overlay');
    const host = hosts[0];
    const probe = window.__probe || {};
    return {
      pwned: typeof window.__pwned === 'number' ? window.__pwned : -1,
      hosts: hosts.length,
      match: host ? host.getAttribute('data-match') : null,
      outlet: host ? host.getAttribute('data-outlet') : null,
      claims: Number(host ? host.getAttribute('data-claims') : 0),
      shadowVisible: host ? host.shadowRoot !== null : false,
      panelTextInPage: document.documentElement.outerHTML.includes(${JSON.stringify(PANEL_ONLY_TEXT)}),
      hostContent: host ? host.childNodes.length + host.textContent.length : 0,
      sinks: ${COUNT_SINKS},
      sinksAtStart: typeof probe.sinksAtStart === 'number' ? probe.sinksAtStart : -1,
      maxGap: Math.round(probe.maxGap || 0),
      removals: probe.removals || 0,
      title: document.title,
      charset: document.characterSet,
    };
  })()`);
}

/** Waits until `check` holds, polling; throws after `timeoutMs` (the suite's hang guard). */
export async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Waits for the overlay to show with a match; answers how long it took. */
export function overlayShown(page: SecurityPage, timeoutMs = 20_000): Promise<number> {
  return waitUntil(async () => (await readState(page)).match !== null, timeoutMs, 'the overlay');
}

/** The host's box as the page sees it. */
export function hostBox(
  page: SecurityPage,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate(`(() => {
    const host = document.getElementsByTagName('backstory-overlay')[0];
    if (!host) return null;
    const box = host.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  })()`);
}

/**
 * Clicks the badge (the host's box is the badge while the panel is closed) and waits for the
 * panel. The badge is a frame: a click in the first moments after it is drawn can land before
 * the browser routes input to it, so the click is tried again (a reader never clicks that fast).
 */
export async function openPanel(page: SecurityPage): Promise<void> {
  await waitUntil(async () => ((await hostBox(page))?.width ?? 0) > 20, 10_000, 'the badge');
  const box = await hostBox(page);
  if (!box) throw new Error('no overlay to open');
  const opened = async () => ((await hostBox(page))?.height ?? 0) > box.height + 80;
  for (let attempt = 1; ; attempt += 1) {
    await page.click(box.x + box.width / 2, box.y + box.height / 2);
    try {
      await waitUntil(opened, 1_500, 'the panel');
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
