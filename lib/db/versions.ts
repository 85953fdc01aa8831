/**
 * Every schema version the database has had, oldest first. A version is never edited once
 * shipped: a change is a new version with an upgrade function, so readers' data moves forward.
 */
import type { Transaction } from 'dexie';
import type { Article } from '../corpus/schema';
import { indexRowsForPack } from '../recognition/index-rows';
import { articleRows } from './article-blocks';
import { siteKey } from '../settings';

/** Version 1: corpus tables, lookup tables, notes by URL, settings. */
export const SCHEMA_V1 = {
  packs: 'id',
  sources: 'id, packId',
  outlets: 'id, packId',
  articles: 'id, packId',
  stories: 'id, packId',
  reports: 'id, packId, *storyIds',
  claims: 'id, packId, storyId, *articleIds',
  domains: 'domain, packId',
  urls: 'url, packId',
  bands: '[key+ref], ref',
  passages: '[key+ref], ref',
  terms: '[key+ref], ref',
  notes: 'id, url, canonicalUrl, kind, *tags, createdAt, updatedAt',
  settings: 'key',
} as const;

/** Version 2: notes are indexed by site for the popup's site filter. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  notes: 'id, url, canonicalUrl, site, kind, *tags, createdAt, updatedAt',
} as const;

/** Upgrade to version 2: every existing note gets its site from its URL; nothing else changes. */
export async function addNoteSites(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((note: { url?: string; site?: string }) => {
      if (note.site) return;
      try {
        note.site = siteKey(new URL(note.url ?? '').hostname);
      } catch {
        note.site = '';
      }
    });
}

/** The lookup tables (owned by recognition): compound primary keys, removable by pack. */
export const LOOKUP_SCHEMA = {
  domains: '[domain+outletId], packId',
  urls: '[slot+packId], packId',
  passages: '[slot+packId], packId',
  terms: '[slot+packId], packId',
} as const;

/** Version 3 drops the version-1 lookup tables (including the retired `bands`). */
export const DROP_V1_LOOKUPS = {
  domains: null,
  urls: null,
  bands: null,
  passages: null,
  terms: null,
} as const;

/**
 * Database upgrade: rebuilds every installed pack's lookup rows from its stored outlets,
 * articles and stories (used when the lookup layout changes).
 */
export async function reindexAllPacks(tx: Transaction): Promise<void> {
  const packs = (await tx.table('packs').toArray()) as Array<{ id: string }>;
  for (const { id } of packs) {
    const [outlets, articles, stories] = await Promise.all(
      ['outlets', 'articles', 'stories'].map((table) => tx.table(table).where('packId').equals(id).toArray()),
    );
    const current = (articles ?? []).filter(
      (article: Pick<Article, 'fingerprint'>) => article.fingerprint?.v === 2,
    );
    const rows = indexRowsForPack({ id, outlets: outlets ?? [], articles: current, stories: stories ?? [] });
    await Promise.all(
      Object.keys(LOOKUP_SCHEMA).map((table) => tx.table(table).bulkPut(rows[table as keyof typeof rows])),
    );
  }
}

/**
 * Version 5: articles move into blocks keyed by their ordinal in the pack (see article-blocks.ts),
 * their texts into their own rows. The `articles` table goes in version 6, once emptied.
 */
export const ARTICLE_BLOCKS_SCHEMA = {
  articleBlocks: '[block+packId], packId',
  articleTexts: 'id, packId',
} as const;

/** Version 6 drops the per-article table that version 5 emptied. */
export const DROP_ARTICLES = { articles: null } as const;

/**
 * Upgrade to version 5: every installed pack's articles go into blocks, and its lookup rows are
 * rebuilt so their ordinals are the articles' positions in the blocks. Articles whose fingerprint
 * predates the current layout come last, past every ordinal the lookup rows point at.
 */
export async function moveArticlesToBlocks(tx: Transaction): Promise<void> {
  const packs = (await tx.table('packs').toArray()) as Array<{ id: string }>;
  for (const { id } of packs) {
    const [outlets, articles, stories] = await Promise.all(
      ['outlets', 'articles', 'stories'].map((table) => tx.table(table).where('packId').equals(id).toArray()),
    );
    const isCurrent = (article: Pick<Article, 'fingerprint'>) => article.fingerprint?.v === 2;
    const current = (articles as Article[]).filter(isCurrent);
    const ordered = [...current, ...(articles as Article[]).filter((article) => !isCurrent(article))];
    const untagged = ordered.map(({ packId: _packId, ...article }: Article & { packId?: string }) => article);
    const { blocks, texts } = articleRows(id, untagged);
    const rows = indexRowsForPack({ id, outlets: outlets ?? [], articles: current, stories: stories ?? [] });
    await Promise.all([
      tx.table('articleBlocks').bulkPut(blocks),
      tx.table('articleTexts').bulkPut(texts),
      tx.table('articles').where('packId').equals(id).delete(),
      ...Object.keys(LOOKUP_SCHEMA).map((table) => tx.table(table).where('packId').equals(id).delete()),
    ]);
    await Promise.all(
      Object.keys(LOOKUP_SCHEMA).map((table) => tx.table(table).bulkPut(rows[table as keyof typeof rows])),
    );
  }
}

/** The newest schema version (the last `version(n)` in BackstoryDb). */
export const SCHEMA_VERSION = 6;
