/**
 * How well a candidate place for a quote agrees with the text the quote was saved next to (its
 * prefix and suffix), and with its saved position. Used to choose between occurrences.
 */
import { editDistance } from './approximate';

/** Characters the saved prefix and the text before `start` share, read backwards from `start`. */
export function prefixAgreement(text: string, start: number, prefix: string): number {
  const wanted = prefix.trimEnd();
  const before = text.slice(Math.max(0, start - wanted.length - 1), start).trimEnd();
  let shared = 0;
  while (
    shared < wanted.length &&
    shared < before.length &&
    wanted[wanted.length - 1 - shared] === before[before.length - 1 - shared]
  ) {
    shared++;
  }
  return shared;
}

/** Characters the saved suffix and the text after `end` share, read forwards from `end`. */
export function suffixAgreement(text: string, end: number, suffix: string): number {
  const wanted = suffix.trimStart();
  const after = text.slice(end, end + wanted.length + 1).trimStart();
  let shared = 0;
  while (shared < wanted.length && shared < after.length && wanted[shared] === after[shared]) shared++;
  return shared;
}

/**
 * Similarity of the saved prefix to the text before `start`, 0..1 (1 - edit distance / length).
 * An empty prefix (the quote began the page) neither agrees nor disagrees: null.
 */
export function prefixSimilarity(text: string, start: number, prefix: string): number | null {
  const wanted = prefix.trim();
  if (wanted === '') return null;
  const before = text.slice(Math.max(0, start - wanted.length - 1), start).trim();
  return 1 - editDistance(wanted, before.slice(-wanted.length)) / wanted.length;
}

/** Similarity of the saved suffix to the text after `end`, 0..1; null for an empty suffix. */
export function suffixSimilarity(text: string, end: number, suffix: string): number | null {
  const wanted = suffix.trim();
  if (wanted === '') return null;
  const after = text.slice(end, end + wanted.length + 1).trim();
  return 1 - editDistance(wanted, after.slice(0, wanted.length)) / wanted.length;
}

/** Closeness of `start` to the saved position, 0..1 over the length of the text. */
export function positionCloseness(start: number, savedStart: number, textLength: number): number {
  return 1 - Math.min(1, Math.abs(start - savedStart) / Math.max(1, textLength));
}
