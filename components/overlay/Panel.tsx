/** The expanded panel: outlet, what the corpus knows of this text, related reports and claims. */
import type { PageReport } from '@/lib/report';
import { OutletCard } from './OutletCard';
import { MATCH_WORDS } from './labels';

/** Renders every section that has something to say. */
export function Panel({ report, onClose }: { report: PageReport; onClose: () => void }) {
  return (
    <section id="bs-panel" class="bs-panel" role="dialog" aria-label="Backstory">
      <header class="bs-header">
        <h2>{MATCH_WORDS[report.match]}</h2>
        <button type="button" class="bs-close" aria-label="Close Backstory panel" onClick={onClose}>
          ×
        </button>
      </header>
      {report.outlet ? (
        <OutletCard outlet={report.outlet} sources={report.sources} />
      ) : (
        <p>Outlet: unknown.</p>
      )}
    </section>
  );
}
