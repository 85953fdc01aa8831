/**
 * Recognition's lookup tables in IndexedDB: writing a pack's rows (`indexRowsForPack` builds
 * them), removing them, and the reads that turn a page probe into candidate records
 * (`lookupCandidates`): about 35 point reads in one round trip, then the candidates' records,
 * through native IndexedDB (native-reads.ts).
 */
import Dexie from 'dexie';
import type { Claim, Story } from '../corpus/schema';
import type { ExtractedPage } from '../extract/types';
import type { CandidateArticle, CandidateStory, Candidates } from '../recognition/candidates';
import { pageFeatures, type PageFeatures } from '../recognition/features';
import type { LookupRows } from '../recognition/index-rows';
import { PROBE_ANCHORS, PROBE_TERMS } from '../recognition/params';
import {
  idSlot,
  ID_ROW_SIZE,
  isPostingRow,
  META_SLOT,
  slotOf,
  unpackValue,
  valuesFor,
  type IdRow,
  type LookupRow,
  type MetaRow,
} from '../recognition/postings';
import { probeFor, urlHash, type PageProbe } from '../recognition/probe';
import { scoreArticles, scoreStories, topRefs, type Hit } from '../recognition/probe-hits';
import { matchArticle, recognize, strongestFirst } from '../recognition/recognize';
import type { ArticleMatch, Recognition } from '../recognition/types';
import { articlesAt, type StoredArticle } from './article-blocks';
import type { BackstoryDb, DomainRow, Packed } from './database';
import { readOnly, rowsWithAnyOf, startingWith, type Reads } from './native-reads';

export { indexRowsForPack, type IndexablePack, type LookupRows } from '../recognition/index-rows';

/** Candidates as read from the database: the stories and claims are the whole records. */
export interface StoredCandidates extends Candidates {
  stories: Array<CandidateStory & { story: Packed<Story> }>;
  claims: Array<Packed<Claim>>;
}

/** The records a lookup read: the report shows the recognized ones without reading them again. */
export interface CandidateRecords {
  articles: Array<CandidateArticle['article']>;
  stories: Array<Packed<Story>>;
  claims: Array<Packed<Claim>>;
}

/** The tables recognition owns; every row carries `packId`, so a pack is removed by it. */
export const LOOKUP_TABLES = ['domains', 'urls', 'passages', 'terms'] as const;
/** One of recognition's tables. */
export type LookupTable = (typeof LOOKUP_TABLES)[number];

/** Writes a pack's lookup rows; call inside the import's read-write transaction. */
export async function writeLookupRows(db: BackstoryDb, rows: LookupRows): Promise<void> {
  await Promise.all(LOOKUP_TABLES.map((table) => db.table(table).bulkPut(rows[table])));
}

/** Deletes a pack's lookup rows; call inside the removal's read-write transaction. */
export async function removeLookupRows(db: BackstoryDb, packId: string): Promise<void> {
  await Promise.all(LOOKUP_TABLES.map((table) => db.table(table).where('packId').equals(packId).delete()));
}

/** How many bucket reads a lookup may spend per pack on each kind of key. */
export interface LookupBudget {
  anchorReads: number;
  termReads: number;
  /** Candidate articles and stories fetched at most. */
  articles: number;
  stories: number;
}

/** About 35 reads for the probe: each costs ~50 µs in Chromium (see `npm run bench`). */
export const DEFAULT_BUDGET: LookupBudget = {
  anchorReads: PROBE_ANCHORS,
  termReads: PROBE_TERMS,
  articles: 6,
  stories: 4,
};

type PostingTable = 'urls' | 'passages' | 'terms';

/** Each table's per-pack layout. */
type Layout = Record<PostingTable, MetaRow[]>;

/** The layout of every pack, from the passages meta rows (one range read). */
async function readLayout(reads: Reads): Promise<Layout> {
  const passages = await reads.range<MetaRow>('passages', startingWith(META_SLOT));
  const other = (table: 'urls' | 'terms') =>
    passages.map((meta) => ({ ...meta, bits: meta.otherTables?.[table] ?? 0, otherTables: undefined }));
  return { urls: other('urls'), passages, terms: other('terms') };
}
const sameLayout = (a: Layout, b: Layout) => JSON.stringify(a) === JSON.stringify(b);
/**
 * The last layout seen per database. Reading buckets with it saves a round trip; the layout is
 * re-read in parallel every time and the buckets read again in the rare case it changed.
 */
const layouts = new Map<string, Layout>();

/**
 * Reads the buckets of `keys` (in priority order) for every pack, spending at most `maxReads`
 * distinct buckets per pack; keys that fall in a bucket already read are matched for free.
 */
