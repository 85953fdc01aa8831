/**
 * Opening the database and turning its failures into plain words. IndexedDB fails in a handful of
 * ways a reader can meet: the disk is full, storage is off (some private windows), the browser
 * clears site data while we are open, another window holds an old connection, or an update's
 * upgrade fails. Each becomes one reader-facing message, and a database closed under us is opened
 * again once, so an operation either happens or says why it did not: never a silent loss.
 */
import type Dexie from 'dexie';

/** The ways storage fails, as a reader needs to tell them apart. */
export type StorageFailure = 'full' | 'unavailable' | 'busy' | 'upgrade' | 'newer' | 'closed' | 'failed';

/** What the reader is told for each failure. Every one says whether anything changed. */
export const STORAGE_MESSAGES: Readonly<Record<StorageFailure, string>> = {
  full: "Backstory's storage is full, so nothing was saved. Free some disk space or remove a corpus pack, then try again.",
  unavailable:
    "Backstory cannot use the browser's storage here (a private window, or site data switched off), so it shows and saves nothing.",
  busy: "Backstory's storage did not open in time (another window may be updating it), so nothing was saved. Close other windows and try again.",
  upgrade:
    'Backstory could not update its storage to this version. Your notes and packs are kept as they were; restart the browser to try again.',
  newer: "Backstory's storage was written by a newer version of Backstory. Update the extension to use it.",
  closed: "Backstory's storage was closed while this was being done, so nothing was saved. Try again.",
  failed: "Backstory's storage failed, so nothing was saved. Try again.",
};

/** How long opening may take before we answer "busy" (a blocked open otherwise waits for ever). */
export const OPEN_TIMEOUT_MS = 15_000;

/** A storage failure with its reader-facing message; `cause` keeps the original for the console. */
export class StorageError extends Error {
  readonly failure: StorageFailure;

  constructor(failure: StorageFailure, cause?: unknown) {
    super(STORAGE_MESSAGES[failure], { cause });
    this.name = 'StorageError';
    this.failure = failure;
  }
}

/** Error names found on an error and the errors it wraps (Dexie's `inner`, `cause`, bulk failures). */
function namesOf(thrown: unknown, depth = 0): string[] {
  if (depth > 4 || typeof thrown !== 'object' || thrown === null) return [];
  const error = thrown as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const own = typeof error.name === 'string' ? [error.name] : [];
  const failures = Array.isArray(error.failures) ? error.failures.slice(0, 5) : [];
  return [error.inner, error.cause, ...failures].reduce<string[]>(
    (names, wrapped) => names.concat(namesOf(wrapped, depth + 1)),
    own,
  );
}

/** Which storage failure `thrown` is, or null when it is not one (a validation message, say). */
export function classifyStorageError(thrown: unknown): StorageFailure | null {
  if (thrown instanceof StorageError) return thrown.failure;
  const names = new Set(namesOf(thrown));
  if (names.has('QuotaExceededError')) return 'full';
  if (names.has('VersionError')) return 'newer';
  if (names.has('UpgradeError') || names.has('UpgradeFailed')) return 'upgrade';
  if (['MissingAPIError', 'SecurityError', 'InvalidStateError', 'OpenFailedError'].some((n) => names.has(n)))
    return 'unavailable';
  if (names.has('DatabaseClosedError')) return 'closed';
  if (['AbortError', 'UnknownError', 'TimeoutError', 'TransactionInactiveError'].some((n) => names.has(n)))
    return 'failed';
  return null;
}

/** `thrown` as a {@link StorageError} when it is a storage failure, else unchanged. */
export function toStorageError(thrown: unknown): unknown {
  if (thrown instanceof StorageError) return thrown;
  const failure = classifyStorageError(thrown);
  return failure ? new StorageError(failure, thrown) : thrown;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageError('busy')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Opens `db` unless it is open. A failed open is tried again on the next call (Dexie would
 * otherwise answer every later operation with the first failure until the browser restarts).
 * An open that fails in its upgrade leaves the previous version and its data as they were:
 * IndexedDB aborts the whole upgrade transaction.
 */
export async function openDatabase(db: Dexie, timeoutMs = OPEN_TIMEOUT_MS): Promise<void> {
  if (db.isOpen()) return;
  try {
    await withTimeout(Promise.resolve(db.open()), timeoutMs);
  } catch (thrown) {
    const failure = classifyStorageError(thrown);
    // An error thrown by an upgrade function arrives under its own name; the open failed in the
    // upgrade whenever the database exists at an older version, so say that.
    throw new StorageError(failure === null || failure === 'failed' ? 'upgrade' : failure, thrown);
  }
}

/** Options of {@link withDatabase}. */
export interface GuardOptions {
  /** How long an open may take (tests shorten it). */
  openTimeoutMs?: number;
  /** Called when the database had to be opened again after being open, e.g. to reinstall the starter pack. */
  onReopen?: () => Promise<unknown>;
}

/** Databases that have been open once: opening one of them again means it was closed under us. */
const everOpened = new WeakSet<Dexie>();

async function openGuarded(db: Dexie, options: GuardOptions): Promise<void> {
  const reopening = !db.isOpen() && everOpened.has(db);
  await openDatabase(db, options.openTimeoutMs);
  everOpened.add(db);
  if (reopening) {
    await options.onReopen?.().catch((error: unknown) => console.warn('Backstory: after reopening.', error));
  }
}

/**
 * Runs one operation on `db`: opens it first, maps storage failures to a {@link StorageError}, and
 * when the database was closed under us (site data cleared, `close()`), opens it and runs the
 * operation once more. That retry is safe because a closed database ran none of the operation:
 * every write in this extension is one transaction, which either committed or did nothing.
 */
export async function withDatabase<T>(
  db: Dexie,
  work: () => Promise<T>,
  options: GuardOptions = {},
): Promise<T> {
  try {
    await openGuarded(db, options);
    return await work();
  } catch (thrown) {
    if (classifyStorageError(thrown) !== 'closed') throw toStorageError(thrown);
  }
  try {
    await openGuarded(db, options);
    return await work();
  } catch (thrown) {
    throw toStorageError(thrown);
  }
}

/** Every function of `table` wrapped in {@link withDatabase}: the background's handlers, say. */
export function guardEach<T extends Record<string, (...args: never[]) => Promise<unknown>>>(
  db: Dexie,
  table: T,
  options: GuardOptions = {},
): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(table)) {
    guarded[name] = (...args: never[]) => withDatabase(db, () => run(...args), options);
  }
  return guarded as T;
}
