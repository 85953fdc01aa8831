/**
 * Mounts the overlay in a closed shadow root. The host element carries the only data the page
 * can see: the match kind, outlet domain and counts (the test contract in the README).
 */
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { Overlay } from '@/components/overlay/Overlay';
import overlayCss from '@/components/overlay/overlay.css?inline';
import type { PageReport } from '@/lib/report';

/** A mounted overlay. */
export interface OverlayHandle {
  update(report: PageReport): void;
  remove(): void;
}

function setContractAttributes(host: HTMLElement, report: PageReport): void {
  host.setAttribute('data-match', report.match);
  if (report.outlet?.homeDomain) host.setAttribute('data-outlet', report.outlet.homeDomain);
  else host.removeAttribute('data-outlet');
  host.setAttribute('data-claims', String(report.claims.filter((claim) => claim.quote).length));
  host.setAttribute('data-related', String(report.reports.length));
}

/** Creates the overlay for a report and attaches it to the page. */
export async function mountOverlay(ctx: ContentScriptContext, report: PageReport): Promise<OverlayHandle> {
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
      render(<Overlay report={report} />, uiContainer);
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  setContractAttributes(ui.shadowHost, report);
  return {
    update(next) {
      if (container) render(<Overlay report={next} />, container);
      setContractAttributes(ui.shadowHost, next);
    },
    remove() {
      ui.remove();
    },
  };
}
