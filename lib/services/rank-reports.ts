/** Ordering related reports so the most independent of the page's outlet come first. */
import type { Outlet, OwnershipKind, RelatedReport } from '../corpus/schema';

/** Kinds from most to least independent of a government, for ties. */
const KIND_ORDER: OwnershipKind[] = [
  'ngo',
  'intergovernmental',
  'cooperative',
  'public',
  'commercial',
  'political',
  'state',
];

/**
 * 0 for a different outlet of a different ownership kind, 1 for a different outlet of the same kind,
 * 2 for the page's own outlet.
 */
export function independenceRank(
  report: RelatedReport,
  pageOutlet: Pick<Outlet, 'id' | 'ownershipKind'> | null,
): number {
  if (pageOutlet && report.outletId === pageOutlet.id) return 2;
  if (pageOutlet?.ownershipKind && report.ownershipKind === pageOutlet.ownershipKind) return 1;
  return 0;
}

/** Sorts reports: most independent first, then by kind, then newest first; unknown dates last. */
export function rankReports(
  reports: RelatedReport[],
  pageOutlet: Pick<Outlet, 'id' | 'ownershipKind'> | null,
): RelatedReport[] {
  return [...reports].sort(
    (a, b) =>
      independenceRank(a, pageOutlet) - independenceRank(b, pageOutlet) ||
      KIND_ORDER.indexOf(a.ownershipKind) - KIND_ORDER.indexOf(b.ownershipKind) ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.id.localeCompare(b.id),
  );
}
