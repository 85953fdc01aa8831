/**
 * The overlay (badge and panel) inside its extension-page frame: the report comes from the content
 * script over the port, and a claim chosen in the panel is scrolled to in the page through it.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { createLink, type PortLike } from '@/lib/frame/link';
import type { PageReport } from '@/lib/report';
import { createOverlayChannel } from '../overlay/channel';
import { Overlay } from '../overlay/Overlay';
import { NoteOnEntryContext, type NoteOnEntry } from '../overlay/SaveCorpusNote';
import type { PanelFrameMethods, PanelHostMethods } from './protocol';
import { applyPageViewport, useFrameSize } from './use-frame-size';

interface PanelState {
  report: PageReport;
  claimsInPage: Set<string>;
}

/** Renders the overlay for whatever report the content script sends. */
export function PanelFrame({ port }: { port: PortLike }) {
  const [state, setState] = useState<PanelState | null>(null);
  const channel = useMemo(createOverlayChannel, []);
  const link = useMemo(
    () =>
      createLink<PanelFrameMethods, PanelHostMethods>(port, {
        state: ({ report, claimsInPage, viewport }) => {
          applyPageViewport(document.documentElement, viewport);
          setState({ report, claimsInPage: new Set(claimsInPage) });
          return null;
        },
        open: (target) => {
          channel.open(target);
          return null;
        },
      }),
    [port],
  );
  const box = useRef<HTMLDivElement>(null);
  useFrameSize(box, (size) => void link.call('size', size));

  const showClaimInPage = (claimId: string) => {
    if (!state?.claimsInPage.has(claimId)) return false;
    void link.call('show-claim', { claimId });
    return true;
  };

  const noteOn = useMemo<NoteOnEntry>(
    () => (entry, label) => void link.call('note-on', { link: entry, label }),
    [link],
  );

  return (
    <div class="bs-frame bs-frame-panel" ref={box}>
      <NoteOnEntryContext.Provider value={noteOn}>
        {state && <Overlay report={state.report} channel={channel} showClaimInPage={showClaimInPage} />}
      </NoteOnEntryContext.Provider>
    </div>
  );
}
