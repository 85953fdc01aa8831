/**
 * Finding a saved note's text again on a page that may have changed since. The strategies, in
 * order (after Hypothesis's anchoring):
 *
 * 1. the exact quote, choosing between occurrences by the saved prefix and suffix, then by
 *    closeness to the saved position;
 * 2. the saved position, if the text there is the quote once spaces are ignored;
 * 3. an approximate match with edits up to {@link MAX_ERROR_SHARE} of the quote's length, scored
 *    by how few edits it needs, how well its prefix and suffix agree and how close it is.
 *
 * When none succeeds the note is orphaned: better listed as "not found" than pinned to the wrong
 * words. Everything works on a {@link TextIndex}'s normalized text.
 */
import { searchApproximate } from './approximate';
import type { TextSpan } from './find-quote';
import { normalizeForMatch } from './normalize';
import {
  positionCloseness,
  prefixAgreement,
  prefixSimilarity,
  suffixAgreement,
  suffixSimilarity,
} from './quote-context';
import type { NoteTarget } from './selectors';
import type { TextIndex } from './text-index';

/** Which strategy found the note. */
export type AnchorMethod = 'quote' | 'position' | 'approximate';

/** Where a note's quote is now, and how it was found. */
export interface NoteAnchor extends TextSpan {
  method: AnchorMethod;
  /** Edits between the saved quote and the text found (0 unless approximate). */
  errors: number;
}

/** The most edits an approximate match may need, as a share of the quote's length. */
export const MAX_ERROR_SHARE = 0.2;

/** Quotes shorter than this match approximately only if their prefix or suffix agrees too. */
export const SHORT_QUOTE_CHARS = 32;

/** Past this share of edits, a match must also sit next to text very like its saved context. */
export const CLOSE_ERROR_SHARE = 0.1;

/**
 * Whether the text around an approximate match supports it. Pages repeat near-identical lines
 * (bylines, badges, captions), so a quote that was removed could otherwise land on a sibling
 * line: the more edits a match needs, the more its prefix or suffix must agree.
 */
function contextVouches(length: number, errors: number, before: number | null, after: number | null) {
  if (before === null && after === null) return true; // the quote was the whole text
  const context = Math.max(before ?? 0, after ?? 0);
  if (errors > length * CLOSE_ERROR_SHARE) return context >= 0.75;
  return length >= SHORT_QUOTE_CHARS || context >= 0.5;
}

/** Stops a pathological page (the same words thousands of times) from costing much. */
const MAX_OCCURRENCES = 1000;

/** Weights of the approximate match's score (Hypothesis uses the same proportions). */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

function exactQuote(text: string, exact: string, target: NoteTarget): NoteAnchor | null {
  const { prefix, suffix } = target.quote;
  let best: NoteAnchor | null = null;
  let bestScore = -Infinity;
  let seen = 0;
  for (let at = text.indexOf(exact); at !== -1 && seen < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    seen++;
    const end = at + exact.length;
    const context = prefixAgreement(text, at, prefix) + suffixAgreement(text, end, suffix);
    // Context decides; the saved position only breaks ties (it is worth less than one character).
    const score = context + positionCloseness(at, target.position.start, text.length) * 0.5;
    if (score > bestScore) [best, bestScore] = [{ start: at, end, method: 'quote', errors: 0 }, score];
  }
  return best;
}

function positionHint(text: string, exact: string, target: NoteTarget): NoteAnchor | null {
  const wanted = exact.replace(/ /g, '');
  let start = target.position.start;
  while (start < text.length && text[start] === ' ') start++;
  let at = start;
  let matched = 0;
  for (; at < text.length && matched < wanted.length; at++) {
    if (text[at] === ' ') continue;
    if (text[at] !== wanted[matched]) return null;
    matched++;
  }
  return matched === wanted.length && wanted.length > 0
    ? { start, end: at, method: 'position', errors: 0 }
    : null;
}

/** Lowered text, computed once per index however many notes it anchors. */
const loweredTexts = new WeakMap<object, string>();

/** Case folding only when it keeps every offset (some characters change length when lowered). */
function lowerKeepingOffsets(text: string): string {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : text;
}

function loweredText(index: Pick<TextIndex, 'text'>): string {
  let lowered = loweredTexts.get(index);
  if (lowered === undefined) loweredTexts.set(index, (lowered = lowerKeepingOffsets(index.text)));
  return lowered;
}

/** The anchor without spaces at either end (an approximate match may take in a neighbouring one). */
function trimSpaces(text: string, anchor: NoteAnchor): NoteAnchor | null {
  let { start, end } = anchor;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return end > start ? { ...anchor, start, end } : null;
}

function approximateQuote(
  index: Pick<TextIndex, 'text'>,
  exact: string,
  target: NoteTarget,
): NoteAnchor | null {
  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  if (maxErrors === 0) return null;
  const text = index.text;
  const { prefix, suffix } = target.quote;
  let best: NoteAnchor | null = null;
  let bestScore = -Infinity;
  for (const match of searchApproximate(loweredText(index), lowerKeepingOffsets(exact), maxErrors)) {
    const before = prefixSimilarity(text, match.start, prefix);
    const after = suffixSimilarity(text, match.end, suffix);
    if (!contextVouches(exact.length, match.errors, before, after)) continue;
    const score =
      WEIGHTS.quote * (1 - match.errors / exact.length) +
      WEIGHTS.prefix * (before ?? 0.5) +
      WEIGHTS.suffix * (after ?? 0.5) +
      WEIGHTS.position * positionCloseness(match.start, target.position.start, text.length);
    if (score > bestScore) [best, bestScore] = [{ ...match, method: 'approximate' }, score];
  }
  return best && trimSpaces(text, best);
}

/**
 * Where the note's quote is in the indexed text now, or null when it cannot be found (the note
 * is orphaned). See the module comment for the order of strategies.
 */
export function reanchor(index: Pick<TextIndex, 'text'>, target: NoteTarget): NoteAnchor | null {
  const exact = normalizeForMatch(target.quote.exact);
  if (exact === '') return null;
  return (
    exactQuote(index.text, exact, target) ??
    positionHint(index.text, exact, target) ??
    approximateQuote(index, exact, target)
  );
}