async function readHits(
  reads: Reads,
  table: PostingTable,
  metas: MetaRow[],
  keys: readonly number[],
  maxReads: number,
): Promise<Hit[]> {
  const plans = metas.map((meta) => {
    const chosen = new Set<number>();
    for (const key of keys) {
      if (chosen.size >= maxReads) break;
      chosen.add(slotOf(key, meta.bits));
    }
    return { meta, chosen };
  });
  const wanted = plans.flatMap(({ meta, chosen }) => [...chosen].map((slot) => [slot, meta.packId]));
  if (wanted.length === 0) return [];
  const rows = await reads.getMany<LookupRow>(table, wanted);
  const bySlot = new Map<string, LookupRow>();
  for (const row of rows) if (row) bySlot.set(`${row.slot} ${row.packId}`, row);
  const hits: Hit[] = [];
  for (const { meta, chosen } of plans) {
    for (const key of new Set(keys)) {
      const slot = slotOf(key, meta.bits);
      const row = chosen.has(slot) ? bySlot.get(`${slot} ${meta.packId}`) : undefined;
      if (!isPostingRow(row)) continue;
      for (const value of valuesFor(row, key)) hits.push({ packId: meta.packId, key, value });
    }
  }
  return hits;
}

/** The probe's hits in all three posting tables, with the layout they were read with. */
async function readProbe(reads: Reads, probe: PageProbe, budget: LookupBudget, layout: Layout) {
  const [urls, anchors, terms] = await Promise.all([
    readHits(reads, 'urls', layout.urls, probe.urlHashes, probe.urlHashes.length),
    readHits(reads, 'passages', layout.passages, probe.anchors, budget.anchorReads),
    readHits(
      reads,
      'terms',
      layout.terms,
      probe.terms.map((term) => term.hash),
      budget.termReads,
    ),
  ]);
  return { urls, anchors, terms };
}

/** Resolves (pack, ordinal) refs to ids through a table's id rows. */
async function resolveIds(
  reads: Reads,
  table: PostingTable,
  refs: ReadonlyArray<{ packId: string; ref: number }>,
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const keys = [
    ...new Map(refs.map(({ packId, ref }) => [`${idSlot(ref)} ${packId}`, [idSlot(ref), packId]])).values(),
  ];
  const rows = await reads.getMany<IdRow>(table, keys);
  const ids = new Map<string, string>();
  for (const { packId, ref } of refs) {
    const row = rows.find((entry) => entry?.packId === packId && entry.slot === idSlot(ref));
    const id = row?.ids[ref % ID_ROW_SIZE];
    if (id) ids.set(`${packId} ${ref}`, id);
  }
  return ids;
}

async function lookupOutlets(reads: Reads, hosts: readonly string[]): Promise<Candidates['outlets']> {
  const found = await Promise.all(hosts.map((host) => reads.range<DomainRow>('domains', startingWith(host))));
  return found.flat().map((row) => ({ outletId: row.outletId, domain: row.domain }));
}

/**
 * Fetches the candidates' stories (of term hits and of the articles) and the claims of the
 * articles and stories, all in one round trip.
 */
async function fetchRecords(
  reads: Reads,
  articles: ReadonlyArray<Pick<StoredArticle, 'id' | 'storyIds'>>,
  termStories: ReadonlyMap<string, CandidateStory['termHits']>,
) {
  const storyIds = [...new Set([...termStories.keys(), ...articles.flatMap((article) => article.storyIds)])];
  const articleIds = articles.map((article) => article.id);
  const [storyRecords, claimsOfArticles, claimsOfStories] = await Promise.all([
    reads.getMany<Packed<Story>>('stories', storyIds),
    rowsWithAnyOf<Packed<Claim>>(reads, 'claims', 'articleIds', articleIds),
    rowsWithAnyOf<Packed<Claim>>(reads, 'claims', 'storyId', storyIds),
  ]);
  const stories = storyRecords.filter((story): story is Packed<Story> => story !== undefined);
  const claims = [
    ...new Map([...claimsOfArticles, ...claimsOfStories].map((claim) => [claim.id, claim])).values(),
  ];
  return { stories, claims };
}

/** The tables a lookup reads. */
const LOOKUP_READS = ['domains', 'urls', 'passages', 'terms', 'articleBlocks', 'stories', 'claims'];

/** How a lookup reads: its budget, and which candidate articles are worth their records. */
export interface LookupOptions {
  budget?: LookupBudget;
  /**
   * Whether a candidate article read from its block stays a candidate. Its stories and claims
   * are read only if it does: a probe anchor shared by chance (a hash collision, for about a
   * quarter of unrelated pages at 100,000 articles) then costs the round trip that reads its
   * block, and not the one after it.
   */
  keepArticle?: (candidate: CandidateArticle) => boolean;
}

/**
 * The candidates for a page probe: outlets of its hosts, articles its URLs and anchors point at
 * (those `keepArticle` keeps), stories its terms point at (and the stories of those articles),
 * and their claims. Up to three round trips: buckets (with the layout and the outlets); article
 * blocks and story ids; stories and claims, when there are any to read.
 */
