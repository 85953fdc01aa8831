/**
 * Turning probe hits (values found under probe keys) into ranked candidate refs. Pure.
 */
import { WEIGHT_SCALE } from './index-rows';
import { unpackValue } from './postings';
import type { PageProbe } from './probe';
import type { CandidateStory } from './candidates';

/** A value found for a probe key in one pack. */
export interface Hit {
  packId: string;
  key: number;
  value: number;
}

/** A candidate record's ref and how strongly the probe points at it. */
export interface Scored {
  packId: string;
  ref: number;
  score: number;
}

/** Ranks refs by score and keeps the best `limit`. */
export function topRefs<T extends Scored>(scores: Map<string, T>, limit: number): T[] {
  return [...scores.values()].sort((a, b) => b.score - a.score || a.ref - b.ref).slice(0, limit);
}

/** Articles by URL hits (first) and anchor hits. */
export function scoreArticles(urlHits: Hit[], anchorHits: Hit[]) {
  const scores = new Map<string, Scored & { url: boolean; anchors: number }>();
  const entry = (hit: Hit) => {
    const { ref } = unpackValue(hit.value);
    const key = `${hit.packId} ${ref}`;
    const found = scores.get(key) ?? { packId: hit.packId, ref, score: 0, url: false, anchors: 0 };
    scores.set(key, found);
    return found;
  };
  for (const hit of urlHits) Object.assign(entry(hit), { url: true, score: entry(hit).score + 1000 });
  for (const hit of anchorHits) {
    const found = entry(hit);
    found.anchors++;
    found.score++;
  }
  return scores;
}

/** Stories by the summed weights of their term hits. */
export function scoreStories(termHits: Hit[], probe: PageProbe) {
  const keyOfHash = new Map(probe.terms.map((term) => [term.hash, term.key]));
  const scores = new Map<string, Scored & { hits: CandidateStory['termHits'] }>();
  for (const hit of termHits) {
    const { ref, tag } = unpackValue(hit.value);
    const key = `${hit.packId} ${ref}`;
    const found = scores.get(key) ?? { packId: hit.packId, ref, score: 0, hits: [] };
    const weight = tag / WEIGHT_SCALE;
    found.score += weight;
    found.hits.push({ key: keyOfHash.get(hit.key) ?? String(hit.key), weight });
    scores.set(key, found);
  }
  return scores;
}
