/** Other outlets' reports on the same story, most independent of this page's outlet first. */
import type { RelatedReport, Source } from '@/lib/corpus/schema';
import { safeHttpUrl } from '@/lib/safe-url';
import { Cite } from './Cite';
import { ConfidenceNote } from './FactText';
import { formatPartialDate } from './format';
import { OWNERSHIP_WORDS } from './labels';
import { ShowMore } from './ShowMore';

function ReportItem({ report, sources }: { report: RelatedReport; sources: Record<string, Source> }) {
  const href = safeHttpUrl(report.url);
  const title = <span class="bs-text">{report.title}</span>;
  return (
    <li class="bs-report">
      <p class="bs-report-title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </p>
      <p class="bs-muted">
        <span class="bs-text">{report.publisher}</span> · {OWNERSHIP_WORDS[report.ownershipKind]} ·{' '}
        {formatPartialDate(report.date) ?? 'date unknown'}
      </p>
      <p>
        <span class="bs-text">{report.gist}</span>
        <ConfidenceNote confidence={report.confidence} /> <Cite ids={report.sources} sources={sources} />
      </p>
    </li>
  );
}

/** The "Related reports" section, the first few shown. */
export function RelatedReports({
  reports,
  sources,
}: {
  reports: readonly RelatedReport[];
  sources: Record<string, Source>;
}) {
  return (
    <section class="bs-section" aria-labelledby="bs-related-title">
      <h3 id="bs-related-title">Related reports ({reports.length})</h3>
      {reports.length === 0 ? (
        <p>No other reports on this story are in the corpus.</p>
      ) : (
        <>
          <p class="bs-muted">Sources least tied to this outlet come first.</p>
          <ShowMore
            items={reports}
            initial={4}
            noun="reports"
            class="bs-plain"
            render={(report) => <ReportItem key={report.id} report={report} sources={sources} />}
          />
        </>
      )}
    </section>
  );
}
