/**
 * The overlay in the page: the panel frame pinned bottom-right. The host element carries the only
 * data the page can see: the match kind, outlet domain and counts (the test contract in the
 * README). The report itself goes to the frame over its port.
 */
import type { ContentScriptContext } from '#imports';
import type { PanelFrameMethods, PanelHostMethods } from '@/components/frame/protocol';
import type { OverlayTarget } from '@/components/overlay/channel';
import type { CorpusLink } from '@/components/overlay/SaveCorpusNote';
import type { Link } from '@/lib/frame/link';
import type { PageReport } from '@/lib/report';
import { HOST_RESET, mountFrame } from './frame-host';

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

/** Creates the overlay for a report and attaches it to the page. */
export function mountOverlay(
  ctx: ContentScriptContext,
  report: PageReport,
  pageLink: OverlayPageLink,
): OverlayHandle {
  let current = { report, pageLink };
  let frameLink: Link<PanelFrameMethods> | null = null;
  const sendState = () =>
    void frameLink?.call('state', {
      report: current.report,
      claimsInPage: current.pageLink.claimsInPage,
      viewport: viewport(),
    });

  const shown = mountFrame<PanelHostMethods, PanelFrameMethods>(ctx, {
    name: OVERLAY_HOST,
    view: 'panel',
    css: CSS,
    handlers: {
      size: ({ width, height }) => {
        shown.resize(width, height);
        return null;
      },
      'show-claim': ({ claimId }) => current.pageLink.showClaimInPage(claimId),
      'note-on': ({ link, label }) => current.pageLink.noteOn(link, label),
    },
    onLink: (link) => {
      frameLink = link;
      sendState();
    },
  });
  setContractAttributes(shown.host, report, pageLink);
  // The frame lays out against the page's viewport; this listener goes with the overlay.
  const resizes = new AbortController();
  window.addEventListener('resize', sendState, { signal: AbortSignal.any([ctx.signal, resizes.signal]) });

  return {
    update(next, nextLink) {
      current = { report: next, pageLink: nextLink };
      setContractAttributes(shown.host, next, nextLink);
      sendState();
    },
    open(target) {
      void frameLink?.call('open', target);
    },
    remove() {
      resizes.abort();
      frameLink = null;
      shown.remove();
    },
  };
}
