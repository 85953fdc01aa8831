/** Plain words for the overlay's categories. */
import type { OwnershipKind } from '@/lib/corpus/schema';
import type { MatchKind, PageReport } from '@/lib/report';

/** What each match kind means to a reader. */
export const MATCH_WORDS: Record<MatchKind, string> = {
  exact: 'This article is in the Backstory corpus',
  copy: 'A copy of an article in the corpus',
  reuse: 'Reuses passages from articles in the corpus',
  story: 'Reports a story in the corpus',
  outlet: 'Outlet known to Backstory',
};

/** Ownership kinds as a reader says them. */
export const OWNERSHIP_WORDS: Record<OwnershipKind, string> = {
  state: 'state-owned or state-controlled',
  public: 'public broadcaster',
  commercial: 'commercial',
  cooperative: 'cooperative',
  ngo: 'non-governmental organisation',
  intergovernmental: 'intergovernmental body',
  political: 'controlled by a political party or movement',
};

/** The badge's one-line summary. */
export function badgeLabel(report: PageReport): string {
  const outlet = report.outlet?.name ?? 'Unknown outlet';
  const kind = report.outlet?.ownershipKind ? ` · ${OWNERSHIP_WORDS[report.outlet.ownershipKind]}` : '';
  return `${outlet}${kind}`;
}
