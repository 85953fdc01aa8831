/**
 * The lookup probe: the keys a page is looked up by, most useful first. The store reads a bounded
 * number of buckets (each read costs ~50 µs in Chromium) and matches every probe key that falls
 * in a bucket it read, so small corpora are matched on all keys and large ones on the first few.
 */
import { hashString } from '../text/hash';
import type { PageFeatures } from './features';
import { INDEX_WINDOW, PROBE_ANCHORS, PROBE_TERMS } from './params';
import { winnow } from './winnow';

/** Seeds that keep URL and term hashes apart from each other and from shingle hashes. */
export const URL_SEED = 0x75726c;
export const TERM_SEED = 0x7465726d;

/** A story term with the hash it is indexed under. */
export interface ProbeTerm {
  key: string;
  hash: number;
}

/** The keys to look a page up by. JSON-serializable. */
export interface PageProbe {
  /** Comparison keys of the page and canonical URLs, and their hashes. */
  urlKeys: string[];
  urlHashes: number[];
  /** Host candidates for the outlet lookup. */
  hosts: string[];
  /** Anchor hashes: about `PROBE_ANCHORS` spread over the page first, then the page's other anchors. */
  anchors: number[];
  /** Story terms: the `PROBE_TERMS` strongest (names and numbers first), then the rest. */
  terms: ProbeTerm[];
}

/** The hash a URL key is indexed under. */
export function urlHash(key: string): number {
  return hashString(key, URL_SEED);
}

/** The hash a story term is indexed under. */
export function termHash(key: string): number {
  return hashString(key, TERM_SEED);
}

/**
 * Anchors to probe: winnowing with a window at least `INDEX_WINDOW` wide and wide enough to
 * select about `PROBE_ANCHORS`. A page-window minimum is also the minimum of the narrower index
 * window around it, so every probe anchor inside a shared passage is one the article indexed.
 */
export function probeAnchors(anchorable: ArrayLike<number>): number[] {
  const hashes = Uint32Array.from(anchorable);
  const window = Math.max(INDEX_WINDOW, Math.ceil((2 * hashes.length) / PROBE_ANCHORS) - 1);
  const selected = [...new Set(winnow(hashes, window).map((anchor) => anchor.hash))];
  if (selected.length <= PROBE_ANCHORS) return selected;
  // Winnowing density varies; keep the smallest hashes, which are also the likeliest corpus picks.
  return selected.sort((a, b) => a - b).slice(0, PROBE_ANCHORS);
}

/** Most keys of each kind a probe carries (the store reads far fewer buckets). */
export const MAX_PROBE_KEYS = 256;

/** Story terms to probe: the strongest names and numbers, then the strongest other terms, then the rest. */
export function probeTerms(features: Pick<PageFeatures, 'terms'>): ProbeTerm[] {
  const specific = features.terms.filter((term) => term.key[0] === 'e' || term.key[0] === 'n');
  const first = [...specific.slice(0, PROBE_TERMS - 2)];
  const chosen = new Set(first.map((term) => term.key));
  const rest = features.terms.filter((term) => !chosen.has(term.key));
  return [...first, ...rest]
    .slice(0, MAX_PROBE_KEYS)
    .map((term) => ({ key: term.key, hash: termHash(term.key) }));
}

function withRest(first: number[], all: number[]): number[] {
  const chosen = new Set(first);
  return [...first, ...all.filter((hash) => !chosen.has(hash))].slice(0, MAX_PROBE_KEYS);
}

/** The lookup probe of a page. */
export function probeFor(features: PageFeatures): PageProbe {
  return {
    urlKeys: features.urlKeys,
    urlHashes: features.urlKeys.map(urlHash),
    hosts: features.hosts,
    anchors: withRest(
      probeAnchors(features.anchorable),
      features.anchors.map((anchor) => anchor.hash),
    ),
    terms: probeTerms(features),
  };
}