export async function lookupCandidates(
  db: BackstoryDb,
  probe: PageProbe,
  { budget = DEFAULT_BUDGET, keepArticle = () => true }: LookupOptions = {},
): Promise<StoredCandidates> {
  return readOnly(db, LOOKUP_READS, async (reads) => {
    const cached = layouts.get(db.name);
    const [outlets, layout, guessed] = await Promise.all([
      lookupOutlets(reads, probe.hosts),
      readLayout(reads),
      cached ? readProbe(reads, probe, budget, cached) : null,
    ]);
    const hits =
      guessed && cached && sameLayout(cached, layout)
        ? guessed
        : await readProbe(reads, probe, budget, layout);
    layouts.set(db.name, layout);
    const articleScores = scoreArticles(hits.urls, hits.anchors);
    const storyScores = scoreStories(hits.terms, probe);
    const articleRefs = topRefs(articleScores, budget.articles);
    const storyRefs = topRefs(storyScores, budget.stories);
    const [articleAt, storyIds] = await Promise.all([
      articlesAt(reads, articleRefs),
      resolveIds(reads, 'terms', storyRefs),
    ]);
    const termStories = new Map<string, CandidateStory['termHits']>();
    for (const { packId, ref, hits: termHits } of storyRefs) {
      const id = storyIds.get(`${packId} ${ref}`);
      if (id) termStories.set(id, termHits);
    }
    const articles: CandidateArticle[] = articleRefs.flatMap((ref) => {
      const article = articleAt.get(`${ref.packId} ${ref.ref}`);
      const candidate = article && { article, anchorHits: ref.anchors, urlHit: ref.url };
      return candidate && keepArticle(candidate) ? [candidate] : [];
    });
    const records = await fetchRecords(
      reads,
      articles.map(({ article }) => article),
      termStories,
    );
    const stories = records.stories.map((story) => ({
      story,
      termHits: termStories.get(story.id) ?? [],
    }));
    return { outlets, articles, stories, claims: records.claims };
  });
}

/**
 * The cheap lookup behind the gate: corpus articles at these URL keys and outlets of these hosts.
 * A handful of reads; call it before deciding to extract.
 */
export async function lookupKnownPage(
  db: BackstoryDb,
  urlKeys: readonly string[],
  hosts: readonly string[],
): Promise<{ articleIds: string[]; outlets: Candidates['outlets'] }> {
  return readOnly(db, ['domains', 'urls', 'passages'], async (reads) => {
    const [outlets, layout] = await Promise.all([lookupOutlets(reads, hosts), readLayout(reads)]);
    const hits = await readHits(reads, 'urls', layout.urls, urlKeys.map(urlHash), urlKeys.length);
    const refs = hits.map((hit) => ({ packId: hit.packId, ref: unpackValue(hit.value).ref }));
    const ids = await resolveIds(reads, 'passages', refs);
    return { articleIds: [...new Set(ids.values())], outlets };
  });
}

/**
 * Which installed pack owns each of `ids` that some pack's articles use: read from the id rows
 * of the passages table (one range read), as article blocks are keyed by ordinal, not by id.
 */
export async function articleOwners(db: BackstoryDb, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(ids);
  const rows = (await db.passages
    .where('[slot+packId]')
    .below([META_SLOT, Dexie.minKey])
    .toArray()) as IdRow[];
  const owners = new Map<string, string>();
  for (const row of rows) for (const id of row.ids) if (wanted.has(id)) owners.set(id, row.packId);
  return owners;
}

/**
 * The lookup as recognition makes it for a page: its probe's candidates, keeping only the
 * articles the page shares text with (each compared once, as soon as its block is read), and
 * those articles' matches, strongest first, for `recognize`.
 */
export async function lookupForPage(
  db: BackstoryDb,
  features: PageFeatures,
): Promise<{ candidates: StoredCandidates; articles: ArticleMatch[] }> {
  const matched = new Map<string, ArticleMatch>();
  const candidates = await lookupCandidates(db, probeFor(features), {
    keepArticle: (candidate) => {
      const match = matchArticle(features, candidate);
      if (match) matched.set(candidate.article.id, match);
      return match !== null;
    },
  });
  const articles = strongestFirst(
    candidates.articles.flatMap(({ article }) => matched.get(article.id) ?? []),
  );
  return { candidates, articles };
}

/**
 * The whole background step after extraction: features, probe, lookup, decision. Returns the
 * recognition, the features (whose `text` the claim offsets refer to) and the records the lookup
 * read: the report shows the recognized ones without reading them again.
 */
export async function recognizeExtracted(
  db: BackstoryDb,
  extracted: ExtractedPage,
  url: string,
): Promise<{
  recognition: Recognition;
  features: PageFeatures;
  records: CandidateRecords;
}> {
  const features = pageFeatures(extracted, url);
  const { candidates, articles } = await lookupForPage(db, features);
  const records: CandidateRecords = {
    articles: candidates.articles.map((candidate) => candidate.article),
    stories: candidates.stories.map((candidate) => candidate.story),
    claims: candidates.claims,
  };
  return { recognition: recognize(features, candidates, articles), features, records };
}
