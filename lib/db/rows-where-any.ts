/** Reading rows by several values of one index, the way that is fast in IndexedDB. */
import type { Table } from 'dexie';

/**
 * The rows of `table` whose `index` (plain or multi-entry) holds any of `values`, each row once,
 * in the order of `values`. One equality read per value, all in parallel: an `anyOf` cursor steps
 * through the values one round trip at a time.
 */
export async function rowsWhereAny<T extends { id: string }>(
  table: Table<T, string>,
  index: string,
  values: readonly string[],
): Promise<T[]> {
  return eachOnce(await Promise.all(values.map((value) => table.where(index).equals(value).toArray())));
}

/** The rows of several reads, in order, each row (by id) once: where it first appears. */
export function eachOnce<T extends { id: string }>(found: readonly T[][]): T[] {
  return [...new Map(found.flat().map((row) => [row.id, row])).values()];
}
