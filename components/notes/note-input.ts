/** What the reader types in the page's note editor. */
import type { NoteKind } from '@/lib/notes/schema';

/** The editor's fields, as saved. */
export interface NoteInput {
  body: string;
  tags: string[];
  kind: NoteKind;
}
