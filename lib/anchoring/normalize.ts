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

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
/** The typographic variants, as the body of a character class. */
const FOLDABLE = Object.keys(FOLDED).join('');

/** The units other than whitespace that {@link foldUnit} changes, as a class body. */
const CHANGED = `${INVISIBLE.source.slice(1, -1)}${FOLDABLE}`;

/**
 * Where text needs folding unit by unit: units {@link foldUnit} changes, with the spaces beside
 * them, and spaces at either end of the text or two or more together. What lies between reads as
 * it is (a single space between two words folds to itself), so an indexer copies it whole.
 */
export const FOLDING_RUNS = new RegExp(`^ +| +$| *(?:[^\\S ]|[${CHANGED}])(?:\\s|[${CHANGED}])*| {2,}`, 'g');

const FOLDABLE_ALL = new RegExp(`[${FOLDABLE}]`, 'g');
const WHITESPACE_RUNS = /\s+/g;

/**
 * A string folded with {@link foldUnit}, whitespace runs collapsed to one space, and trimmed.
 * Native replaces rather than a loop over `foldUnit`: the page app normalizes every claim and
 * passage it highlights before its code is warm, and the loop took about 1 ms where these take
 * 0.3 (the seed articles' paragraphs, first call in a fresh Node process). Invisible characters go
 * first, as in `foldUnit`, so one between two spaces does not keep them apart.
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(INVISIBLE_ALL, '')
    .replace(FOLDABLE_ALL, (unit) => FOLDED[unit]!)
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
}
