/**
 * The overlay: a small badge fixed bottom-right that expands into the panel. The page side can
 * open it on a claim or passage through an {@link OverlayChannel}; choosing a claim in the panel
 * calls `showClaimInPage` so the page scrolls to it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PageReport } from '@/lib/report';
import type { OverlayChannel, OverlayTarget } from './channel';
import { cleanStrings } from './format';
import { badgeLabel } from './labels';
import { Panel, PANEL_ID, type PanelProps } from './Panel';

/** Props of {@link Overlay}. */
export interface OverlayProps {
  report: PageReport;
  /** Requests from the page (a click on a highlight) to open on a claim or passage. */
  channel?: OverlayChannel;
  /** Scrolls the page to a claim's highlight; false when it is not in the page. */
  showClaimInPage?: (claimId: string) => boolean;
}

/** Renders the badge and, when opened, the panel for a report. */
export function Overlay({ report: rawReport, channel, showClaimInPage }: OverlayProps) {
  // Corpus and page strings may carry bidi overrides that disguise text; drop them once, here.
  const report = useMemo(() => cleanStrings(rawReport), [rawReport]);
  const [open, setOpen] = useState(false);
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const [focus, setFocus] = useState<PanelProps['focus']>(null);
  const badge = useRef<HTMLButtonElement>(null);

  useEffect(
    () =>
      channel?.subscribe((target: OverlayTarget) => {
        if (target.kind === 'claim') setSelectedClaimId(target.claimId);
        if (target.kind === 'panel') setFocus(null);
        else
          setFocus((previous) => ({
            ...(target.kind === 'claim' ? { claimId: target.claimId } : { articleId: target.articleId }),
            token: (previous?.token ?? 0) + 1,
          }));
        setOpen(true);
      }),
    [channel],
  );

  const openFromBadge = () => {
    setFocus(null);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    setFocus(null);
    badge.current?.focus();
  };

  return (
    <div
      class="bs-root"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={badge}
        type="button"
        class="bs-badge"
        aria-expanded={open}
        aria-controls={open ? PANEL_ID : undefined}
        onClick={open ? close : openFromBadge}
      >
        <span class="bs-logo" aria-hidden="true">
          B
        </span>
        <span class="bs-badge-text">{badgeLabel(report)}</span>
      </button>
      {open && (
        <Panel
          report={report}
          onClose={close}
          selectedClaimId={selectedClaimId}
          onSelectClaim={setSelectedClaimId}
          showClaimInPage={showClaimInPage}
          focus={focus}
        />
      )}
    </div>
  );
}
