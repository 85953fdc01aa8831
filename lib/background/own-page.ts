/**
 * Which notes a page may change. A content script may mark, or re-attach, only notes made on its
 * own page. The page's address comes from the browser (`Caller.pageUrl`), never from the payload;
 * the canonical link a page claims is believed only on the note's own site, so a page elsewhere
 * cannot claim someone else's address and reach its notes.
 */
import type { BackstoryDb } from '../db/database';
import type { Note } from '../notes/schema';
import type { Caller } from './router';

function withoutHash(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a note belongs to the page at `pageUrl`: made at this address, or its canonical address
 * is this address, or it shares the canonical link the page claims and the page is on its site.
 */
export function noteBelongsToPage(
  note: Pick<Note, 'url' | 'canonicalUrl'>,
  pageUrl: string,
  claimedCanonical: string | null,
): boolean {
  const page = withoutHash(pageUrl);
  if (withoutHash(note.url) === page) return true;
  if (note.canonicalUrl === null) return false;
  if (withoutHash(note.canonicalUrl) === page) return true;
  const pageOrigin = originOf(page);
  return (
    claimedCanonical === note.canonicalUrl &&
    pageOrigin !== null &&
    (pageOrigin === originOf(note.url) || pageOrigin === originOf(note.canonicalUrl))
  );
}

/**
 * The notes, once every one is known to belong to the caller's page; else throws. A missing note
 * throws too, unless `skipMissing` (a page may report on a note the popup just deleted).
 */
export async function ownPageNotes(
  db: BackstoryDb,
  ids: readonly string[],
  caller: Caller,
  claimedCanonical: string | null,
  skipMissing = false,
): Promise<Note[]> {
  const pageUrl = caller.pageUrl;
  if (caller.extensionPage || pageUrl === null || !/^https?:\/\//i.test(pageUrl)) {
    throw new Error('Refused: only the page a note was made on can change it this way.');
  }
  const found = await db.notes.bulkGet([...ids]);
  if (!skipMissing && found.includes(undefined)) throw new Error('That note no longer exists.');
  const notes = found.filter((note) => note !== undefined);
  return notes.map((note) => {
    if (!noteBelongsToPage(note, pageUrl, claimedCanonical)) {
      throw new Error('Refused: a page may only change the notes made on it.');
    }
    return note;
  });
}
