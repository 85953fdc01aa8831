/**
 * Plain-text tables for the eval and the benchmark.
 */

/** Per-class precision and recall lines from (labelled, predicted) pairs. */
export function precisionRecall(
  pairs: ReadonlyArray<{ want: string; got: string }>,
  classes: readonly string[],
): string[] {
  return classes.map((name) => {
    const truePositives = pairs.filter((pair) => pair.want === name && pair.got === name).length;
    const predicted = pairs.filter((pair) => pair.got === name).length;
    const actual = pairs.filter((pair) => pair.want === name).length;
    const precision = predicted ? (truePositives / predicted).toFixed(2) : 'n/a';
    const recall = actual ? (truePositives / actual).toFixed(2) : 'n/a';
    return `${name.padEnd(7)} precision ${precision.padStart(4)}  recall ${recall.padStart(4)}  (${actual} labelled, ${predicted} recognized)`;
  });
}

/** A confusion table: one row per labelled class, one column per recognized class. */
export function confusionTable(
  pairs: ReadonlyArray<{ want: string; got: string }>,
  classes: readonly string[],
): string[] {
  const width = 8;
  const header = ['', ...classes].map((name) => name.padStart(width)).join('');
  const rows = classes.map((want) =>
    [
      want,
      ...classes.map((got) => String(pairs.filter((pair) => pair.want === want && pair.got === got).length)),
    ]
      .map((cell) => cell.padStart(width))
      .join(''),
  );
  return [header, ...rows];
}

/** The value at quantile `q` (0..1) of unsorted numbers. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
