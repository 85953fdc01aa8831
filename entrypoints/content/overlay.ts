/**
 * The overlay in the page, pinned bottom-right. Until the reader first opens it, it is only a
 * badge drawn here (overlay-badge.ts): creating the panel's frame costs the page's main thread 5
 * to 10 ms (the browser builds a frame for another origin), and most pages are read without
 * opening it. The first open, from the badge or a highlight, puts the panel frame (an extension
 * page, which the page can neither read nor hear keys in) in the badge's place for the rest of the
 * page's life. The host element carries the only data the page can see: the match kind, outlet
 * domain and counts (the test contract in the README). The report itself goes to the frame over
 * its port.
 */
import type { ContentScriptContext } from '#imports';
import type { PanelFrameMethods, PanelHostMethods } from '@/components/frame/protocol';
import type { OverlayTarget } from '@/components/overlay/channel';
import { badgeLabel } from '@/components/overlay/labels';
import type { CorpusLink } from '@/components/overlay/SaveCorpusNote';
import type { Link } from '@/lib/frame/link';
import type { PageReport } from '@/lib/report';
import { HOST_RESET, mountFrame, mountHost, type FrameHost, type PageHost } from './frame-host';
import { buildOverlayBadge, OVERLAY_BADGE_CSS } from './overlay-badge';

/** What links the overlay to the page's highlights (see entrypoints/content/highlights.ts). */
export interface OverlayPageLink {
  /** Overlay → page: scroll to a claim's highlight; false when it is not in the page. */
  showClaimInPage: (claimId: string) => boolean;
  /** Claims actually highlighted in the page. */
  claimsInPage: string[];
  /** Opens the note editor for a note on an outlet or a claim; false when it cannot open. */
  noteOn: (link: CorpusLink, label: string) => Promise<boolean>;
}

/** A mounted overlay. */
export interface OverlayHandle {
  update(report: PageReport, link: OverlayPageLink): void;
  /** Page → overlay: a click on a highlight opens the panel on that claim or passage. */
  open(target: OverlayTarget): void;
  remove(): void;
}

/** The host's name, also the README's test contract. */
export const OVERLAY_HOST = 'backstory-overlay';

const CSS = `${HOST_RESET}
:host {
  inset: auto 8px 8px auto !important;
}`;

function setContractAttributes(host: HTMLElement, report: PageReport, link: OverlayPageLink): void {
  host.setAttribute('data-match', report.match);
  if (report.outlet?.homeDomain) host.setAttribute('data-outlet', report.outlet.homeDomain);
  else host.removeAttribute('data-outlet');
  host.setAttribute('data-claims', String(link.claimsInPage.length));
  host.setAttribute('data-related', String(report.reports.length));
}

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });

/** How long the panel's frame may take to answer before the badge says it did not open. */
export const PANEL_LINK_TIMEOUT_MS = 10_000;

/** Creates the overlay for a report and attaches it to the page, as a badge. */
export function mountOverlay(
  ctx: ContentScriptContext,
  report: PageReport,
  pageLink: OverlayPageLink,
): OverlayHandle {
  let current = { report, pageLink };
  let panel: FrameHost | null = null;
  let frameLink: Link<PanelFrameMethods> | null = null;
  /** An open asked for before the frame was linked; the frame gets it with its first state. */
  let pendingOpen: OverlayTarget | null = null;
  const badge = buildOverlayBadge(badgeLabel(report), () => open({ kind: 'panel' }));
  const badgeStyle = document.createElement('style');
  badgeStyle.textContent = CSS + OVERLAY_BADGE_CSS;
  let badgeHost: PageHost | null = mountHost(OVERLAY_HOST, badgeStyle, badge.element);
  setContractAttributes(badgeHost.host, report, pageLink);
  const forgetBadge = ctx.onInvalidated(() => badgeHost?.remove());

  const sendState = () =>
    void frameLink?.call('state', {
      report: current.report,
      claimsInPage: current.pageLink.claimsInPage,
      viewport: viewport(),
    });

  /** The frame has drawn at least its own badge over ours: ours goes, with its focus. */
  const retireBadge = (width: number, height: number) => {
    if (!badgeHost || !panel) return;
    const box = badge.element.getBoundingClientRect();
    if (width < box.width - 1 || height < box.height - 1) return;
    const focused = badge.element.matches(':focus');
    badgeHost.remove();
    badgeHost = null;
    if (focused) panel.frame.focus();
  };

  const createPanel = (): FrameHost => {
    const shown = mountFrame<PanelHostMethods, PanelFrameMethods>(ctx, {
      name: OVERLAY_HOST,
      view: 'panel',
      css: CSS,
      handlers: {
        size: ({ width, height }) => {
          shown.resize(width, height);
          retireBadge(width, height);
          return null;
        },
        'show-claim': ({ claimId }) => current.pageLink.showClaimInPage(claimId),
        'note-on': ({ link, label }) => current.pageLink.noteOn(link, label),
      },
      onLink: (link) => {
        // A frame the page put back reloads and links again: it gets the state, not old opens.
        frameLink = link;
        badge.element.removeAttribute('aria-busy');
        sendState();
        if (pendingOpen) void link.call('open', pendingOpen);
        pendingOpen = null;
      },
    });
    setContractAttributes(shown.host, current.report, current.pageLink);
    return shown;
  };

  // Ends the overlay's listener and any open still on its way (a highlight's click, say).
  const removal = new AbortController();
  const open = (target: OverlayTarget) => {
    if (removal.signal.aborted) return;
    if (frameLink) {
      void frameLink.call('open', target);
      return;
    }
    pendingOpen = target;
    if (panel) return;
    badge.element.setAttribute('aria-busy', 'true');
    badge.setLabel(badgeLabel(current.report));
    panel = createPanel();
    ctx.setTimeout(() => {
      if (frameLink || !panel) return;
      // The frame never answered (the browser refused to load it, say): the badge says so and
      // stops being busy, and the next press tries a new frame.
      panel.remove();
      panel = null;
      pendingOpen = null;
      badge.element.removeAttribute('aria-busy');
      badge.setLabel(`${badgeLabel(current.report)} · the panel did not open, press to try again`);
    }, PANEL_LINK_TIMEOUT_MS);
  };

  // The frame lays out against the page's viewport; this listener goes with the overlay.
  window.addEventListener('resize', sendState, { signal: AbortSignal.any([ctx.signal, removal.signal]) });

  return {
    update(next, nextLink) {
      current = { report: next, pageLink: nextLink };
      for (const host of [badgeHost?.host, panel?.host])
        if (host) setContractAttributes(host, next, nextLink);
      badge.setLabel(badgeLabel(next));
      sendState();
    },
    open,
    remove() {
      removal.abort();
      forgetBadge();
      frameLink = null;
      badgeHost?.remove();
      badgeHost = null;
      panel?.remove();
      panel = null;
    },
  };
}
