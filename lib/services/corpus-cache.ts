/**
 * Corpus records every report cites, kept in memory by the background: every page of an outlet
 * cites the same outlet and sources, and reading 100 sources one by one took most of an outlet
 * report's ~8 ms. Packs are the only writers of these tables; `installPack` and `removePack`
 * call `forgetCorpus` once their transaction has committed, and a read that was under way then
 * does not fill the cache with what it read before.
 */
import type { BackstoryDb, Packed } from '../db/database';
import type { Outlet, Source } from '../corpus/schema';

/** Records kept per database at most; past it the cache starts again. */
export const CORPUS_CACHE_LIMIT = 5_000;

interface CorpusCache {
  generation: number;
  sources: Map<string, Packed<Source> | null>;
  outlets: Map<string, Packed<Outlet> | null>;
}

const caches = new WeakMap<BackstoryDb, CorpusCache>();

function cacheOf(db: BackstoryDb): CorpusCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { generation: 0, sources: new Map(), outlets: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** Drops what is cached for `db`: its corpus changed. */
export function forgetCorpus(db: BackstoryDb): void {
  const cache = cacheOf(db);
  cache.generation += 1;
  cache.sources.clear();
  cache.outlets.clear();
}

async function cachedById<T>(
  db: BackstoryDb,
  pick: (cache: CorpusCache) => Map<string, T | null>,
  read: (ids: string[]) => Promise<Array<T | undefined>>,
  ids: readonly string[],
): Promise<Map<string, T>> {
  const cache = cacheOf(db);
  const generation = cache.generation;
  const missing = [...new Set(ids)].filter((id) => !pick(cache).has(id));
  const read_ = missing.length > 0 ? await read(missing) : [];
  const kept = pick(cache);
  if (cache.generation === generation) {
    if (kept.size + missing.length > CORPUS_CACHE_LIMIT) kept.clear();
    missing.forEach((id, index) => kept.set(id, read_[index] ?? null));
  }
  const found = new Map<string, T>();
  for (const id of ids) {
    const index = missing.indexOf(id);
    const record = index >= 0 ? read_[index] : kept.get(id);
    if (record) found.set(id, record);
  }
  return found;
}

/** Sources by id (missing ids are left out). */
export function sourcesById(db: BackstoryDb, ids: readonly string[]): Promise<Map<string, Packed<Source>>> {
  return cachedById(
    db,
    (cache) => cache.sources,
    (missing) => db.sources.bulkGet(missing),
    ids,
  );
}

/** One outlet by id, or undefined. */
export async function outletById(db: BackstoryDb, id: string): Promise<Packed<Outlet> | undefined> {
  const found = await cachedById(
    db,
    (cache) => cache.outlets,
    (missing) => db.outlets.bulkGet(missing),
    [id],
  );
  return found.get(id);
}
