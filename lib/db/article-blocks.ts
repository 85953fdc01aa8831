/**
 * Corpus articles in IndexedDB. Chromium spends ~50 µs of its storage thread on every row a
 * transaction writes, whatever the row's size, so one row per article capped a 100,000-article
 * pack import near 12,800 articles/s. Articles are stored instead in blocks of
 * `ARTICLES_PER_BLOCK`, keyed `[block+packId]` by their ordinal in the pack: the same ordinal the
 * lookup rows point at, so a lookup reads a candidate's block directly, without resolving its id.
 * Article texts (optional, only exported) live in their own rows, out of the blocks a lookup reads.
 */
import type { Article } from '../corpus/schema';
import type { BackstoryDb } from './database';
import type { Reads } from './native-reads';

/** Articles per block row: 16 cuts the rows written 16-fold; a lookup reads at most 6 blocks. */
export const ARTICLES_PER_BLOCK = 16;

/** An article as a block holds it: everything but its text. */
export type StoredArticle = Omit<Article, 'text'>;

/** Articles `block * ARTICLES_PER_BLOCK` onwards of one pack, in pack order. */
export interface ArticleBlock {
  block: number;
  packId: string;
  articles: StoredArticle[];
}

/** The text of an article that has one, by article id. */
export interface ArticleText {
  id: string;
  packId: string;
  text: string;
}

/** A reference to an article: its pack and its ordinal in the pack. */
export interface ArticleRef {
  packId: string;
  ref: number;
}

/** The block rows and text rows of a pack's articles (in pack order: ordinals are positions). */
export function articleRows(
  packId: string,
  articles: readonly Article[],
): { blocks: ArticleBlock[]; texts: ArticleText[] } {
  const blocks: ArticleBlock[] = [];
  const texts: ArticleText[] = [];
  for (let first = 0; first < articles.length; first += ARTICLES_PER_BLOCK) {
    const stored = articles.slice(first, first + ARTICLES_PER_BLOCK).map((article) => {
      if (!('text' in article)) return article;
      const { text, ...rest } = article;
      if (text !== undefined) texts.push({ id: article.id, packId, text });
      return rest;
    });
    blocks.push({ block: first / ARTICLES_PER_BLOCK, packId, articles: stored });
  }
  return { blocks, texts };
}

/**
 * Writes a pack's articles; call inside the import's read-write transaction. The requests are
 * issued before this returns, so the caller can compute while the storage thread writes.
 */
export function writeArticles(
  db: BackstoryDb,
  packId: string,
  articles: readonly Article[],
): Promise<unknown> {
  const { blocks, texts } = articleRows(packId, articles);
  return Promise.all([
    db.articleBlocks.bulkPut(blocks),
    texts.length ? db.articleTexts.bulkPut(texts) : null,
  ]);
}

/** A pack's articles in pack order, with their texts; call inside a transaction over both tables. */
export async function readPackArticles(db: BackstoryDb, packId: string): Promise<Article[]> {
  const [blocks, texts] = await Promise.all([
    db.articleBlocks.where('packId').equals(packId).sortBy('block'),
    db.articleTexts.where('packId').equals(packId).toArray(),
  ]);
  const textOf = new Map(texts.map((row) => [row.id, row.text]));
  return blocks.flatMap((row) =>
    row.articles.map((article) => {
      const text = textOf.get(article.id);
      return text === undefined ? article : { ...article, text };
    }),
  );
}

/** Deletes a pack's articles; answers how many there were. Call inside a read-write transaction. */
export async function removeArticles(db: BackstoryDb, packId: string): Promise<number> {
  const blocks = db.articleBlocks.where('packId').equals(packId);
  let count = 0;
  await blocks.each((row) => (count += row.articles.length));
  await Promise.all([blocks.delete(), db.articleTexts.where('packId').equals(packId).delete()]);
  return count;
}

/** The articles at `refs`, keyed `"packId ref"`: one read per distinct block, in parallel. */
export async function articlesAt(
  reads: Reads,
  refs: readonly ArticleRef[],
): Promise<Map<string, StoredArticle>> {
  const found = new Map<string, StoredArticle>();
  if (refs.length === 0) return found;
  const keys = new Map<string, [number, string]>();
  for (const { packId, ref } of refs) {
    const block = Math.floor(ref / ARTICLES_PER_BLOCK);
    keys.set(`${block} ${packId}`, [block, packId]);
  }
  const rows = await reads.getMany<ArticleBlock>('articleBlocks', [...keys.values()]);
  const byKey = new Map(rows.flatMap((row) => (row ? [[`${row.block} ${row.packId}`, row] as const] : [])));
  for (const { packId, ref } of refs) {
    const block = Math.floor(ref / ARTICLES_PER_BLOCK);
    const article = byKey.get(`${block} ${packId}`)?.articles[ref % ARTICLES_PER_BLOCK];
    if (article) found.set(`${packId} ${ref}`, article);
  }
  return found;
}
