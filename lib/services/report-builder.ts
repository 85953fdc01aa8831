/** Assembling the report the overlay renders from database records. */
import type { BackstoryDb, Packed } from '../db/database';
import type { Outlet, Source } from '../corpus/schema';
import type { PageReport } from '../report';

/** Every source id cited anywhere inside a value (any `sources: string[]` field). */
export function collectSourceIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectSourceIds(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string') into.add(id);
      } else {
        collectSourceIds(child, into);
      }
    }
  }
  return into;
}

/** Loads the cited sources of a report's records, by id. */
export async function loadSources(db: BackstoryDb, records: unknown): Promise<Record<string, Source>> {
  const ids = [...collectSourceIds(records)];
  const found = await db.sources.bulkGet(ids);
  const sources: Record<string, Source> = {};
  for (const source of found) {
    if (source) {
      const { packId: _packId, ...plain } = source;
      sources[source.id] = plain;
    }
  }
  return sources;
}

/** Drops the storage-only `packId` from a record. */
export function withoutPackId<T extends { packId: string }>(record: T): Omit<T, 'packId'> {
  const { packId: _packId, ...plain } = record;
  return plain;
}

/** The report for a page where only the outlet is known. */
export async function outletOnlyReport(db: BackstoryDb, outlet: Packed<Outlet>): Promise<PageReport> {
  const plain = withoutPackId(outlet);
  return {
    match: 'outlet',
    outlet: plain,
    articles: [],
    stories: [],
    reports: [],
    claims: [],
    sources: await loadSources(db, plain),
  };
}
