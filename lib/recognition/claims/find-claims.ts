/**
 * Finds known claims in a page's text: the exact quote (or a known variant) first, then an
 * approximate match of it, then a sentence that states the claim's key facts in other words.
 */
import { normalizeText, sourceSpan } from '../../text/normalize';
import { numbersIn } from '../../text/numbers';
import { splitSentences } from '../../text/spans';
import { tokenize, tokenizeNormalized, type Token } from '../../text/tokenize';
import type { CandidateClaim } from '../candidates';
import type { ClaimHit, ClaimMethod } from '../types';
import { quoteSelector } from './context';
import { factsOf } from './facts';
import { bestKeyFactWindow, pageFacts, type PageFacts } from './key-facts';
import { searchApproximate } from './myers';

/** Quotes shorter than this (folded) are only matched exactly: short strings match by chance. */
const MIN_APPROXIMATE_LENGTH = 24;
/** Edits allowed per character of quote in an approximate match. */
const APPROXIMATE_ERROR_RATE = 0.15;
/** Share of a quote's words the page must contain before the approximate search runs. */
const APPROXIMATE_WORD_SHARE = 0.6;

/** The page text prepared once for every claim. */
interface PreparedPage {
  text: string;
  normalized: ReturnType<typeof normalizeText>;
  tokens: Token[];
  words: Set<string>;
  facts: () => PageFacts;
}

function prepare(text: string): PreparedPage {
  const normalized = normalizeText(text);
  const tokens = tokenizeNormalized(normalized);
  let facts: PageFacts | null = null;
  return {
    text,
    normalized,
    tokens,
    words: new Set(tokens.map((token) => token.text)),
    facts: () => (facts ??= pageFacts(text, tokens, splitSentences(text))),
  };
}

function numberSet(tokens: readonly Token[]): string {
  return [...new Set(numbersIn(tokens).map((number) => number.value))].sort().join(' ');
}

function hit(
  page: PreparedPage,
  claimId: string,
  span: [number, number],
  method: ClaimMethod,
  score: number,
): ClaimHit {
  return {
    claimId,
    start: span[0],
    end: span[1],
    ...quoteSelector(page.text, span[0], span[1]),
    method,
    score,
  };
}

function findExact(page: PreparedPage, wording: string): [number, number] | null {
  const folded = normalizeText(wording).text.trim();
  if (folded.length < 8) return null;
  const at = page.normalized.text.indexOf(folded);
  return at < 0 ? null : sourceSpan(page.normalized, at, at + folded.length);
}

function findApproximate(
  page: PreparedPage,
  wording: string,
): { span: [number, number]; score: number } | null {
  const folded = normalizeText(wording).text.trim();
  if (folded.length < MIN_APPROXIMATE_LENGTH) return null;
  const wordingTokens = tokenize(wording);
  const present = wordingTokens.filter((token) => page.words.has(token.text)).length;
  if (present < wordingTokens.length * APPROXIMATE_WORD_SHARE) return null;
  const maxErrors = Math.floor(folded.length * APPROXIMATE_ERROR_RATE);
  const wantedNumbers = numberSet(wordingTokens);
  for (const match of searchApproximate(page.normalized.text, folded, maxErrors)) {
    const span = sourceSpan(page.normalized, match.start, match.end);
    const inside = page.tokens.filter((token) => token.start >= span[0] && token.end <= span[1]);
    if (numberSet(inside) !== wantedNumbers) continue; // a different number is a different claim
    return { span, score: 1 - match.errors / folded.length };
  }
  return null;
}

function findByKeyFacts(
  page: PreparedPage,
  wordings: readonly string[],
): { span: [number, number]; score: number } | null {
  let best: { span: [number, number]; score: number } | null = null;
  for (const wording of wordings) {
    const match = bestKeyFactWindow(
      factsOf(tokenize(wording), wording),
      splitSentences(wording).length,
      page.facts(),
    );
    if (match && (!best || match.score > best.score))
      best = { span: [match.start, match.end], score: match.score };
  }
  return best;
}

/** Which methods to try (exact and approximate always; key facts unless switched off). */
export interface FindOptions {
  byKeyFacts?: boolean;
}

/** Finds each claim at most once in `text`; hits in page order. */
export function findClaims(
  text: string,
  claims: readonly CandidateClaim[],
  options: FindOptions = {},
): ClaimHit[] {
  if (!text || claims.length === 0) return [];
  const page = prepare(text);
  const hits: ClaimHit[] = [];
  for (const claim of claims) {
    const wordings = [claim.quote, ...claim.variants];
    const exact = wordings.map((wording) => findExact(page, wording)).find((span) => span !== null);
    if (exact) {
      hits.push(hit(page, claim.id, exact, 'exact', 1));
      continue;
    }
    const approximate = wordings
      .map((wording) => findApproximate(page, wording))
      .find((found) => found !== null);
    if (approximate) {
      hits.push(hit(page, claim.id, approximate.span, 'approximate', approximate.score));
      continue;
    }
    if (options.byKeyFacts === false) continue;
    const byFacts = findByKeyFacts(page, wordings);
    if (byFacts) hits.push(hit(page, claim.id, byFacts.span, 'key-facts', byFacts.score));
  }
  return hits.sort((a, b) => a.start - b.start || a.claimId.localeCompare(b.claimId));
}
