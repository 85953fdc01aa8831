/** Reads the reviewable corpus in assets/corpus/ from disk (Node only). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource, CorpusSource } from '../lib/corpus/assemble';

/** The corpus folder. */
export const CORPUS_DIR = join(import.meta.dirname, '..', 'assets', 'corpus');

const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(CORPUS_DIR, path), 'utf8')) as T;

/** Reads every corpus file: header, sources, outlets, articles with their texts, stories, reports, claims. */
export function readCorpusSource(): CorpusSource {
  const articleMeta = readJson<(Omit<ArticleSource, 'text'> & { textFile: string })[]>('articles.json');
  return {
    header: readJson('pack.json'),
    sources: [
      ...readJson<CorpusSource['sources']>('sources-outlets.json'),
      ...readJson<CorpusSource['sources']>('sources-facts.json'),
    ],
    outlets: readdirSync(join(CORPUS_DIR, 'outlets'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => readJson(join('outlets', name))),
    articles: articleMeta.map(({ textFile, ...meta }) => ({
      ...meta,
      text: readFileSync(join(CORPUS_DIR, 'articles', textFile), 'utf8').trim(),
    })),
    stories: readJson('stories.json'),
    reports: readJson('reports.json'),
    claims: readJson('claims.json'),
  };
}
