/** Small synthetic packs for storage tests. Their records are test data, not corpus facts. */
import type { Pack } from '../../lib/corpus/schema';
import { BackstoryDb } from '../../lib/db/database';
import { fingerprintArticle } from '../../lib/recognition/fingerprint';

let dbCounter = 0;

/** A fresh, uniquely named database on fake-indexeddb. */
export function freshDb(): BackstoryDb {
  dbCounter += 1;
  return new BackstoryDb(`test-${dbCounter}-${Math.random().toString(36).slice(2)}`);
}

/** A valid pack with one record of each kind; `overrides` replaces top-level fields. */
export function testPack(overrides: Partial<Pack> = {}): Pack {
  const cite = { sources: ['src-a'], confidence: 'H' as const };
  return {
    format: 'backstory-pack',
    formatVersion: 1,
    id: 'test-pack',
    version: 1,
    title: 'Test pack',
    description: 'Synthetic records for storage tests.',
    created: '2026-11-21',
    sources: [
      {
        id: 'src-a',
        title: 'Test source A',
        url: 'https://source.example/a',
        publisher: 'Example',
        date: '2020-01-02',
      },
    ],
    outlets: [
      {
        id: 'outlet-a',
        name: 'Outlet A',
        homeDomain: 'outlet-a.example',
        domains: [{ domain: 'outlet-a.example', status: 'home', ...cite }],
        country: { text: 'Testland', ...cite },
        owner: null,
        ownerChain: [],
        ownershipKind: 'state',
        stateAffiliation: null,
        funding: null,
        history: [],
        regulatory: [{ text: 'A test licence action', date: '2019-05', ...cite }],
        classifications: [],
        wikidataQid: null,
        notes: [],
      },
    ],
    articles: [
      {
        id: 'article-a',
        outletId: 'outlet-a',
        title: 'Article A',
        language: 'en',
        published: { text: 'Published 2 Jan 2020', date: '2020-01-02', ...cite },
        urls: ['https://outlet-a.example/news/a'],
        canonicalUrl: null,
        storyIds: ['story-a'],
        text: 'Article A says that the test city council met on Tuesday.',
        fingerprint: fingerprintArticle('Article A says that the test city council met on Tuesday.', 'en'),
      },
    ],
    stories: [
      {
        id: 'story-a',
        title: 'Story A',
        summary: 'The test council meeting.',
        start: '2020-01-01',
        end: null,
        linkedStoryIds: [],
        keyTerms: ['test council'],
        events: [{ text: 'The council met', date: '2020-01-01', ...cite }],
      },
    ],
    reports: [
      {
        id: 'report-a',
        storyIds: ['story-a'],
        title: 'Report A',
        publisher: 'Example NGO',
        outletId: null,
        ownershipKind: 'ngo',
        date: '2020-02',
        url: 'https://ngo.example/report-a',
        gist: 'A test report.',
        ...cite,
      },
    ],
    claims: [
      {
        id: 'claim-a',
        storyId: 'story-a',
        articleIds: ['article-a'],
        quote: 'the test city council met on Tuesday',
        variants: [],
        summary: 'The council met on Tuesday.',
        claimant: { text: 'Article A', ...cite },
        firstAppeared: { text: 'Article A', date: '2020-01-02', ...cite },
        appearances: [],
        status: 'unverified',
        statusText: 'Unverified: no independent source found.',
        evidence: [],
      },
    ],
    ...overrides,
  };
}

/** Every table's rows, for before/after comparisons. */
export async function dumpDb(db: BackstoryDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}
