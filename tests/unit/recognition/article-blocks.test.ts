import { describe, expect, test } from 'vitest';
import { ARTICLES_PER_BLOCK, articleRows, articlesAt, writeArticles } from '../../../lib/db/article-blocks';
import { readOnly } from '../../../lib/db/native-reads';
import { starterPack } from '../../fixtures/recognition/harness';
import { freshDb } from '../../helpers/packs';

const pack = starterPack();
const article = pack.articles[0]!;
const many = Array.from({ length: ARTICLES_PER_BLOCK * 2 + 3 }, (_, i) => ({
  ...article,
  id: `a-${i}`,
  text: i % 2 ? `Text ${i}` : undefined,
}));

describe('article blocks', () => {
  test('stores articles in pack order, blocks of ARTICLES_PER_BLOCK, texts apart', () => {
    const { blocks, texts } = articleRows('p', many);
    expect(blocks.map((block) => [block.block, block.articles.length])).toEqual([
      [0, ARTICLES_PER_BLOCK],
      [1, ARTICLES_PER_BLOCK],
      [2, 3],
    ]);
    expect(blocks.flatMap((block) => block.articles.map((stored) => stored.id))).toEqual(
      many.map((a) => a.id),
    );
    expect(blocks.every((block) => block.articles.every((stored) => !('text' in stored)))).toBe(true);
    expect(texts.map((row) => row.id)).toEqual(many.filter((a) => a.text).map((a) => a.id));
  });

  test('reads articles by their ordinal', async () => {
    const db = freshDb();
    await db.transaction('rw', [db.articleBlocks, db.articleTexts], () => writeArticles(db, 'p', many));
    const refs = [0, 17, 34, 99].map((ref) => ({ packId: 'p', ref }));
    const found = await readOnly(db, ['articleBlocks'], (reads) => articlesAt(reads, refs));
    expect([...found.entries()].map(([key, stored]) => [key, stored.id])).toEqual([
      ['p 0', 'a-0'],
      ['p 17', 'a-17'],
      ['p 34', 'a-34'],
    ]);
    db.close();
  });
});
