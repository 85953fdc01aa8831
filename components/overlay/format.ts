/** Formatting of dates, shares and untrusted strings for display in the overlay. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A partial date (`2018`, `2018-11`, `2018-11-03`) as a reader writes it (`3 Nov 2018`), in
 * English whatever the locale, since the panel is in English. Null or malformed gives null.
 */
export function formatPartialDate(date: string | null | undefined): string | null {
  const match = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date) : null;
  if (!match) return null;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return null;
  return [day ? String(Number(day)) : null, monthName, year].filter(Boolean).join(' ');
}

/** A 0..1 share as a whole percentage that never rounds a partial match up to 100% or down to 0%. */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return 'an unknown share';
  const clamped = Math.min(1, Math.max(0, share));
  if (clamped > 0.99 && clamped < 1) return 'over 99%';
  if (clamped > 0 && clamped < 0.01) return 'under 1%';
  return `${Math.round(clamped * 100)}%`;
}

/**
 * Bidi overrides, embeddings and isolates, and control characters. Rendered as text they cannot
 * run, but they can reorder what a reader sees (`\u202Egpj.exe`), so they are dropped.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The string without characters that could disguise what it says. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

/** A deep copy of plain data with {@link cleanText} applied to every string in it. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item) => cleanStrings(item)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanStrings(item)])) as T;
  }
  return value;
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
