/**
 * The extension's IndexedDB database, opened only by the background.
 * Corpus tables carry `packId` so a pack can be removed without touching notes or settings.
 */
import Dexie, { type Table } from 'dexie';
import type { Article, Claim, Outlet, RelatedReport, Source, Story } from '../corpus/schema';
import type { Note } from '../notes/schema';
import { addNoteSites, SCHEMA_V1, SCHEMA_V2 } from './versions';

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

/** A domain (or mirror) → outlet row; primary key is the bare domain. */
export interface DomainRow {
  domain: string;
  outletId: string;
  packId: string;
}

/** A normalized URL → article row. */
export interface UrlRow {
  url: string;
  articleId: string;
  packId: string;
}

/** One lookup key (LSH band, passage hash or story term) pointing at a record. */
export interface KeyRow {
  key: string;
  ref: string;
}

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
  articles!: Table<Packed<Article>, string>;
  stories!: Table<Packed<Story>, string>;
  reports!: Table<Packed<RelatedReport>, string>;
  claims!: Table<Packed<Claim>, string>;
  domains!: Table<DomainRow, string>;
  urls!: Table<UrlRow, string>;
  /** LSH band key → article id; compound primary key so a lookup is one key-range read. */
  bands!: Table<KeyRow, [string, string]>;
  /** Passage hash → article id. */
  passages!: Table<KeyRow, [string, string]>;
  /** Story term → story id. */
  terms!: Table<KeyRow, [string, string]>;
  notes!: Table<Note, string>;
  settings!: Table<SettingRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(addNoteSites);
  }
}
