/**
 * Text folding shared by the page index and the quotes we look for, so a quote still matches
 * when the page uses other whitespace, quote marks or dashes than the corpus text.
 */

/** Typographic variants folded to one ASCII character; each maps one character to one. */
const FOLDED: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** Invisible characters (soft hyphen, zero-width and bidi marks) that pages sprinkle into text. */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

const WHITESPACE = /\s/;

/**
 * How one UTF-16 unit reads for matching: `''` when invisible, `' '` for any whitespace,
 * else the folded character. Never longer than one unit, so offsets map one to one.
 */
export function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  // Printable ASCII is by far the most common and never folds: skip the regexes.
  if (code > 32 && code < 127) return unit;
  if (INVISIBLE.test(unit)) return '';
  if (WHITESPACE.test(unit)) return ' ';
  return FOLDED[unit] ?? unit;
}

/** A string folded with {@link foldUnit}, whitespace runs collapsed to one space, and trimmed. */
export function normalizeForMatch(text: string): string {
  let out = '';
  for (const unit of text.split('')) {
    const folded = foldUnit(unit);
    if (folded === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += folded;
  }
  return out.trimEnd();
}
