/**
 * Finding a reworded claim by its key facts, sentence by sentence. A sentence (or two adjacent
 * ones) states a claim with numbers when it has every number of the claim, counting the same
 * thing, and words from around them; a claim without numbers needs a good weighted share of its
 * names and words, where words common all over the page weigh little.
 */
import { spanIndexAt, type Span } from '../../text/spans';
import type { Token } from '../../text/tokenize';
import { factsOf, sharedCount, type Facts } from './facts';

/** A page window (one or two sentences) and its facts. */
export interface FactWindow extends Span {
  facts: Facts;
  sentences: number;
}

/** The page's windows and how many sentences each fact occurs in. */
export interface PageFacts {
  windows: FactWindow[];
  sentenceFrequency: Map<string, number>;
  sentences: number;
}

/** The best window for one wording of a claim, with its score in [0, 1]. */
export interface KeyFactMatch extends Span {
  score: number;
}

/** Facts shared near the claim's numbers needed for a claim with numbers. */
const MIN_SHARED_NEAR_NUMBERS = 2;
/** For claims without numbers: weighted share of the claim's facts, and shared facts, needed. */
const MIN_WEIGHTED_SHARE = 0.4;
const MIN_SHARED_TERMS = 3;
/** Names count more than words when weighing a claim's facts. */
const NAME_WEIGHT = 1.5;
/** A window within this share of the best score is preferred if it is shorter. */
const NEAR_BEST = 0.9;

/** Sentence windows of one and two sentences with their facts, and fact frequencies. */
export function pageFacts(text: string, tokens: readonly Token[], sentences: readonly Span[]): PageFacts {
  const tokenStarts = tokens.map((token) => ({ start: token.start, end: token.end }));
  const tokensIn = (span: Span) => {
    let first = spanIndexAt(tokenStarts, span.start);
    if ((tokens[first]?.start ?? 0) < span.start) first++;
    let last = first;
    while (last < tokens.length && (tokens[last]?.end ?? 0) <= span.end) last++;
    return tokens.slice(first, last);
  };
  const single = sentences.map((sentence) => ({
    ...sentence,
    facts: factsOf(tokensIn(sentence), text),
    sentences: 1,
  }));
  const sentenceFrequency = new Map<string, number>();
  for (const { facts } of single)
    for (const term of facts.terms) sentenceFrequency.set(term, (sentenceFrequency.get(term) ?? 0) + 1);
  const pairs = sentences.slice(1).map((next, index) => {
    const pair = { start: sentences[index]?.start ?? next.start, end: next.end };
    return { ...pair, facts: factsOf(tokensIn(pair), text), sentences: 2 };
  });
  return { windows: [...single, ...pairs], sentenceFrequency, sentences: sentences.length };
}

/** Every number of the claim is in the window, counting the same thing or nothing named. */
function numbersAgree(claim: Facts, window: Facts): boolean {
  for (const value of claim.numbers) {
    const units = claim.units.get(value);
    const same = units
      ? [...units].some((unit) => window.countedNumbers.has(`${value} ${unit}`))
      : window.numbers.has(value);
    if (!same && !window.bareNumbers.has(value)) return false;
  }
  return true;
}

/** Scores a window against a claim's facts; 0 means "not this claim". */
export function keyFactScore(
  claim: Facts,
  window: Facts,
  page: Pick<PageFacts, 'sentenceFrequency' | 'sentences'>,
): number {
  if (!numbersAgree(claim, window)) return 0; // a different number (or count of something else) is another claim
  if (claim.numbers.size > 0) {
    const near = sharedCount(claim.nearNumbers, window.terms);
    if (near < Math.min(MIN_SHARED_NEAR_NUMBERS, claim.nearNumbers.size)) return 0;
    return Math.min(1, 0.5 + 0.5 * (near / Math.max(1, claim.nearNumbers.size)));
  }
  // Rare on the page means telling: a word in every sentence says nothing about where the claim is.
  const weight = (term: string) =>
    Math.log(1 + page.sentences / (1 + (page.sentenceFrequency.get(term) ?? 0))) *
    (claim.names.has(term) ? NAME_WEIGHT : 1);
  let total = 0;
  let shared = 0;
  let sharedTerms = 0;
  let names = 0;
  let sharedNames = 0;
  for (const term of claim.terms) {
    const isName = claim.names.has(term);
    total += weight(term);
    if (isName) names++;
    if (!window.terms.has(term)) continue;
    shared += weight(term);
    sharedTerms++;
    if (isName) sharedNames++;
  }
  const share = total > 0 ? shared / total : 0;
  // Without numbers or names a claim has no key facts to find, only words that recur anywhere.
  if (names === 0 || sharedNames === 0 || sharedTerms < MIN_SHARED_TERMS || share < MIN_WEIGHTED_SHARE)
    return 0;
  return share;
}

/**
 * The best window for a claim's facts, no longer (in sentences) than the claim itself, preferring
 * a shorter window when nearly as good.
 */
export function bestKeyFactWindow(
  claim: Facts,
  claimSentences: number,
  page: PageFacts,
): KeyFactMatch | null {
  const scored = page.windows
    .filter((window) => window.sentences <= Math.max(1, claimSentences))
    .map((window) => ({
      start: window.start,
      end: window.end,
      score: keyFactScore(claim, window.facts, page),
    }))
    .filter((match) => match.score > 0);
  const best = Math.max(0, ...scored.map((match) => match.score));
  const good = scored.filter((match) => match.score >= best * NEAR_BEST);
  good.sort((a, b) => a.end - a.start - (b.end - b.start) || b.score - a.score || a.start - b.start);
  return good[0] ?? null;
}
