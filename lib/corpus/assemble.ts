/**
 * Turns the reviewable corpus sources under `assets/corpus/` into a pack, computing fingerprints
 * with the same code the extension uses to recognize pages.
 */
import type { ArticleFingerprint } from '../recognition/fingerprint-schema';
import type { Article, Pack } from './schema';
import { PACK_FORMAT_VERSION } from './schema';

/** An article as written by hand: metadata plus its text, without fingerprints. */
export type ArticleSource = Omit<Article, 'fingerprint' | 'text'> & { text: string };

/** Everything `assets/corpus/` holds, already read from disk. */
export interface CorpusSource {
  header: Pick<Pack, 'id' | 'version' | 'title' | 'description' | 'created'>;
  sources: Pack['sources'];
  outlets: Pack['outlets'];
  articles: ArticleSource[];
  stories: Pack['stories'];
  reports: Pack['reports'];
  claims: Pack['claims'];
}

/** Builds the pack; records are sorted by id so the output is stable for review. */
export function assemblePack(
  source: CorpusSource,
  fingerprint: (text: string, language: string) => ArticleFingerprint,
): Pack {
  const byId = <T extends { id: string }>(records: T[]) =>
    [...records].sort((a, b) => a.id.localeCompare(b.id));
  return {
    format: 'backstory-pack',
    formatVersion: PACK_FORMAT_VERSION,
    ...source.header,
    sources: byId(source.sources),
    outlets: byId(source.outlets),
    articles: byId(source.articles).map((article) => ({
      ...article,
      fingerprint: fingerprint(article.text, article.language),
    })),
    stories: byId(source.stories),
    reports: byId(source.reports),
    claims: byId(source.claims),
  };
}
