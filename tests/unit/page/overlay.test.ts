// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.presstv.ir/Detail/2017/10/24/539531/a" }
/**
 * The overlay in the page: a badge drawn in its host's closed shadow root until the reader first
 * opens it, and only then the panel's frame. The browsers' e2e tests open it with real clicks;
 * here the shadow roots are caught as they are attached.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { badgeLabel } from '../../../components/overlay/labels';
import {
  mountOverlay,
  OVERLAY_HOST,
  PANEL_LINK_TIMEOUT_MS,
  type OverlayPageLink,
} from '../../../entrypoints/content/overlay';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { seedReport } from '../components/corpus-fixtures';

const PRESS_TV = 'press-tv-2017-10-syria-unsc-letters';
const LINK: OverlayPageLink = {
  showClaimInPage: () => true,
  claimsInPage: ['claim-a-raqqa-operation-launched-july'],
  noteOn: async () => true,
};

let ctx: ContentScriptContext;
const roots: ShadowRoot[] = [];

beforeEach(() => {
  ctx = new ContentScriptContext('content');
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
});

afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
  roots.length = 0;
  document.querySelectorAll(OVERLAY_HOST).forEach((host) => host.remove());
});

const hosts = () => [...document.getElementsByTagName(OVERLAY_HOST)] as HTMLElement[];
const frames = () => roots.flatMap((root) => [...root.querySelectorAll('iframe')]);

describe('the overlay in the page', () => {
  test('starts as a badge in a closed shadow root, with no frame, and the contract on its host', () => {
    const report = seedReport(PRESS_TV);
    mountOverlay(ctx, report, LINK);
    expect(hosts()).toHaveLength(1);
    const [host] = hosts();
    expect(host!.shadowRoot).toBeNull();
    expect(host!.dataset).toMatchObject({ match: 'exact', outlet: 'presstv.ir', claims: '1' });
    const button = roots[0]!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe(`Backstory: ${badgeLabel(report)}`);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // The label is drawn from an attribute, not text that window.find could read.
    expect(button.textContent).toBe('');
    expect(frames()).toEqual([]);
  });

  test('a click the page makes up does not open it', () => {
    mountOverlay(ctx, seedReport(PRESS_TV), LINK);
    roots[0]!.querySelector('button')!.click();
    hosts()[0]!.click();
    expect(frames()).toEqual([]);
  });

  test('opening it (a highlight, or the badge) makes the panel frame once', () => {
    const overlay = mountOverlay(ctx, seedReport(PRESS_TV), LINK);
    overlay.open({ kind: 'claim', claimId: 'claim-a-raqqa-operation-launched-july' });
    overlay.open({ kind: 'panel' });
    expect(frames()).toHaveLength(1);
    expect(frames()[0]!.src).toMatch(/\/frame\.html\?view=panel#/);
    // The badge stays until the frame has drawn its own over it.
    expect(hosts()).toHaveLength(2);
    for (const host of hosts()) expect(host.dataset.match).toBe('exact');
  });

  test('an update relabels the badge and rewrites the contract; removing takes everything away', () => {
    const overlay = mountOverlay(ctx, seedReport(PRESS_TV), LINK);
    const copy = { ...seedReport(PRESS_TV), match: 'copy' as const, outlet: null };
    overlay.update(copy, { ...LINK, claimsInPage: [] });
    const button = roots[0]!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe(`Backstory: ${badgeLabel(copy)}`);
    expect(hosts()[0]!.dataset).toMatchObject({ match: 'copy', claims: '0' });
    expect(hosts()[0]!.hasAttribute('data-outlet')).toBe(false);
    overlay.open({ kind: 'panel' });
    overlay.remove();
    expect(hosts()).toEqual([]);
    // A late open (a highlight's click on its way) makes nothing.
    overlay.open({ kind: 'panel' });
    expect(hosts()).toEqual([]);
  });

  test('a panel frame that never answers: the badge stops being busy, says so, and tries again', () => {
    vi.useFakeTimers();
    try {
      const report = seedReport(PRESS_TV);
      const overlay = mountOverlay(ctx, report, LINK);
      const button = roots[0]!.querySelector('button')!;
      overlay.open({ kind: 'panel' });
      expect(button.getAttribute('aria-busy')).toBe('true');
      vi.advanceTimersByTime(PANEL_LINK_TIMEOUT_MS - 1);
      expect(frames()).toHaveLength(1);
      vi.advanceTimersByTime(1);
      expect(button.hasAttribute('aria-busy')).toBe(false);
      expect(button.dataset.label).toBe(`${badgeLabel(report)} · the panel did not open, press to try again`);
      // The frame that never answered is gone: only the badge's host is left.
      expect(hosts()).toHaveLength(1);
      overlay.open({ kind: 'panel' });
      expect(button.getAttribute('aria-busy')).toBe('true');
      expect(button.dataset.label).toBe(badgeLabel(report));
      expect(hosts()).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  test('goes away when the content script ends', () => {
    mountOverlay(ctx, seedReport(PRESS_TV), LINK);
    ctx.abort();
    expect(hosts()).toEqual([]);
  });
});
