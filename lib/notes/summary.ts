/** Plain sentences for what an import did. */
import type { ImportCounts } from '../services/notes-transfer';

/** E.g. "Imported 3, skipped 2 already present." or "Nothing to import: the file has no notes." */
export function importSummary({ added, updated, skipped }: ImportCounts): string {
  if (added + updated + skipped === 0) return 'Nothing to import: the file has no notes.';
  const parts = [`Imported ${added}`];
  if (updated > 0) parts.push(`updated ${updated} from a newer copy`);
  if (skipped > 0) parts.push(`skipped ${skipped} already present`);
  return `${parts.join(', ')}.`;
}
