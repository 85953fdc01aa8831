/**
 * Sentences and paragraphs as half-open spans of the source text, trimmed of surrounding space.
 */

/** A half-open span `[start, end)` of a source string. */
export interface Span {
  start: number;
  end: number;
}

// Words after which a full stop does not end a sentence (titles, initials, months, "U.S.").
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen maj col lt sgt capt cmdr adm gov sen rep st jr sr inc corp co ltd vs etc
  no nos fig jan feb mar apr jun jul aug sep sept oct nov dec approx dept est univ sra sr sres dra`
    .split(/\s+/)
    .filter(Boolean),
);

const TERMINAL = /[.!?…]/u;
const CLOSERS = /["'”’»)\]]/u;
const OPENERS = /[\p{Lu}\p{N}"'“‘«(¿¡]/u;

function trimmed(source: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(source[start] ?? '')) start++;
  while (end > start && /\s/u.test(source[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** Whether the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function closesAbbreviation(source: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(source[start - 1] ?? '')) start--;
  const word = source.slice(start, dot).toLowerCase();
  if (word.length === 1) return true; // an initial such as "J." or the last letter of "U.S."
  if (word.includes('.')) return true; // "U.S" of "U.S."
  return ABBREVIATIONS.has(word);
}

/** Where the sentence ending at `index` (a terminal mark) really ends, after closing quotes. */
function endOfTerminal(source: string, index: number): number {
  let end = index + 1;
  while (end < source.length && (TERMINAL.test(source[end] ?? '') || CLOSERS.test(source[end] ?? ''))) end++;
  return end;
}

/**
 * Splits text into sentences: after `.`, `!`, `?` or `…` (and closing quotes) followed by space
 * and a capital, digit or opening quote; and at line breaks, unless the next line starts in
 * lowercase (a paragraph broken mid-sentence).
 */
export function splitSentences(source: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimmed(source, start, end);
    if (span) spans.push(span);
    start = end;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === '\n') {
      let next = i + 1;
      while (next < source.length && /\s/u.test(source[next] ?? '')) next++;
      if (next >= source.length || !/\p{Ll}/u.test(source[next] ?? '')) push(i);
      continue;
    }
    if (!TERMINAL.test(char)) continue;
    if (char === '.' && closesAbbreviation(source, i)) continue;
    const end = endOfTerminal(source, i);
    let next = end;
    while (next < source.length && (source[next] === ' ' || source[next] === '\t')) next++;
    if (next === end && next < source.length) continue; // "3.5", "U.S.-led": no space after
    if (next >= source.length || OPENERS.test(source[next] ?? '') || source[next] === '\n') {
      push(end);
      i = end - 1;
    }
  }
  push(source.length);
  return spans;
}

/** Splits text into paragraphs at blank lines, or at single line breaks when there are no blank lines. */
export function splitParagraphs(source: string): Span[] {
  const separator = /\n[ \t\r]*\n/.test(source) ? /\n[ \t\r]*\n\s*/g : /\n\s*/g;
  const spans: Span[] = [];
  let start = 0;
  for (const match of source.matchAll(separator)) {
    const span = trimmed(source, start, match.index ?? 0);
    if (span) spans.push(span);
    start = (match.index ?? 0) + match[0].length;
  }
  const last = trimmed(source, start, source.length);
  if (last) spans.push(last);
  return spans;
}

/** Index of the span containing `offset` (or the nearest before it), by binary search. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((spans[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
