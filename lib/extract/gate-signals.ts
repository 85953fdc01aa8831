/**
 * Collects the gate's signals from a live document without walking it more than once.
 * DOM-only and framework-free: the content script calls it; tests call it on linkedom documents.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { hasArticleMarkup, MAX_GATE_ELEMENTS, type GateSignals } from '../recognition/gate';

/** Bytes of JSON-LD read per page at most: types sit near the top of each block. */
const JSON_LD_SCAN_LIMIT = 20_000;

/**
 * Elements in the document, counted up to `cap` (a larger page answers `cap`). The count walks
 * the tree, and on a 100,000-element table that walk was the biggest cost of the whole script
 * (about 4 ms); the gate only needs to know whether the page is over its limit, and indexing a
 * live collection walks only as far as the index. linkedom answers nothing to
 * `getElementsByTagName('*')`, so tests on it fall back to `querySelectorAll`.
 */
export function elementCount(doc: Document, cap = MAX_GATE_ELEMENTS + 1): number {
  const all = doc.getElementsByTagName('*');
  if (all.item(cap - 1) !== null) return cap;
  return all.length || Math.min(cap, doc.querySelectorAll('*').length);
}

/** The `@type` values named in the page's JSON-LD blocks. */
export function jsonLdTypes(doc: Document): string[] {
  const types = new Set<string>();
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = (script.textContent ?? '').slice(0, JSON_LD_SCAN_LIMIT);
    for (const match of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const name of (match[1] ?? '').matchAll(/"([^"]+)"/g)) types.add(name[1] ?? '');
    }
  }
  types.delete('');
  return [...types];
}

/**
 * The gate's signals for `doc`, read before the background answers what the address is known as
 * (`knownUrl` and `knownOutlet` are false here; the caller merges the answer in). Markup is read
 * only when it can change the decision: a page over the element limit is skipped whatever it
 * declares (finding JSON-LD blocks walks the whole tree: about half a millisecond on a
 * 100,000-element table). JSON-LD is read only when Open Graph has not already said "article",
 * and the readerable check, the costliest signal, only when no markup says so.
 */
export function collectGateSignals(doc: Document): GateSignals {
  const count = elementCount(doc);
  const signals: GateSignals = {
    knownUrl: false,
    knownOutlet: false,
    ogType: null,
    jsonLdTypes: [],
    elementCount: count,
    readerable: null,
  };
  if (count > MAX_GATE_ELEMENTS) return signals;
  // Open Graph tags live in <head>; JSON-LD blocks may sit anywhere.
  signals.ogType =
    (doc.head ?? doc)
      .querySelector('meta[property="og:type"]')
      ?.getAttribute('content')
      ?.trim()
      .toLowerCase() || null;
  // Most news pages say `og:type` article: then the JSON-LD blocks (a walk of the whole page) and
  // the readerable check cannot change the decision.
  if (!hasArticleMarkup(signals)) signals.jsonLdTypes = jsonLdTypes(doc);
  if (!hasArticleMarkup(signals)) signals.readerable = isProbablyReaderable(doc);
  return signals;
}
