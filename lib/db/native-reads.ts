/**
 * Reads in one native IndexedDB transaction, for the lookups that run on every page a reader
 * opens. Chromium serves each request in about 50 µs; Dexie's transaction and promise machinery
 * added about 0.8 ms more to every lookup (`npm run bench`, 100,000 articles), and a read-only
 * lookup need not wait for its transaction to commit before answering. Writes and everything
 * else stay on Dexie.
 */
import type Dexie from 'dexie';
import { eachOnce } from './rows-where-any';

/** The reads a lookup makes, all in the transaction `readOnly` opened. */
export interface Reads {
  /** The rows at `keys` of `store`, in order (undefined where there is none). */
  getMany<T>(store: string, keys: readonly IDBValidKey[]): Promise<Array<T | undefined>>;
  /** The rows of `store` (or of its `index`) in `range`, in key order. */
  range<T>(store: string, range: IDBKeyRange, index?: string): Promise<T[]>;
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('An IndexedDB read failed'));
  });
}

/**
 * Runs `body` with reads in one read-only transaction over `stores` of Dexie's open connection
 * (opening it first when needed) and answers what it returns, without waiting for the
 * transaction to finish. `body` must only await these reads: the transaction ends once it has
 * no request left at the end of a task.
 */
export async function readOnly<T>(
  db: Dexie,
  stores: readonly string[],
  body: (reads: Reads) => Promise<T>,
): Promise<T> {
  if (!db.isOpen()) await db.open();
  const transaction = db.backendDB().transaction([...stores], 'readonly');
  const reads: Reads = {
    getMany: (store, keys) => {
      const objects = transaction.objectStore(store);
      return Promise.all(keys.map((key) => settled(objects.get(key))));
    },
    range: (store, range, index) => {
      const objects = transaction.objectStore(store);
      return settled((index ? objects.index(index) : objects).getAll(range));
    },
  };
  try {
    return await body(reads);
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Already finished: nothing to undo in a read-only transaction.
    }
    throw error;
  }
}

/** The key range of compound keys whose first part is `first`, whatever follows. */
export function startingWith(first: IDBValidKey): IDBKeyRange {
  // Arrays sort after every other key, so [first, []] is above [first, anything else].
  return IDBKeyRange.bound([first], [first, []]);
}

/**
 * The rows of `store` whose `index` (plain or multi-entry) holds any of `values`, each row once,
 * in the order of `values`: one equality read per value, all in the same round trip (as
 * `rowsWhereAny` reads a Dexie table).
 */
export async function rowsWithAnyOf<T extends { id: string }>(
  reads: Reads,
  store: string,
  index: string,
  values: readonly string[],
): Promise<T[]> {
  return eachOnce(
    await Promise.all(values.map((value) => reads.range<T>(store, IDBKeyRange.only(value), index))),
  );
}
