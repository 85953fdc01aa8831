/**
 * Scores a page against a candidate story: the weights of the story terms found on the page
 * (names, numbers, words, each weighted by how specific it is to the story in the corpus),
 * plus the story's multi-word key terms found as phrases, inside the story's time window.
 */
import type { CandidateStory } from './candidates';
import { firstDay, lastDay } from './dates';
import type { PageFeatures } from './features';
import { KEY_TERM_BONUS, keyTermKeys, kindWeight, termKind } from './terms';
import * as limits from './thresholds';
import { words } from '../text/tokenize';

/** A page's score against one story and its evidence. */
export interface StoryScore {
  score: number;
  /** Matched term keys and key-term phrases. */
  matchedTerms: string[];
  /** Matched names, numbers and phrases: the specific evidence. */
  specific: number;
  /** False when the page's date is known and outside the story's window. */
  inWindow: boolean;
}

/** Whether a page dated `published` can report a story running from `start` to `end`. */
export function inStoryWindow(published: string | null, start: string | null, end: string | null): boolean {
  const day = firstDay(published);
  if (day === null) return true; // undated pages are judged on their words alone
  const from = firstDay(start);
  const to = lastDay(end ?? start);
  if (from !== null && day < from - limits.STORY_DAYS_BEFORE) return false;
  return to === null || day <= to + limits.STORY_DAYS_AFTER;
}

/** Multi-word key terms of a story that occur as phrases in the page. */
function phrasesFound(features: Pick<PageFeatures, 'foldedWords'>, keyTerms: readonly string[]): string[] {
  return keyTerms.filter((term) => {
    const phrase = words(term);
    return phrase.length >= 2 && features.foldedWords.includes(` ${phrase.join(' ')} `);
  });
}

/**
 * How specific a found phrase is to the story, in [0, 1]: the mean of its words' index weights
 * relative to a key term's full weight. "US-led coalition", which every story shares, counts little.
 */
function phraseSpecificity(phrase: string, hitWeights: ReadonlyMap<string, number>): number {
  const keys = keyTermKeys(phrase);
  if (keys.length === 0) return 0;
  const shares = keys.map((key) => (hitWeights.get(key) ?? 0) / (kindWeight(key) * KEY_TERM_BONUS));
  return Math.min(1, shares.reduce((sum, share) => sum + share, 0) / keys.length);
}

/** Scores the page against one candidate story. */
export function scoreStory(
  features: Pick<PageFeatures, 'foldedWords' | 'published' | 'terms'>,
  candidate: CandidateStory,
): StoryScore {
  const phrases = phrasesFound(features, candidate.story.keyTerms);
  const pageKeys = new Set(features.terms.map((term) => term.key));
  const hits = candidate.termHits.filter((hit) => pageKeys.has(hit.key));
  const termScore = hits.reduce((sum, hit) => sum + hit.weight, 0);
  const hitWeights = new Map(hits.map((hit) => [hit.key, hit.weight]));
  const phraseShares = phrases.map((phrase) => phraseSpecificity(phrase, hitWeights));
  const phraseScore = phraseShares.reduce((sum, share) => sum + share * limits.STORY_PHRASE_WEIGHT, 0);
  const specificTerms = hits.filter((hit) => termKind(hit.key) === 'e' || termKind(hit.key) === 'n');
  return {
    score: Math.round((termScore + phraseScore) * 100) / 100,
    matchedTerms: [...hits.map((hit) => hit.key), ...phrases],
    specific: specificTerms.length + phraseShares.filter((share) => share >= 0.5).length,
    inWindow: inStoryWindow(features.published, candidate.story.start, candidate.story.end),
  };
}

/** Whether a story score is a match. */
export function isStoryMatch(score: StoryScore): boolean {
  return (
    score.inWindow && score.score >= limits.STORY_MIN_SCORE && score.specific >= limits.STORY_MIN_SPECIFIC
  );
}
