/** The overlay: a small badge that expands into the panel. */
import { useState } from 'preact/hooks';
import type { PageReport } from '@/lib/report';
import { Panel } from './Panel';
import { badgeLabel } from './labels';

/** Renders the badge and, when opened, the panel for a report. */
export function Overlay({ report }: { report: PageReport }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="bs-root">
      <button
        type="button"
        class="bs-badge"
        aria-expanded={open}
        aria-controls="bs-panel"
        onClick={() => setOpen(!open)}
      >
        <span class="bs-logo" aria-hidden="true">
          B
        </span>
        <span>{badgeLabel(report)}</span>
      </button>
      {open && <Panel report={report} onClose={() => setOpen(false)} />}
    </div>
  );
}
