/**
 * Finds a quote in an indexed page: its exact words first, then the same words in other case;
 * when the words occur more than once, the prefix and suffix pick the occurrence.
 */
import type { QuoteSelector } from '@/lib/report';
import { normalizeForMatch } from './normalize';
import type { TextIndex } from './text-index';

/** A half-open span `[start, end)` of a {@link TextIndex}'s normalized text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Stops a pathological page (the same words thousands of times) from costing much. */
const MAX_OCCURRENCES = 500;

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < MAX_OCCURRENCES;) {
    found.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return found;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) {
    length++;
  }
  return length;
}

/** How well the text around an occurrence agrees with the selector's prefix and suffix, in characters. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length - 1), start).trimEnd();
  const after = text.slice(end, end + suffix.length + 1).trimStart();
  return commonSuffixLength(prefix, before) + commonPrefixLength(suffix, after);
}

/** Case folding only when it keeps every offset (some characters change length when lowered). */
function lowerKeepingOffsets(text: string): string | null {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : null;
}

function bestOccurrence(text: string, exact: string, selector: QuoteSelector): TextSpan | null {
  const starts = occurrences(text, exact);
  if (starts.length === 0) return null;
  const prefix = normalizeForMatch(selector.prefix);
  const suffix = normalizeForMatch(selector.suffix);
  let best = starts[0]!;
  let bestScore = -1;
  for (const start of starts) {
    const score = contextScore(text, start, start + exact.length, prefix, suffix);
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  return { start: best, end: best + exact.length };
}

/** Lowered page text, computed once per index however many quotes miss their exact case. */
const loweredTexts = new WeakMap<Pick<TextIndex, 'text'>, string | null>();

function loweredText(index: Pick<TextIndex, 'text'>): string | null {
  if (!loweredTexts.has(index)) loweredTexts.set(index, lowerKeepingOffsets(index.text));
  return loweredTexts.get(index)!;
}

/** Where `selector.exact` is in the index's normalized text, or null when it is not there. */
export function findQuote(index: Pick<TextIndex, 'text'>, selector: QuoteSelector): TextSpan | null {
  const exact = normalizeForMatch(selector.exact);
  if (exact === '') return null;
  const found = bestOccurrence(index.text, exact, selector);
  if (found) return found;
  const lowerText = loweredText(index);
  const lowerExact = lowerKeepingOffsets(exact);
  if (lowerText === null || lowerExact === null) return null;
  return bestOccurrence(lowerText, lowerExact, {
    exact: lowerExact,
    prefix: selector.prefix.toLowerCase(),
    suffix: selector.suffix.toLowerCase(),
  });
}
