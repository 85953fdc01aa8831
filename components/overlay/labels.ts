/** Plain words for the overlay's categories. */
import type { ClaimStatus, Confidence, Outlet, OwnershipKind } from '@/lib/corpus/schema';
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

/** The ownership dataset's state-affiliation classes, in words. */
export const AFFILIATION_WORDS: Record<NonNullable<Outlet['stateAffiliation']>['class'], string> = {
  'state-owned': 'State-owned',
  'state-funded/editorially-controlled': 'State-funded and editorially controlled',
  'public-broadcaster-editorially-independent': 'Public broadcaster, editorially independent',
  private: 'Private',
  cooperative: 'Cooperative',
  NGO: 'Non-governmental organisation',
};

/** Claim statuses as the chip reads them; the chip's colour only repeats this word. */
export const STATUS_WORDS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  disputed: 'Disputed',
  corroborated: 'Corroborated',
  contradicted: 'Contradicted',
  misattributed: 'Misattributed',
};

/** Statuses from the most to the least alarming, for tallies. */
export const STATUS_ORDER: ClaimStatus[] = [
  'misattributed',
  'contradicted',
  'disputed',
  'unverified',
  'corroborated',
];

/** What a piece of evidence does to the claim. */
export const STANCE_WORDS = { supports: 'Supports', contradicts: 'Contradicts', context: 'Context' } as const;

/** How sure the sources make a fact; high confidence goes unsaid to keep the panel quiet. */
export const CONFIDENCE_WORDS: Record<Confidence, string | null> = {
  H: null,
  M: 'medium confidence',
  L: 'low confidence: thin or partisan sources',
};

/** The badge's one-line summary. */
export function badgeLabel(report: PageReport): string {
  const outlet = report.outlet?.name ?? 'Unknown outlet';
  const kind = report.outlet?.ownershipKind ? ` · ${OWNERSHIP_WORDS[report.outlet.ownershipKind]}` : '';
  return `${outlet}${kind}`;
}
