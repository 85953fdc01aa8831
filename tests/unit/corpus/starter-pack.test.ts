import { describe, expect, test } from 'vitest';
import starter from '../../../assets/packs/starter.json';
import { assemblePack } from '../../../lib/corpus/assemble';
import { validatePack } from '../../../lib/corpus/parse-pack';
import { fingerprintArticle } from '../../../lib/recognition/fingerprint';
import { readCorpusSource } from '../../../scripts/corpus-source';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const pack = validatePack(starter);
const shared = (file: string) => readFileSync(join(import.meta.dirname, '../../../../shared', file), 'utf8');

describe('the shipped starter pack', () => {
  test('is valid and is exactly what corpus:build makes from assets/corpus (run `npm run corpus:build`)', () => {
    expect(pack.ok).toBe(true);
    expect(starter).toEqual(assemblePack(readCorpusSource(), fingerprintArticle));
  });

  test('covers the minimums: every outlet of outlets.md, both articles, linked stories, claims and reports', () => {
    if (!pack.ok) throw new Error(pack.error);
    const { outlets, articles, stories, claims, reports } = pack.value;
    const sheetIds = [...shared('outlets.md').matchAll(/^- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]);
    expect(sheetIds).toHaveLength(38);
    expect(outlets.map((o) => o.id).sort()).toEqual([...sheetIds].sort());
    expect(articles).toHaveLength(2);
    for (const article of articles) {
      expect(claims.filter((c) => c.articleIds.includes(article.id)).length).toBeGreaterThanOrEqual(6);
    }
    const oct2017 = stories.find((s) => s.start?.startsWith('2017-10'));
    const nov2018 = stories.find((s) => s.start?.startsWith('2018-1'));
    expect(oct2017?.linkedStoryIds).toContain(nov2018?.id);
    for (const story of [oct2017!, nov2018!]) {
      const storyReports = reports.filter((r) => r.storyIds.includes(story.id));
      expect(storyReports.length).toBeGreaterThanOrEqual(4);
      expect(new Set(storyReports.map((r) => r.ownershipKind)).size).toBeGreaterThanOrEqual(3);
    }
  });

  test('each outlet home domain is the one outlets.md gives', () => {
    if (!pack.ok) throw new Error(pack.error);
    const sheet = shared('outlets.md');
    for (const outlet of pack.value.outlets) {
      const section = sheet.slice(sheet.indexOf(`- id: ${outlet.id}\n`));
      const home = /- home_domain: ([a-z0-9.-]+\.[a-z]{2,})/.exec(
        section.slice(0, section.indexOf('\n## ')),
      )?.[1];
      if (outlet.homeDomain) expect(outlet.homeDomain, outlet.id).toBe(home);
    }
  });

  test('every claim quote occurs in its articles, so it can be found and anchored', () => {
    if (!pack.ok) throw new Error(pack.error);
    for (const claim of pack.value.claims) {
      for (const id of claim.articleIds) {
        const text = pack.value.articles.find((a) => a.id === id)?.text ?? '';
        expect(text, `${claim.id} in ${id}`).toContain(claim.quote);
      }
    }
  });
});
