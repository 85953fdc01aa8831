/** One claim: a button with its status and summary that opens (and shows in the page) its provenance. */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Source } from '@/lib/corpus/schema';
import type { ClaimEvidence } from '@/lib/report';
import { ClaimDetails, type PagePlace } from './ClaimDetails';
import { StatusChip } from './StatusChip';

/** Props of {@link ClaimItem}. */
export interface ClaimItemProps {
  evidence: ClaimEvidence;
  sources: Record<string, Source>;
  selected: boolean;
  onSelect: (claimId: string | null) => void;
  showInPage?: (claimId: string) => boolean;
  /** Non-zero and changed: take keyboard focus. */
  focusToken: number;
}

/** A claim list entry. */
export function ClaimItem({ evidence, sources, selected, onSelect, showInPage, focusToken }: ClaimItemProps) {
  const { claim } = evidence;
  const detailsId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<PagePlace>(evidence.quote ? 'not-shown' : 'listed-only');

  useEffect(() => {
    if (focusToken > 0) button.current?.focus();
  }, [focusToken]);

  const choose = () => {
    if (selected) return onSelect(null);
    onSelect(claim.id);
    if (evidence.quote && showInPage) setPlace(showInPage(claim.id) ? 'shown' : 'not-found');
  };

  return (
    <li class={selected ? 'bs-claim-item bs-selected' : 'bs-claim-item'}>
      <button
        ref={button}
        type="button"
        class="bs-claim"
        aria-expanded={selected}
        aria-controls={detailsId}
        onClick={choose}
      >
        <StatusChip status={claim.status} /> <span class="bs-text">{claim.summary}</span>
      </button>
      <div id={detailsId} hidden={!selected}>
        {selected && <ClaimDetails evidence={evidence} sources={sources} place={place} />}
      </div>
    </li>
  );
}
