/** The panel's first lines: the few facts a reader needs before deciding to read on. */
import type { PageReport } from '@/lib/report';
import { statusTally } from './Claims';
import { AFFILIATION_WORDS, OWNERSHIP_WORDS } from './labels';

/** The short form of a rating: "Deprecated (2020 RfC, …)" reads "Deprecated". */
function shortValue(value: string): string {
  return value.split(/[(;:]/)[0]!.trim() || value;
}

/** Short statements, each complete on its own; unknowns are said, not skipped. */
export function glanceItems(report: PageReport): string[] {
  const outlet = report.outlet;
  const items: string[] = [];
  if (!outlet) items.push('Outlet unknown');
  else {
    const ties = outlet.stateAffiliation ? AFFILIATION_WORDS[outlet.stateAffiliation.class] : null;
    const kind = outlet.ownershipKind ? OWNERSHIP_WORDS[outlet.ownershipKind] : null;
    items.push(ties ?? (kind ? `Ownership: ${kind}` : 'Ownership unknown'));
    items.push(outlet.country ? outlet.country.text : 'Country unknown');
    const rsp = outlet.classifications.find((item) => /wikipedia/i.test(item.by));
    if (rsp) items.push(`Wikipedia source rating: ${shortValue(rsp.value)}`);
    if (outlet.regulatory.length > 0) items.push(`${outlet.regulatory.length} licence or sanction actions`);
  }
  if (report.claims.length > 0) items.push(`Claims: ${statusTally(report.claims)}`);
  return items;
}

/** The glance list. */
export function Glance({ report }: { report: PageReport }) {
  return (
    <ul class="bs-glance" aria-label="At a glance">
      {glanceItems(report).map((item) => (
        <li key={item} class="bs-text">
          {item}
        </li>
      ))}
    </ul>
  );
}
