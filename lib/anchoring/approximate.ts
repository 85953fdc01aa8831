/**
 * Approximate string search: every place in a text where a pattern occurs with at most k edits
 * (inserted, deleted or changed characters), with where each match starts and ends. The ends
 * come from the bit-parallel search in myers.ts, fast enough for a whole page and a long quote;
 * each start from the same search run backwards from its end.
 *
 * Pure and DOM-free; the re-anchoring chain (reanchor.ts) calls it on the page's normalized text.
 */
import { matchEnds, toBlocks, type MatchEnd, type PatternBlocks } from './myers';

/** One approximate occurrence: `text.slice(start, end)` is `errors` edits away from the pattern. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/** Within each run of adjacent end positions, the one needing fewest edits (the first on ties). */
function bestOfEachRun(ends: MatchEnd[]): MatchEnd[] {
  const best: MatchEnd[] = [];
  let runEnd = -2;
  for (const end of ends) {
    const previous = best[best.length - 1];
    if (previous === undefined || end.end - runEnd > 1) best.push(end);
    else if (end.errors < previous.errors) best[best.length - 1] = end;
    runEnd = end.end;
  }
  return best;
}

function reversed(text: string): string {
  return text.split('').reverse().join('');
}

/**
 * Where a match ending at `end` starts: the reversed pattern searched backwards from `end`. Of the
 * starts needing the fewest edits, the one whose length is closest to the pattern's.
 */
function matchStart(text: string, reversedPattern: PatternBlocks, end: MatchEnd): number {
  const windowStart = Math.max(0, end.end - reversedPattern.length - end.errors);
  const backwards = reversed(text.slice(windowStart, end.end));
  const candidates = matchEnds(backwards, reversedPattern, end.errors, true);
  let bestStart = end.end - reversedPattern.length;
  let bestKey = Infinity;
  for (const candidate of candidates) {
    const length = candidate.end;
    const key = candidate.errors * 1e6 + Math.abs(length - reversedPattern.length);
    if (key < bestKey) [bestKey, bestStart] = [key, end.end - length];
  }
  return Math.max(0, bestStart);
}

/** Options for {@link searchApproximate}. */
export interface ApproximateOptions {
  /** At most this many matches are answered, the fewest edits first (default 50). */
  maxMatches?: number;
}

/**
 * Every place `pattern` occurs in `text` with at most `maxErrors` edits (Levenshtein distance:
 * one inserted, deleted or changed UTF-16 unit each). Overlapping end positions of one occurrence
 * are collapsed to the best; answers matches sorted by errors, then position.
 */
export function searchApproximate(
  text: string,
  pattern: string,
  maxErrors: number,
  options: ApproximateOptions = {},
): ApproximateMatch[] {
  if (pattern.length === 0 || text.length === 0) return [];
  const errorsAllowed = Math.max(0, Math.min(Math.floor(maxErrors), pattern.length));
  const ends = bestOfEachRun(matchEnds(text, toBlocks(pattern), errorsAllowed))
    .sort((a, b) => a.errors - b.errors || a.end - b.end)
    .slice(0, options.maxMatches ?? 50);
  const reversedPattern = toBlocks(reversed(pattern));
  return ends.map((end) => ({
    start: matchStart(text, reversedPattern, end),
    end: end.end,
    errors: end.errors,
  }));
}

/** The Levenshtein distance between two short strings (O(a × b); for prefixes and suffixes). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const change = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(change, previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[b.length]!;
}
