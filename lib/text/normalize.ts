/**
 * Folding text for comparison while remembering where every folded character came from,
 * so a match found in folded text can be reported (and anchored) in the original string.
 */

/** Folded text plus, for each of its UTF-16 units, the index in the source it came from. */
export interface NormalizedText {
  /** Lowercased, accent-free text with unified quotes and dashes and single spaces. */
  text: string;
  /** `sourceIndex[i]` is the source index of `text[i]`; one extra entry holds the source length. */
  sourceIndex: Int32Array;
}

const SINGLE_QUOTES = /['‘’‚‛′`´]/u;
const DOUBLE_QUOTES = /["“”„‟″«»]/u;
const DASHES = /[‐‑‒–—―−]/u;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const SPACE = /\s/u;
const MARKS = /\p{M}/gu;

// Folding a non-ASCII character costs two normalize() calls; most texts reuse few of them.
const foldCache = new Map<string, string>();

/** Folds one code point (as a string) the way `normalizeText` does, ignoring whitespace runs. */
export function foldCharacter(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  let folded: string;
  if (INVISIBLE.test(char)) folded = '';
  else if (SINGLE_QUOTES.test(char)) folded = "'";
  else if (DOUBLE_QUOTES.test(char)) folded = '"';
  else if (DASHES.test(char)) folded = '-';
  else if (SPACE.test(char)) folded = ' ';
  else folded = char.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '');
  if (foldCache.size < 4096) foldCache.set(char, folded);
  return folded;
}

/**
 * Folds `source` for matching: lowercase, no diacritics (NFKD), typographic quotes and dashes
 * as ASCII, invisible characters dropped and every whitespace run as one space.
 */
export function normalizeText(source: string): NormalizedText {
  const parts: string[] = [];
  const index: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < source.length;) {
    const codePoint = source.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = foldCharacter(source.slice(i, i + width));
    for (const unit of folded) {
      const isSpace = unit === ' ' || unit === '\n' || unit === '\t' || unit === '\r';
      if (isSpace && lastWasSpace) continue;
      parts.push(isSpace ? ' ' : unit);
      index.push(i);
      lastWasSpace = isSpace;
    }
    i += width;
  }
  const text = parts.join('');
  const sourceIndex = new Int32Array(text.length + 1);
  // A folded character can expand to several units (e.g. a ligature): every unit maps to its source.
  let unit = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] ?? '';
    for (let u = 0; u < part.length; u++) sourceIndex[unit++] = index[p] ?? 0;
  }
  sourceIndex[text.length] = source.length;
  return { text, sourceIndex };
}

/**
 * Maps a half-open span of folded text back to the half-open span of source it covers.
 * The end extends over the whole last source character (surrogate pairs, expansions).
 */
export function sourceSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { sourceIndex, text } = normalized;
  const from = sourceIndex[Math.min(Math.max(start, 0), text.length)] ?? 0;
  if (end <= start) return [from, from];
  const last = sourceIndex[Math.min(end - 1, text.length)] ?? from;
  // The next folded unit that starts at a later source index marks where the last character ends.
  let to = sourceIndex[text.length] ?? last + 1;
  for (let i = end; i <= text.length; i++) {
    const candidate = sourceIndex[i] ?? to;
    if (candidate > last) {
      to = candidate;
      break;
    }
  }
  return [from, to];
}
