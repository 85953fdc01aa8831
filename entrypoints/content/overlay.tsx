/**
 * Mounts the overlay in a closed shadow root. The host element carries the only data the page
 * can see: the match kind, outlet domain and counts (the test contract in the README).
 */
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { Overlay } from '@/components/overlay/Overlay';
import type { OverlayChannel } from '@/components/overlay/channel';
import overlayCss from '@/components/overlay/overlay.css?inline';
import type { PageReport } from '@/lib/report';

/** What links the overlay to the page's highlights (see entrypoints/content/highlights.ts). */
export interface OverlayPageLink {
  /** Page → overlay: a click on a highlight opens the panel on that claim or passage. */
  channel: OverlayChannel;
  /** Overlay → page: scroll to a claim's highlight; false when it is not in the page. */
  showClaimInPage: (claimId: string) => boolean;
  /** Claims actually highlighted in the page, for `data-claims`. */
  claimsHighlighted: number;
}

/** A mounted overlay. */
export interface OverlayHandle {
  update(report: PageReport, link: OverlayPageLink): void;
  remove(): void;
}

function setContractAttributes(host: HTMLElement, report: PageReport, link: OverlayPageLink): void {
  host.setAttribute('data-match', report.match);
  if (report.outlet?.homeDomain) host.setAttribute('data-outlet', report.outlet.homeDomain);
  else host.removeAttribute('data-outlet');
  host.setAttribute('data-claims', String(link.claimsHighlighted));
  host.setAttribute('data-related', String(report.reports.length));
}

/** Re-attachments allowed within {@link REMOUNT_WINDOW_MS}; a page removing us faster is fighting, and wins. */
export const MAX_REMOUNTS = 5;
/** The window in which re-attachments are counted. */
export const REMOUNT_WINDOW_MS = 10_000;

/**
 * Keeps `host` the last child of the root element: a page that removes it, replaces the root's
 * children or the root itself (`document.open()`), or moves it under a hidden parent gets it put
 * back. Only the document's and the root's own child lists are watched, so page mutations deeper
 * down cost nothing. A page that keeps removing it is let be after {@link MAX_REMOUNTS}, so the
 * two of us never loop. The shadow tree travels with the host, so the panel keeps its state.
 */
export function keepAttached(host: HTMLElement): { stop(): void } {
  const remounts: number[] = [];
  let root: Element | null = null;
  let stopped = false;
  const observer = new MutationObserver(() => check());
  const watch = () => {
    observer.disconnect();
    root = document.documentElement;
    observer.observe(document, { childList: true });
    if (root) observer.observe(root, { childList: true });
  };
  const check = () => {
    if (stopped) return;
    if (document.documentElement !== root) watch();
    if (!root || host.parentNode === root) return;
    const now = Date.now();
    while (remounts.length > 0 && now - remounts[0]! > REMOUNT_WINDOW_MS) remounts.shift();
    if (remounts.length >= MAX_REMOUNTS) return stop();
    remounts.push(now);
    root.append(host);
  };
  const stop = () => {
    stopped = true;
    observer.disconnect();
  };
  watch();
  return { stop };
}

function tree(report: PageReport, link: OverlayPageLink) {
  return <Overlay report={report} channel={link.channel} showClaimInPage={link.showClaimInPage} />;
}

/** Creates the overlay for a report and attaches it to the page. */
export async function mountOverlay(
  ctx: ContentScriptContext,
  report: PageReport,
  link: OverlayPageLink,
): Promise<OverlayHandle> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'backstory-overlay',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'closed',
    isolateEvents: true,
    css: overlayCss,
    onMount(uiContainer) {
      container = uiContainer;
      render(tree(report, link), uiContainer);
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  setContractAttributes(ui.shadowHost, report, link);
  const attached = keepAttached(ui.shadowHost);
  ctx.onInvalidated(() => attached.stop());
  return {
    update(next, nextLink) {
      if (container) render(tree(next, nextLink), container);
      setContractAttributes(ui.shadowHost, next, nextLink);
    },
    remove() {
      attached.stop();
      ui.remove();
    },
  };
}
