/** A claim's status as a coloured chip; the word is always written, so colour is never the only cue. */
import type { ClaimStatus } from '@/lib/corpus/schema';
import { STATUS_WORDS } from './labels';

/** Symbols that repeat the status in shape, for readers who do not see the colours. */
const STATUS_SYMBOLS: Record<ClaimStatus, string> = {
  unverified: '?',
  disputed: '±',
  corroborated: '✓',
  contradicted: '✗',
  misattributed: '≠',
};

/** The chip: symbol (hidden from screen readers) and word. */
export function StatusChip({ status }: { status: ClaimStatus }) {
  return (
    <span class={`bs-chip bs-chip-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOLS[status]} </span>
      {STATUS_WORDS[status]}
    </span>
  );
}
