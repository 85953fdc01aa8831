/**
 * Installing, exporting and removing corpus packs. Every write is one Dexie transaction, so a
 * pack that fails half-way changes nothing; notes and settings live in other tables and are
 * never touched here.
 */
import type { Table } from 'dexie';
import { readPackArticles, removeArticles, writeArticles } from '../db/article-blocks';
import type { BackstoryDb, PackRecord, Packed } from '../db/database';
import {
  articleOwners,
  indexRowsForPack,
  LOOKUP_TABLES,
  removeLookupRows,
  writeLookupRows,
} from '../db/recognition-store';
import type { Pack } from '../corpus/schema';
import { PACK_FORMAT_VERSION } from '../corpus/schema';
import { forgetCorpus } from './corpus-cache';

/** The corpus tables, in the order records are exported. */
export const CORPUS_TABLES = ['sources', 'outlets', 'articles', 'stories', 'reports', 'claims'] as const;

/** One corpus table's name. */
export type CorpusTable = (typeof CORPUS_TABLES)[number];

/** The corpus tables with one row per record (articles are stored in blocks: article-blocks.ts). */
const RECORD_TABLES = ['sources', 'outlets', 'stories', 'reports', 'claims'] as const;
type RecordTable = (typeof RECORD_TABLES)[number];

/** A record table seen as what all of them share: records with an id and a pack id. */
function corpusTable(db: BackstoryDb, name: RecordTable): Table<Packed<{ id: string }>, string> {
  return db[name] as unknown as Table<Packed<{ id: string }>, string>;
}

function tables(db: BackstoryDb) {
  return [
    db.packs,
    ...RECORD_TABLES.map((name) => db[name]),
    db.articleBlocks,
    db.articleTexts,
    ...indexTables(db),
  ];
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

/** Ids of the records other packs own in a table: two key-range reads around this pack's id. */
async function otherPacksIds(table: Table<Packed<{ id: string }>, string>, packId: string) {
  const index = table.where('packId');
  const [below, above] = await Promise.all([
    index.below(packId).primaryKeys(),
    index.above(packId).primaryKeys(),
  ]);
  return new Set([...below, ...above]);
}

/**
 * Refuses ids that another installed pack already owns, so packs never overwrite each other.
 * Reads the other packs' ids (not this pack's ids one get at a time: 10,000 gets took ~0.5 s).
 */
async function assertNoForeignIds(db: BackstoryDb, pack: Pack): Promise<void> {
  const clash = (name: CorpusTable, id: string, packId: string) =>
    new Error(`"${id}" in ${name} already belongs to the installed pack "${packId}".`);
  for (const name of RECORD_TABLES) {
    const table = corpusTable(db, name);
    const foreign = await otherPacksIds(table, pack.id);
    const id = pack[name].find((record) => foreign.has(record.id))?.id;
    const owner = id === undefined ? undefined : await table.get(id);
    if (owner) throw clash(name, owner.id, owner.packId);
  }
  const owners = await articleOwners(
    db,
    pack.articles.map((article) => article.id),
  );
  for (const [id, packId] of owners) if (packId !== pack.id) throw clash('articles', id, packId);
}

async function deletePackRecords(db: BackstoryDb, packId: string): Promise<number> {
  await removeLookupRows(db, packId);
  let removed = await removeArticles(db, packId);
  for (const name of RECORD_TABLES)
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
  const installed = await db.transaction('rw', tables(db), async () => {
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
    // The writes are issued now and run on the browser's storage thread while this thread
    // builds the lookup rows: the import takes about the longer of the two, not their sum.
    const writes = [
      ...RECORD_TABLES.map((name) => corpusTable(db, name).bulkAdd(tag<{ id: string }>(pack[name], pack.id))),
      writeArticles(db, pack.id, pack.articles),
      db.packs.add(record),
    ];
    const rows = indexRowsForPack(pack);
    await Promise.all([...writes, writeLookupRows(db, rows)]);
    return { pack: record, changed: true };
  });
  if (installed.changed) forgetCorpus(db);
  return installed;
}

/** Removes a pack and every record it brought; answers how many corpus records went. */
export async function removePack(db: BackstoryDb, packId: string): Promise<number> {
  const removed = await db.transaction('rw', tables(db), async () => {
    if (!(await db.packs.get(packId))) throw new Error(`No installed pack is called "${packId}".`);
    return deletePackRecords(db, packId);
  });
  forgetCorpus(db);
  return removed;
}

/** Rebuilds an installed pack as a pack object, ready to serialize. */
export async function exportPack(db: BackstoryDb, packId: string): Promise<Pack> {
  return db.transaction('r', tables(db), async () => {
    const record = await db.packs.get(packId);
    if (!record) throw new Error(`No installed pack is called "${packId}".`);
    const read = async <T>(name: RecordTable) =>
      untag(await corpusTable(db, name).where('packId').equals(packId).sortBy('id')) as T;
    const articles = (await readPackArticles(db, packId)).sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
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
      articles,
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
