/**
 * The extension's IndexedDB database, opened only by the background.
 * Corpus tables carry `packId` so a pack can be removed without touching notes or settings.
 */
import Dexie, { type Table } from 'dexie';
import type { Claim, Outlet, RelatedReport, Source, Story } from '../corpus/schema';
import type { LookupRow } from '../recognition/postings';
import type { Note } from '../notes/schema';
import type { ArticleBlock, ArticleText } from './article-blocks';
import {
  addNoteSites,
  ARTICLE_BLOCKS_SCHEMA,
  DROP_ARTICLES,
  DROP_V1_LOOKUPS,
  LOOKUP_SCHEMA,
  moveArticlesToBlocks,
  reindexAllPacks,
  SCHEMA_V1,
  SCHEMA_V2,
} from './versions';

/** An installed pack's header and counts. */
export interface PackRecord {
  id: string;
  version: number;
  title: string;
  description: string;
  created: string;
  installedAt: number;
  counts: Record<'sources' | 'outlets' | 'articles' | 'stories' | 'reports' | 'claims', number>;
}

/** A corpus record tagged with the pack it came from. */
export type Packed<T> = T & { packId: string };

/** A domain (or mirror, CDN host) → outlet row; primary key [domain+outletId]. */
export interface DomainRow {
  domain: string;
  outletId: string;
  packId: string;
}

/**
 * A row of a bucketed posting table (`urls`, `passages`, `terms`): see lib/recognition/postings.ts.
 * Primary key [slot+packId]; rows are written and removed per pack.
 */
export type { LookupRow };

/** A stored setting. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The database name; tests open their own names. */
export const DB_NAME = 'backstory';

/** Typed Dexie database with every table the background uses. */
export class BackstoryDb extends Dexie {
  packs!: Table<PackRecord, string>;
  sources!: Table<Packed<Source>, string>;
  outlets!: Table<Packed<Outlet>, string>;
  /** Articles in blocks by their ordinal in the pack (article-blocks.ts). */
  articleBlocks!: Table<ArticleBlock, [number, string]>;
  /** Texts of the articles that carry one, by article id. */
  articleTexts!: Table<ArticleText, string>;
  stories!: Table<Packed<Story>, string>;
  reports!: Table<Packed<RelatedReport>, string>;
  claims!: Table<Packed<Claim>, string>;
  /** Domain → outlet; a lookup is one key-range read per host candidate. */
  domains!: Table<DomainRow, [string, string]>;
  /** URL-hash buckets → article ordinals (recognition-store.ts). */
  urls!: Table<LookupRow, [number, string]>;
  /** Anchor-hash buckets → article ordinal and paragraph, plus the pack's article ids. */
  passages!: Table<LookupRow, [number, string]>;
  /** Story-term buckets → story ordinal and weight, plus the pack's story ids. */
  terms!: Table<LookupRow, [number, string]>;
  notes!: Table<Note, string>;
  settings!: Table<SettingRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(addNoteSites);
    // Versions 3 and 4 replace the lookup tables (their primary keys change, which IndexedDB
    // allows only by dropping and recreating a table) and rebuild them from the stored packs.
    this.version(3).stores(DROP_V1_LOOKUPS);
    this.version(4).stores(LOOKUP_SCHEMA).upgrade(reindexAllPacks);
    // Version 5 moves articles into blocks (written 16 to a row); version 6 drops the old table.
    this.version(5).stores(ARTICLE_BLOCKS_SCHEMA).upgrade(moveArticlesToBlocks);
    this.version(6).stores(DROP_ARTICLES);
  }
}
