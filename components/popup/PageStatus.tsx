/** The current page's result, in one glance. */
import { MATCH_WORDS, OWNERSHIP_WORDS } from '@/components/overlay/labels';
import type { CurrentTab } from './useCurrentTab';

/** Shows what Backstory found on the current page. */
export function PageStatus({ tab }: { tab: CurrentTab }) {
  const report = tab.status?.report ?? null;
  return (
    <section class="bs-card" aria-labelledby="bs-status-title" aria-live="polite">
      <h2 id="bs-status-title">This page</h2>
      {tab.problem && <p>{tab.problem}</p>}
      {tab.status && !report && <p data-testid="page-result">Nothing in the corpus about this page.</p>}
      {report && (
        <>
          <p data-testid="page-result" data-match={report.match}>
            {MATCH_WORDS[report.match]}
          </p>
          {report.outlet && (
            <p>
              <strong>{report.outlet.name}</strong>
              {report.outlet.ownershipKind
                ? ` — ${OWNERSHIP_WORDS[report.outlet.ownershipKind]}`
                : ' — ownership unknown'}
            </p>
          )}
          <p class="bs-muted">
            {report.claims.length} known claims · {report.reports.length} related reports
          </p>
        </>
      )}
    </section>
  );
}
