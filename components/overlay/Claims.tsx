/** The claims found in this page: a tally, then one button per claim that opens its provenance. */
import type { ClaimStatus, Source } from '@/lib/corpus/schema';
import type { ClaimEvidence } from '@/lib/report';
import { ClaimItem } from './ClaimItem';
import { STATUS_ORDER } from './labels';

/** "1 misattributed, 2 contradicted, 8 disputed", most alarming first. */
export function statusTally(claims: readonly ClaimEvidence[]): string {
  const counts = new Map<ClaimStatus, number>();
  for (const { claim } of claims) counts.set(claim.status, (counts.get(claim.status) ?? 0) + 1);
  return STATUS_ORDER.filter((status) => counts.has(status))
    .map((status) => `${counts.get(status)} ${status}`)
    .join(', ');
}

/** Props of {@link Claims}. */
export interface ClaimsProps {
  claims: readonly ClaimEvidence[];
  sources: Record<string, Source>;
  /** The open claim, if any. */
  selectedId: string | null;
  /** Opens a claim (or closes all, with null). */
  onSelect: (claimId: string | null) => void;
  /** Shows a claim in the page; false when it cannot be found there. Absent outside a page. */
  showInPage?: (claimId: string) => boolean;
  /** Bumped to move keyboard focus to the selected claim (when the page opened the panel on it). */
  focusToken: number;
}

/** The "Claims" section. */
export function Claims({ claims, sources, selectedId, onSelect, showInPage, focusToken }: ClaimsProps) {
  return (
    <section class="bs-section" aria-labelledby="bs-claims-title">
      <h3 id="bs-claims-title">Claims ({claims.length})</h3>
      {claims.length === 0 ? (
        <p>No claims from the corpus were found in this page.</p>
      ) : (
        <>
          <p class="bs-muted">{statusTally(claims)}. Choose a claim to see where it came from.</p>
          <ul class="bs-plain bs-claims">
            {claims.map((evidence) => (
              <ClaimItem
                key={evidence.claim.id}
                evidence={evidence}
                sources={sources}
                selected={selectedId === evidence.claim.id}
                onSelect={onSelect}
                showInPage={showInPage}
                focusToken={selectedId === evidence.claim.id ? focusToken : 0}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
