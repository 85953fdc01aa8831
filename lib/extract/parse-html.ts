/**
 * Parsing serialized HTML into a Document where no DOMParser exists (Node tests and scripts,
 * and a background service worker). Uses linkedom, which Readability reads correctly.
 */
import { DOMParser } from 'linkedom';

/** Parses an HTML string into a Document. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
