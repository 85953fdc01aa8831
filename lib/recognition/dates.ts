/**
 * Day arithmetic on the partial dates the corpus uses (`2017`, `2017-10`, `2017-10-24`).
 */

const DAY_MS = 86_400_000;

/** Days since 1970 of the first day a partial date covers, or null if unparseable. */
export function firstDay(date: string | null | undefined): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)) / DAY_MS;
}

/** Days since 1970 of the last day a partial date covers, or null if unparseable. */
export function lastDay(date: string | null | undefined): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3]) return Date.UTC(year, Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  if (match[2]) return Date.UTC(year, Number(match[2]), 1) / DAY_MS - 1;
  return Date.UTC(year + 1, 0, 1) / DAY_MS - 1;
}

/** A `YYYY-MM-DD` date found in a URL path (`/2015/03/18/`, `-2015-03-18-`), or null. */
export function dateInUrl(url: string): string | null {
  const match = /[/_-]((?:19|20)\d{2})[/_-](0[1-9]|1[0-2])[/_-](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(url);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}
