/**
 * The page as notes see it: its address (without the fragment, which only scrolls) and its
 * visible text index. Saving and re-anchoring both call {@link indexPageText}, so a note's saved
 * position and the positions searched later are in the same coordinates.
 */
import { buildTextIndex, type TextIndex } from '@/lib/anchoring/text-index';
import { readSignals } from '../signals';
import { withoutHash } from '@/lib/notes/page-url';

/** The host element of the notes UI (see notes-ui.tsx). */
export const NOTES_HOST = 'backstory-notes';

/** Where and what the page is, as a note records it. */
export interface PageAddress {
  url: string;
  canonicalUrl: string | null;
  title: string;
}

/** The page's address without its fragment, its canonical link (http(s) only) and its title. */
export function readPageAddress(doc: Document): PageAddress {
  const page = readSignals(doc);
  return {
    url: withoutHash(page.url),
    canonicalUrl: page.canonicalUrl && withoutHash(page.canonicalUrl),
    title: page.title.trim().slice(0, 500),
  };
}

/** Indexes the page's visible text, leaving out Backstory's own elements. */
export function indexPageText(doc: Document): TextIndex {
  return buildTextIndex(doc.body ?? doc.documentElement, {
    skip: (element) => element.localName === NOTES_HOST,
  });
}
