/**
 * Installing, exporting and removing corpus packs. Every write is one Dexie transaction, so a
 * pack that fails half-way changes nothing; notes and settings live in other tables and are
 * never touched here.
 */
import type { Table } from 'dexie';
import type { BackstoryDb, PackRecord, Packed } from '../db/database';
import { indexRowsForPack, LOOKUP_TABLES, removeLookupRows, writeLookupRows } from '../db/recognition-store';
import type { Pack } from '../corpus/schema';
import { PACK_FORMAT_VERSION } from '../corpus/schema';

/** The corpus tables, in the order records are exported. */
export const CORPUS_TABLES = ['sources', 'outlets', 'articles', 'stories', 'reports', 'claims'] as const;

/** One corpus table's name. */
export type CorpusTable = (typeof CORPUS_TABLES)[number];

/** A corpus table seen as what all of them share: records with an id and a pack id. */
function corpusTable(db: BackstoryDb, name: CorpusTable): Table<Packed<{ id: string }>, string> {
  return db[name] as unknown as Table<Packed<{ id: string }>, string>;
}

function tables(db: BackstoryDb) {
  return [db.packs, ...CORPUS_TABLES.map((name) => db[name]), ...indexTables(db)];
}

function indexTables(db: BackstoryDb) {
  return LOOKUP_TABLES.map((name) => db[name]);
}

function countsOf(pack: Pack): PackRecord['counts'] {
  return {
    sources: pack.sources.length,
    outlets: pack.outlets.length,
    articles: pack.articles.length,
    stories: pack.stories.length,
    reports: pack.reports.length,
    claims: pack.claims.length,
  };
}

function tag<T>(records: T[], packId: string): Packed<T>[] {
  return records.map((record) => ({ ...record, packId }));
}

function untag<T extends { packId: string }>(records: T[]): Omit<T, 'packId'>[] {
  return records.map(({ packId: _packId, ...record }) => record);
}

/** Refuses ids that another installed pack already owns, so packs never overwrite each other. */
async function assertNoForeignIds(db: BackstoryDb, pack: Pack): Promise<void> {
  for (const name of CORPUS_TABLES) {
    const ids = pack[name].map((record) => record.id);
    const existing = await corpusTable(db, name).bulkGet(ids);
    const clash = existing.find((record) => record && record.packId !== pack.id);
    if (clash) {
      throw new Error(`"${clash.id}" in ${name} already belongs to the installed pack "${clash.packId}".`);
    }
  }
}

async function deletePackRecords(db: BackstoryDb, packId: string): Promise<number> {
  let removed = 0;
  await removeLookupRows(db, packId);
  for (const name of CORPUS_TABLES)
    removed += await corpusTable(db, name).where('packId').equals(packId).delete();
  await db.packs.delete(packId);
  return removed;
}

/**
 * Installs a validated pack. The same version again changes nothing; a newer version replaces
 * the installed one; an older version is refused.
 */
export async function installPack(
  db: BackstoryDb,
  pack: Pack,
  now = Date.now(),
): Promise<{ pack: PackRecord; changed: boolean }> {
  return db.transaction('rw', tables(db), async () => {
    const installed = await db.packs.get(pack.id);
    if (installed && installed.version === pack.version) return { pack: installed, changed: false };
    if (installed && installed.version > pack.version) {
      throw new Error(
        `Pack "${pack.id}" version ${installed.version} is installed; version ${pack.version} is older. Remove the installed pack first to go back.`,
      );
    }
    await assertNoForeignIds(db, pack);
    if (installed) await deletePackRecords(db, pack.id);
    const record: PackRecord = {
      id: pack.id,
      version: pack.version,
      title: pack.title,
      description: pack.description,
      created: pack.created,
      installedAt: now,
      counts: countsOf(pack),
    };
    for (const name of CORPUS_TABLES)
      await corpusTable(db, name).bulkAdd(tag<{ id: string }>(pack[name], pack.id));
    await writeLookupRows(db, indexRowsForPack(pack));
    await db.packs.add(record);
    return { pack: record, changed: true };
  });
}

/** Removes a pack and every record it brought; answers how many corpus records went. */
export async function removePack(db: BackstoryDb, packId: string): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    if (!(await db.packs.get(packId))) throw new Error(`No installed pack is called "${packId}".`);
    return deletePackRecords(db, packId);
  });
}

/** Rebuilds an installed pack as a pack object, ready to serialize. */
export async function exportPack(db: BackstoryDb, packId: string): Promise<Pack> {
  return db.transaction('r', tables(db), async () => {
    const record = await db.packs.get(packId);
    if (!record) throw new Error(`No installed pack is called "${packId}".`);
    const read = async <T>(name: CorpusTable) =>
      untag(await corpusTable(db, name).where('packId').equals(packId).sortBy('id')) as T;
    return {
      format: 'backstory-pack',
      formatVersion: PACK_FORMAT_VERSION,
      id: record.id,
      version: record.version,
      title: record.title,
      description: record.description,
      created: record.created,
      sources: await read<Pack['sources']>('sources'),
      outlets: await read<Pack['outlets']>('outlets'),
      articles: await read<Pack['articles']>('articles'),
      stories: await read<Pack['stories']>('stories'),
      reports: await read<Pack['reports']>('reports'),
      claims: await read<Pack['claims']>('claims'),
    };
  });
}

/** Installed packs, oldest install first. */
export async function listPacks(db: BackstoryDb): Promise<PackRecord[]> {
  return db.packs.orderBy('id').toArray();
}
