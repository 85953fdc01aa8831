/**
 * `npm run corpus:build`: reads the reviewable corpus in assets/corpus/, fingerprints the
 * articles with the extension's own code, validates the result and writes assets/packs/starter.json.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { assemblePack, type ArticleSource, type CorpusSource } from '../lib/corpus/assemble';
import { validatePack } from '../lib/corpus/parse-pack';
import { fingerprintArticle } from '../lib/recognition/fingerprint';

const root = join(import.meta.dirname, '..', 'assets');
const dir = join(root, 'corpus');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;

/** Reads assets/corpus/ from disk. */
export function readCorpusSource(): CorpusSource {
  const articleMeta = readJson<(Omit<ArticleSource, 'text'> & { textFile: string })[]>('articles.json');
  return {
    header: readJson('pack.json'),
    sources: [
      ...readJson<CorpusSource['sources']>('sources-outlets.json'),
      ...readJson<CorpusSource['sources']>('sources-facts.json'),
    ],
    outlets: readdirSync(join(dir, 'outlets'))
      .filter((name) => name.endsWith('.json'))
      .map((name) => readJson(join('outlets', name))),
    articles: articleMeta.map(({ textFile, ...meta }) => ({
      ...meta,
      text: readFileSync(join(dir, 'articles', textFile), 'utf8').trim(),
    })),
    stories: readJson('stories.json'),
    reports: readJson('reports.json'),
    claims: readJson('claims.json'),
  };
}

function main(): void {
  const pack = assemblePack(readCorpusSource(), fingerprintArticle);
  const checked = validatePack(pack);
  if (!checked.ok) {
    console.error(checked.error);
    process.exit(1);
  }
  mkdirSync(join(root, 'packs'), { recursive: true });
  const out = join(root, 'packs', 'starter.json');
  writeFileSync(out, JSON.stringify(pack) + '\n');
  const counts = ['sources', 'outlets', 'articles', 'stories', 'reports', 'claims']
    .map((key) => `${(pack[key as keyof typeof pack] as unknown[]).length} ${key}`)
    .join(', ');
  console.log(`Wrote ${out}: ${counts}.`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) main();
