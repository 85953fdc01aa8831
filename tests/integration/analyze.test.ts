import { beforeAll, describe, expect, test } from 'vitest';
import { installStarterPack } from '../../lib/services/starter';
import { analyzePage, lookupPage } from '../../lib/services/analyze';
import { buildReport } from '../../lib/services/report-builder';
import { recognizeExtracted } from '../../lib/db/recognition-store';
import { extractArticle } from '../../lib/extract/extract';
import { parseHtml } from '../../lib/extract/parse-html';
import { independenceRank } from '../../lib/services/rank-reports';
import { articleHtml, URLS } from '../e2e/harness/pages';
import { labelledPages } from '../fixtures/recognition/labelled';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDb } from '../helpers/packs';
import type { BackstoryDb } from '../../lib/db/database';

let db: BackstoryDb;
const corpusText = (file: string) =>
  readFileSync(join(import.meta.dirname, '../../assets/corpus/articles', file), 'utf8');

beforeAll(async () => {
  db = freshDb();
  await installStarterPack(db);
});

describe('analysing pages against the starter corpus', () => {
  test('the Press TV article on its own site: exact, outlet card, its claims and independent reports first', async () => {
    const html = articleHtml(corpusText('press-tv-2017-10-syria-unsc-letters.txt'), { site: 'Press TV' });
    const report = await analyzePage(db, URLS.pressTv, null, html);
    expect(report?.match).toBe('exact');
    expect(report?.outlet?.id).toBe('press-tv');
    expect(report?.claims.length).toBeGreaterThanOrEqual(6);
    const dresden = report?.claims.find((item) => item.claim.status === 'misattributed');
    expect(dresden?.quote?.exact).toContain('Russian Foreign Ministry');
    expect(report?.articles[0]?.passages).toEqual([]);
    const ranks = report!.reports.map((item) => independenceRank(item, report!.outlet));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const id of Object.keys(report!.sources)) expect(report!.sources[id]?.id).toBe(id);
    const cited = JSON.stringify(report!.outlet).match(/"sources":\[[^\]]*\]/g) ?? [];
    for (const list of cited)
      for (const id of JSON.parse(`{${list}}`).sources) expect(report!.sources).toHaveProperty(id);
  });

  test('a lifted passage is reported as reuse, with the page passage to mark', async () => {
    const page = labelledPages().find((item) => item.name === 'reuse-quote-b')!;
    const report = await analyzePage(db, page.labels.url, null, page.html);
    expect(report?.match).toBe('reuse');
    expect(report?.outlet).toBeNull();
    expect(report?.articles[0]?.passages.length).toBeGreaterThan(0);
    expect(page.html).toContain(report!.articles[0]!.passages[0]!.exact.slice(0, 40));
  });

  test('the cheap lookup knows the RHC article URL (with www. and tracking parameters) and the outlet', async () => {
    const answer = await lookupPage(db, `${URLS.rhc}?utm_source=x`, null);
    expect(answer.knownUrl).toBe(true);
    expect(answer.report?.outlet?.homeDomain).toBe('radiohc.cu');
    expect(await lookupPage(db, 'https://unknown.example/a', null)).toEqual({
      knownUrl: false,
      report: null,
    });
  });

  test('a page with no article gets the outlet note on a known outlet and nothing elsewhere', async () => {
    const empty = '<html><body><nav>Home</nav></body></html>';
    expect((await analyzePage(db, 'https://www.presstv.ir/', null, empty))?.match).toBe('outlet');
    expect(await analyzePage(db, 'https://unknown.example/', null, empty)).toBeNull();
  });

  test('the report reuses the records the lookup read, and reads the ones it did not', async () => {
    const html = articleHtml(corpusText('press-tv-2017-10-syria-unsc-letters.txt'), { site: 'Press TV' });
    const extracted = extractArticle(parseHtml(html), { url: URLS.pressTv })!;
    const { recognition, features, records } = await recognizeExtracted(db, extracted, URLS.pressTv);
    expect(records.claims.length).toBeGreaterThan(0);
    const fromLookup = await buildReport(db, recognition, features.text, records);
    const fromTables = await buildReport(db, recognition, features.text, {
      articles: records.articles,
      stories: [],
      claims: [],
    });
    expect(fromLookup?.claims.length).toBeGreaterThanOrEqual(6);
    expect(fromLookup?.stories.length).toBeGreaterThan(0);
    expect(fromTables).toEqual(fromLookup);
  });
});
