/** Where "Open" takes the reader: the note's page, with a fragment the page uses to scroll to it. */
import type { Note } from './schema';

/** The fragment key the content script looks for. */
export const NOTE_FRAGMENT_KEY = 'backstory-note';

/** The note's URL with `#backstory-note=<id>` in place of any fragment it had. */
export function noteOpenUrl(note: Pick<Note, 'id' | 'url'>): string {
  const url = new URL(note.url);
  url.hash = `${NOTE_FRAGMENT_KEY}=${encodeURIComponent(note.id)}`;
  return url.href;
}

/** The note id named by a URL's fragment, or null (for the page side). */
export function noteIdFromHash(hash: string): string | null {
  const match = new RegExp(`^#?${NOTE_FRAGMENT_KEY}=([^&]+)$`).exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}
