/** Assembling the report the overlay renders from database records. */
import type { BackstoryDb, Packed } from '../db/database';
import type { Table } from 'dexie';
import type { Article, Outlet, Source } from '../corpus/schema';
import type { CandidateRecords } from '../db/recognition-store';
import { rowsWhereAny } from '../db/rows-where-any';
import type { Recognition } from '../recognition/types';
import type { ArticleEvidence, ClaimEvidence, PageReport, QuoteSelector } from '../report';
import { outletById, sourcesById } from './corpus-cache';
import { rankReports } from './rank-reports';

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
  const found = await sourcesById(db, [...collectSourceIds(records)]);
  const sources: Record<string, Source> = {};
  for (const source of found.values()) sources[source.id] = withoutPackId(source);
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

/** The quote at a span of the page text, with context for anchoring it in the DOM. */
export function quoteAt(text: string, start: number, end: number, context = 32): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

/** The article records a report shows: the lookup's candidates (`recognizeExtracted` returns them). */
export type ReportArticle = Pick<Article, 'id' | 'outletId' | 'title' | 'urls' | 'canonicalUrl'> & {
  published: { date?: string | null } | null;
};

/** Records by id, in the order of `ids`: those the lookup read, and the rest from the table. */
async function recordsById<T extends { id: string }>(
  table: Table<T, string>,
  ids: readonly string[],
  read: readonly T[],
): Promise<Array<T | undefined>> {
  const byId = new Map(read.map((record) => [record.id, record]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0)
    for (const record of await table.bulkGet(missing)) if (record) byId.set(record.id, record);
  return ids.map((id) => byId.get(id));
}

async function articleEvidence(
  db: BackstoryDb,
  recognition: Recognition,
  text: string,
  candidates: readonly ReportArticle[],
): Promise<ArticleEvidence[]> {
  const byId = new Map(candidates.map((article) => [article.id, article]));
  const records = recognition.articles.map((match) => byId.get(match.articleId));
  const outlets = await Promise.all(
    records.map((record) => (record ? outletById(db, record.outletId) : undefined)),
  );
  return recognition.articles.flatMap((match, index) => {
    const article = records[index];
    if (!article) return [];
    return [
      {
        articleId: article.id,
        title: article.title,
        outletName: outlets[index]?.name ?? null,
        published: article.published?.date ?? null,
        url: article.canonicalUrl ?? article.urls[0] ?? null,
        relation: match.kind,
        jaccard: match.jaccard,
        containment: match.articleContainment,
        // On the article itself every passage "matches": marking them all would only add noise.
        passages:
          match.kind === 'exact'
            ? []
            : match.passages.map((passage) => quoteAt(text, passage.pageStart, passage.pageEnd)),
      },
    ];
  });
}

/**
 * Builds the whole report from a recognition and the records it was made from; null when nothing
 * is recognized. Its reads run together, and records the lookup read are not read again.
 */
export async function buildReport(
  db: BackstoryDb,
  recognition: Recognition,
  text: string,
  records: CandidateRecords,
): Promise<PageReport | null> {
  if (!recognition.kind) return null;
  const storyIds = recognition.stories.map((match) => match.storyId);
  const [outletRecord, storyRecords, storyReports, claimRecords, articles] = await Promise.all([
    recognition.outletId ? outletById(db, recognition.outletId) : undefined,
    recordsById(db.stories, storyIds, records.stories),
    // In story id order, as the multi-entry index would list them.
    rowsWhereAny(db.reports, 'storyIds', [...storyIds].sort()),
    recordsById(
      db.claims,
      recognition.claims.map((hit) => hit.claimId),
      records.claims,
    ),
    articleEvidence(db, recognition, text, records.articles),
  ]);
  const outlet = outletRecord ? withoutPackId(outletRecord) : null;
  const stories = storyRecords.flatMap((story) => (story ? [withoutPackId(story)] : []));
  const reports = rankReports(storyReports.map(withoutPackId), outlet);
  const claims: ClaimEvidence[] = recognition.claims.flatMap((hit, index) => {
    const claim = claimRecords[index];
    return claim
      ? [
          {
            claim: withoutPackId(claim),
            quote: { exact: hit.exact, prefix: hit.prefix, suffix: hit.suffix },
            method: hit.method,
          },
        ]
      : [];
  });
  const cited = { outlet, stories, reports, claims: claims.map((item) => item.claim) };
  return {
    match: recognition.kind,
    outlet,
    articles,
    stories,
    reports,
    claims,
    sources: await loadSources(db, cited),
  };
}
