/**
 * The rows a pack needs in recognition's lookup tables (see postings.ts for the layout). Pure:
 * the pack import writes them (`writeLookupRows` in lib/db/recognition-store.ts).
 */
import type { Article, Outlet, Story } from '../corpus/schema';
import { buildRows, META_SLOT, PostingEntries, type LookupRow, type MetaRow } from './postings';
import { termHash, urlHash } from './probe';
import { forEachIndexedAnchor } from './stored-fingerprint';
import { KEY_TERM_BONUS, keyTermKeys, kindWeight, storySpecificity } from './terms';
import { bareHost, urlKey } from './url';

/** A domain → outlet row (primary key [domain+outletId]). */
export interface DomainEntry {
  domain: string;
  outletId: string;
  packId: string;
}

/** The rows of each lookup table for one pack. */
export interface LookupRows {
  domains: DomainEntry[];
  urls: LookupRow[];
  passages: LookupRow[];
  terms: LookupRow[];
}

/** The parts of a pack the lookup tables are built from. */
export interface IndexablePack {
  id: string;
  outlets: ReadonlyArray<Pick<Outlet, 'id' | 'homeDomain' | 'domains'>>;
  articles: ReadonlyArray<Pick<Article, 'id' | 'urls' | 'canonicalUrl' | 'storyIds' | 'fingerprint'>>;
  stories: ReadonlyArray<Pick<Story, 'id' | 'keyTerms'>>;
}

/**
 * Keys shared by more records than this (or than 0.1% of articles, 2% of stories) are not
 * indexed: boilerplate phrases and everyday words point everywhere and identify nothing.
 */
const MAX_ARTICLES_PER_ANCHOR = 64;
const MAX_STORIES_PER_TERM = 10;

/** Term weights are stored as hundredths in a 12-bit tag. */
export const WEIGHT_SCALE = 100;

function domainRows(pack: IndexablePack): DomainEntry[] {
  const rows = new Map<string, DomainEntry>();
  for (const outlet of pack.outlets) {
    const domains = [outlet.homeDomain, ...outlet.domains.map((entry) => entry.domain)];
    for (const domain of domains) {
      if (!domain) continue;
      const bare = bareHost(domain);
      rows.set(`${bare} ${outlet.id}`, { domain: bare, outletId: outlet.id, packId: pack.id });
    }
  }
  return [...rows.values()];
}

function urlEntries(pack: IndexablePack): PostingEntries {
  const entries = new PostingEntries();
  pack.articles.forEach((article, ordinal) => {
    const keys = new Set(
      [...article.urls, ...(article.canonicalUrl ? [article.canonicalUrl] : [])].map(urlKey),
    );
    for (const key of keys) if (key) entries.add(urlHash(key), ordinal, 0);
  });
  return entries;
}

function passageEntries(pack: IndexablePack): PostingEntries {
  const entries = new PostingEntries();
  pack.articles.forEach((article, ordinal) => {
    forEachIndexedAnchor(article.fingerprint, (hash) => entries.add(hash, ordinal, 0));
  });
  return entries;
}

/**
 * Story terms: each story's key terms and its articles' strongest terms, weighted by kind and by
 * how few of the pack's stories share them (`storySpecificity`).
 */
function termEntries(pack: IndexablePack): PostingEntries {
  const weights = pack.stories.map(() => new Map<string, number>());
  const ordinalOf = new Map(pack.stories.map((story, ordinal) => [story.id, ordinal]));
  const raise = (ordinal: number, key: string, weight: number) => {
    const terms = weights[ordinal];
    if (terms) terms.set(key, Math.max(terms.get(key) ?? 0, weight));
  };
  pack.stories.forEach((story, ordinal) => {
    for (const keyTerm of story.keyTerms) {
      for (const key of keyTermKeys(keyTerm)) raise(ordinal, key, kindWeight(key) * KEY_TERM_BONUS);
    }
  });
  for (const article of pack.articles) {
    for (const storyId of article.storyIds) {
      const ordinal = ordinalOf.get(storyId);
      if (ordinal !== undefined)
        for (const key of article.fingerprint.terms) raise(ordinal, key, kindWeight(key));
    }
  }
  const storyCount = pack.stories.length;
  const documentFrequency = new Map<string, number>();
  for (const terms of weights)
    for (const key of terms.keys()) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  const entries = new PostingEntries();
  weights.forEach((terms, ordinal) => {
    for (const [key, weight] of terms) {
      const specificity = storySpecificity(documentFrequency.get(key) ?? 1, storyCount);
      entries.add(termHash(key), ordinal, weight * specificity * WEIGHT_SCALE);
    }
  });
  return entries;
}

/**
 * The rows recognition's tables need for a pack. The pack import writes them in its transaction
 * (`writeLookupRows`); pack removal deletes them by `packId` (`removeLookupRows`).
 */
export function indexRowsForPack(pack: IndexablePack): LookupRows {
  const urls = buildRows(pack.id, urlEntries(pack), null);
  const passages = buildRows(
    pack.id,
    passageEntries(pack),
    pack.articles.map((article) => article.id),
    Math.max(MAX_ARTICLES_PER_ANCHOR, pack.articles.length * 0.001),
  );
  const terms = buildRows(
    pack.id,
    termEntries(pack),
    pack.stories.map((story) => story.id),
    Math.max(MAX_STORIES_PER_TERM, pack.stories.length * 0.02),
  );
  const meta = passages.find((row): row is MetaRow => row.slot === META_SLOT);
  if (meta) meta.otherTables = { urls: bitsOf(urls), terms: bitsOf(terms) };
  return { domains: domainRows(pack), urls, passages, terms };
}

const bitsOf = (rows: LookupRow[]) => rows.find((row): row is MetaRow => row.slot === META_SLOT)?.bits ?? 0;
