import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BackstoryDb } from '../../../lib/db/database';
import { databaseWith, recognizeHtml, starterPack } from '../../fixtures/recognition/harness';
import { judge, labelledPages } from '../../fixtures/recognition/labelled';

const REAL_PAGES = '/work/shared/real-pages';
const realPages = (() => {
  try {
    return readdirSync(REAL_PAGES).filter((name) => !name.includes('.'));
  } catch {
    return [];
  }
})();

let db: BackstoryDb;
beforeAll(async () => {
  db = await databaseWith(starterPack());
});
afterAll(() => db.close());

describe('labelled pages', () => {
  test.each(labelledPages().map((page) => [page.name, page] as const))(
    '%s is recognized as labelled',
    async (_, page) => {
      const outcome = await recognizeHtml(db, page.html, page.labels.url);
      const verdict = judge(page.labels, outcome.recognition);
      expect(verdict.problems).toEqual([]);
      expect(verdict.claimsMissed).toEqual([]);
      expect(verdict.claimsExtra).toEqual([]);
      for (const hit of outcome.recognition?.claims ?? [])
        expect(outcome.text.slice(hit.start, hit.end)).toBe(hit.exact);
    },
  );
});

describe.skipIf(realPages.length === 0)('real pages (none about a corpus story)', () => {
  test.each(realPages)('%s is not recognized', async (name) => {
    const html = readFileSync(join(REAL_PAGES, name, 'source.html'), 'utf8');
    const outcome = await recognizeHtml(db, html, `https://${name}.example/`);
    expect(outcome.recognition?.kind ?? null).toBeNull();
  });
});
