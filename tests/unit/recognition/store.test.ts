import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { readPackArticles } from '../../../lib/db/article-blocks';
import { BackstoryDb } from '../../../lib/db/database';
import { DROP_V1_LOOKUPS, LOOKUP_SCHEMA, SCHEMA_V2 } from '../../../lib/db/versions';
import {
  DEFAULT_BUDGET,
  indexRowsForPack,
  LOOKUP_TABLES,
  lookupCandidates,
  lookupKnownPage,
  removeLookupRows,
} from '../../../lib/db/recognition-store';
import { pageFeatures } from '../../../lib/recognition/features';
import { probeFor } from '../../../lib/recognition/probe';
import { hostCandidates, urlKey } from '../../../lib/recognition/url';
import { databaseWith, starterPack } from '../../fixtures/recognition/harness';

const pack = starterPack();
const page = (text: string, url = 'https://copy.example/page') =>
  pageFeatures(
    { title: '', text, byline: null, lang: 'en', published: null, canonicalUrl: null, siteName: null },
    url,
  );

describe('recognition store', () => {
  test.each(pack.articles.map((article) => [article.id, article.text ?? '']))(
    'finds %s from its own text',
    async (id, text) => {
      const db = await databaseWith(pack);
      const candidates = await lookupCandidates(db, probeFor(page(text)));
      expect(candidates.articles[0]?.article.id).toBe(id);
      expect(candidates.articles[0]?.anchorHits).toBeGreaterThan(10);
      const storyIds = pack.articles.find((article) => article.id === id)?.storyIds ?? [];
      expect(candidates.stories.map((entry) => entry.story.id)).toEqual(expect.arrayContaining(storyIds));
      expect(candidates.claims.some((claim) => claim.articleIds.includes(id))).toBe(true);
      db.close();
    },
  );

  test.each(pack.articles.map((article) => [article.id, article.text ?? '']))(
    'reads no stories or claims for %s when keepArticle drops it',
    async (id, text) => {
      const db = await databaseWith(pack);
      const probe = probeFor(page(text));
      // No term reads: the article is the only way to its stories and claims.
      const budget = { ...DEFAULT_BUDGET, termReads: 0 };
      const kept = await lookupCandidates(db, probe, { budget });
      const dropped = await lookupCandidates(db, probe, {
        budget,
        keepArticle: (candidate) => candidate.article.id !== id,
      });
      expect(kept.articles.map((entry) => entry.article.id)).toContain(id);
      expect(kept.stories.length).toBeGreaterThan(0);
      expect(kept.claims.some((claim) => claim.articleIds.includes(id))).toBe(true);
      expect(dropped.articles.map((entry) => entry.article.id)).not.toContain(id);
      expect(dropped.outlets).toEqual(kept.outlets);
      const keptIds = new Set(dropped.articles.map((entry) => entry.article.id));
      const storiesOfKept = new Set(dropped.articles.flatMap((entry) => entry.article.storyIds));
      expect(dropped.stories.every((entry) => storiesOfKept.has(entry.story.id))).toBe(true);
      for (const claim of dropped.claims)
        expect(storiesOfKept.has(claim.storyId) || claim.articleIds.some((other) => keptIds.has(other))).toBe(
          true,
        );
      db.close();
    },
  );

  test.each([
    ['www.presstv.co.uk', 'press-tv'],
    ['en.mehrnews.com', 'mehr'],
    ['radiohc.cu', 'radio-habana-cuba'],
  ])('knows the outlet of %s', async (host, outletId) => {
    const db = await databaseWith(pack);
    const known = await lookupKnownPage(db, [], hostCandidates(host));
    expect(known.outlets.map((outlet) => outlet.outletId)).toContain(outletId);
    db.close();
  });

  test('knows an article by its URL and by no other', async () => {
    const db = await databaseWith(pack);
    const url = pack.articles.flatMap((article) => article.urls)[0] ?? '';
    expect((await lookupKnownPage(db, [urlKey(url) ?? ''], [])).articleIds).toHaveLength(1);
    expect((await lookupKnownPage(db, [urlKey(`${url}-other`) ?? ''], [])).articleIds).toEqual([]);
    db.close();
  });

  test('finds nothing for an unrelated page', async () => {
    const db = await databaseWith(pack);
    const candidates = await lookupCandidates(
      db,
      probeFor(
        page(
          'A museum of ceramics reopened after two years of renovation work, with new lighting and benches for visitors.',
        ),
      ),
    );
    expect(candidates.articles).toEqual([]);
    db.close();
  });

  test('removes every lookup row of a pack, and only those', async () => {
    const db = await databaseWith(pack);
    const other = indexRowsForPack({ ...pack, id: 'other-pack' });
    await Promise.all(LOOKUP_TABLES.map((table) => db.table(table).bulkPut(other[table])));
    await db.transaction(
      'rw',
      LOOKUP_TABLES.map((table) => db.table(table)),
      () => removeLookupRows(db, pack.id),
    );
    for (const table of LOOKUP_TABLES) {
      expect(await db.table(table).where('packId').equals(pack.id).count()).toBe(0);
      expect(await db.table(table).where('packId').equals('other-pack').count()).toBe(other[table].length);
    }
    db.close();
  });

  test('rebuilds the lookup tables of installed packs when upgrading from version 2', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(2).stores({
      packs: 'id',
      outlets: 'id, packId',
      articles: 'id, packId',
      stories: 'id, packId',
      domains: 'domain, packId',
      bands: '[key+ref], ref',
    });
    await old.open();
    const tag = <T>(records: T[]) => records.map((record) => ({ ...record, packId: pack.id }));
    await old.table('packs').put({ id: pack.id });
    await old.table('outlets').bulkPut(tag(pack.outlets));
    await old.table('articles').bulkPut(tag(pack.articles));
    await old.table('stories').bulkPut(tag(pack.stories));
    old.close();
    const db = new BackstoryDb(name);
    await db.open();
    const expected = indexRowsForPack(pack);
    for (const table of LOOKUP_TABLES) expect(await db.table(table).count()).toBe(expected[table].length);
    db.close();
  });

  test('moves articles into blocks and re-points the lookup rows when upgrading from version 4', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(4).stores({ ...SCHEMA_V2, ...DROP_V1_LOOKUPS, ...LOOKUP_SCHEMA });
    await old.open();
    const tag = <T>(records: T[]) => records.map((record) => ({ ...record, packId: pack.id }));
    // Reversed, so the old rows' ordinals (pack order) differ from the stored order (by id).
    const reversed = { ...pack, articles: [...pack.articles].reverse() };
    const rows = indexRowsForPack(reversed);
    await old.table('packs').put({ id: pack.id });
    await old.table('outlets').bulkPut(tag(pack.outlets));
    await old.table('articles').bulkPut(tag(reversed.articles));
    await old.table('stories').bulkPut(tag(pack.stories));
    await old.table('claims').bulkPut(tag(pack.claims));
    for (const table of LOOKUP_TABLES) await old.table(table).bulkPut(rows[table]);
    old.close();
    const db = new BackstoryDb(name);
    await db.open();
    expect(db.tables.map((table) => table.name)).not.toContain('articles');
    const stored = await db.transaction('r', [db.articleBlocks, db.articleTexts], () =>
      readPackArticles(db, pack.id),
    );
    expect(stored.map((article) => article.id).sort()).toEqual(pack.articles.map((a) => a.id).sort());
    expect(stored.every((article) => article.text)).toBe(true);
    for (const article of pack.articles) {
      const candidates = await lookupCandidates(db, probeFor(page(article.text ?? '')));
      expect(candidates.articles[0]?.article.id).toBe(article.id);
    }
    db.close();
  });
});
