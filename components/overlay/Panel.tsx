/** The expanded panel: outlet, what the corpus knows of this text, claims and related reports. */
import { useEffect, useRef } from 'preact/hooks';
import type { PageReport } from '@/lib/report';
import { Claims } from './Claims';
import { Glance } from './Glance';
import { OutletCard, UnknownOutlet } from './OutletCard';
import { RelatedReports } from './RelatedReports';
import { SeenBefore } from './SeenBefore';
import { MATCH_WORDS } from './labels';

/** The panel's element id, for the badge's aria-controls. */
export const PANEL_ID = 'bs-panel';

/** Props of {@link Panel}. */
export interface PanelProps {
  report: PageReport;
  onClose: () => void;
  selectedClaimId: string | null;
  onSelectClaim: (claimId: string | null) => void;
  showClaimInPage?: (claimId: string) => boolean;
  /** What the page asked to open on; null when the reader opened the panel from the badge. */
  focus: { claimId?: string; articleId?: string; token: number } | null;
}

/** Every section, in the order a reader asks: who is this, have I seen it, is it true, who else says. */
export function Panel({
  report,
  onClose,
  selectedClaimId,
  onSelectClaim,
  showClaimInPage,
  focus,
}: PanelProps) {
  const panel = useRef<HTMLElement>(null);

  // Opened from the badge: put focus in the dialog so screen readers announce it.
  useEffect(() => {
    if (!focus) panel.current?.focus();
  }, []);

  useEffect(() => {
    if (!focus?.articleId) return;
    const items = panel.current?.querySelectorAll<HTMLElement>('[data-article-id]') ?? [];
    [...items].find((item) => item.dataset.articleId === focus.articleId)?.focus();
  }, [focus?.token]);

  return (
    <section
      id={PANEL_ID}
      ref={panel}
      class="bs-panel"
      role="dialog"
      aria-labelledby="bs-panel-title"
      tabIndex={-1}
    >
      <header class="bs-header">
        <h2 id="bs-panel-title">
          <span class="bs-visually-hidden">Backstory: </span>
          {MATCH_WORDS[report.match]}
        </h2>
        <button type="button" class="bs-close" aria-label="Close Backstory panel" onClick={onClose}>
          ×
        </button>
      </header>
      <Glance report={report} />
      {report.outlet ? <OutletCard outlet={report.outlet} sources={report.sources} /> : <UnknownOutlet />}
      <SeenBefore report={report} sources={report.sources} focusArticleId={focus?.articleId ?? null} />
      <Claims
        claims={report.claims}
        sources={report.sources}
        selectedId={selectedClaimId}
        onSelect={onSelectClaim}
        showInPage={showClaimInPage}
        focusToken={focus?.claimId ? focus.token : 0}
      />
      <RelatedReports reports={report.reports} sources={report.sources} />
    </section>
  );
}
