/**
 * Words with their positions in the source text. Every comparison in recognition (shingles,
 * terms, claim facts) starts from these tokens, so two texts that differ only in case, accents,
 * quotes, acronym dots or thousands separators give the same tokens.
 */
import { normalizeText, sourceSpan, type NormalizedText } from './normalize';

/** One word or number: its folded form and its half-open span in the source string. */
export interface Token {
  /** Folded form: `U.S.` → `us`, `4,000` and `4.000` → `4000`, `Raqqah` → `raqqah`. */
  text: string;
  start: number;
  end: number;
}

// Acronyms with dots first, then digit groups with separators, then plain words.
const TOKEN_PATTERN = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+/gu;

/**
 * Reads a digit run that may contain `.` or `,` separators: groups of exactly three digits after
 * the first are thousands (English `4,000`, Spanish `4.000`); a single other separator is a
 * decimal point; anything else (lists like `1,2,3`) is split into separate numbers.
 */
export function readNumber(raw: string): string[] {
  const groups = raw.split(/[.,]/);
  if (groups.length === 1) return [stripLeadingZeros(raw)];
  const tail = groups.slice(1);
  if (tail.every((group) => group.length === 3)) return [stripLeadingZeros(groups.join(''))];
  if (groups.length === 2) return [`${stripLeadingZeros(groups[0] ?? '0')}.${groups[1] ?? ''}`];
  return groups.map(stripLeadingZeros);
}

function stripLeadingZeros(digits: string): string {
  const stripped = digits.replace(/^0+(?=\d)/, '');
  return stripped;
}

/** Splits already-normalized text into tokens whose offsets are in that normalized text. */
function tokenizeFolded(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const match of folded.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index ?? 0;
    if (/^\p{N}/u.test(raw) && /[.,]/.test(raw)) {
      const numbers = readNumber(raw);
      if (numbers.length === 1) {
        tokens.push({ text: numbers[0] ?? raw, start, end: start + raw.length });
        continue;
      }
      // A list of numbers: one token per group, each with its own span.
      let offset = start;
      for (const group of raw.split(/[.,]/)) {
        tokens.push({ text: stripLeadingZeros(group), start: offset, end: offset + group.length });
        offset += group.length + 1;
      }
      continue;
    }
    const text = raw.endsWith('.') ? raw.replaceAll('.', '') : raw;
    tokens.push({ text, start, end: start + raw.length });
  }
  return tokens;
}

/** Tokens of `source`, with spans in `source`. */
export function tokenize(source: string): Token[] {
  return tokenizeNormalized(normalizeText(source));
}

/** Tokens of an already-normalized text, with spans mapped back to its source. */
export function tokenizeNormalized(normalized: NormalizedText): Token[] {
  return tokenizeFolded(normalized.text).map((token) => {
    const [start, end] = sourceSpan(normalized, token.start, token.end);
    return { text: token.text, start, end };
  });
}

/** The folded words of `source` without positions (for short strings such as key terms). */
export function words(source: string): string[] {
  return tokenizeFolded(normalizeText(source).text).map((token) => token.text);
}
