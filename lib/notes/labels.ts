/** Words for note kinds and states, shared by the popup and the Markdown export. */
import type { NoteKind } from './schema';

/** Each kind as a reader reads it; the chip's colour only repeats this word. */
export const KIND_LABELS: Record<NoteKind, string> = {
  comment: 'Comment',
  question: 'Question',
  verified: 'Verified',
  disputed: 'Disputed',
};

/** How an orphaned note is described next to it. */
export const ORPHANED_LABEL = 'Not found on the page';

/** A UTC date and time to the minute, e.g. `2026-01-02 14:03 UTC`, the same for every reader. */
export function formatUtcMinute(time: number): string {
  const iso = new Date(time).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
