/** Medians, worst values and number formatting for the browser benchmark. */

/** The median of some numbers (NaN when there are none). */
export function median(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The largest value (NaN when there are none). */
export function worst(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? Number.NaN : Math.max(...finite);
}

/** A number with a unit, or "n/a" when it is missing. */
export function fmt(value: number, unit = 'ms', digits = 1): string {
  if (!Number.isFinite(value)) return 'n/a';
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

/** "median / worst" of samples. */
export function medWorst(values: readonly number[], unit = 'ms', digits = 1): string {
  if (values.filter(Number.isFinite).length === 0) return 'n/a';
  return `${fmt(median(values), unit, digits)} / ${fmt(worst(values), unit, digits)}`;
}
