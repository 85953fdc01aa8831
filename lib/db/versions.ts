/**
 * Every schema version the database has had, oldest first. A version is never edited once
 * shipped: a change is a new version with an upgrade function, so readers' data moves forward.
 */
import type { Transaction } from 'dexie';
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
