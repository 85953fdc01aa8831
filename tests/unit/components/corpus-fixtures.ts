/**
 * Real corpus records from assets/corpus, validated against the pack schema, and page reports
 * assembled from them the way the background would, for rendering tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import {
  ClaimSchema,
  OutletSchema,
  RelatedReportSchema,
  SourceSchema,
  StorySchema,
  type Claim,
  type Outlet,
  type Source,
} from '../../../lib/corpus/schema';
import type { ArticleEvidence, ClaimEvidence, PageReport, QuoteSelector } from '../../../lib/report';

const corpusDir = join(import.meta.dirname, '..', '..', '..', 'assets', 'corpus');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(corpusDir, path), 'utf8'));

/** Every source in the corpus, by id. */
export const sources: Record<string, Source> = Object.fromEntries(
  [...(readJson('sources-outlets.json') as unknown[]), ...(readJson('sources-facts.json') as unknown[])]
    .map((raw) => v.parse(SourceSchema, raw))
    .map((source) => [source.id, source]),
);
/** Every claim. */
export const claims = v.parse(v.array(ClaimSchema), readJson('claims.json'));
/** Every related report, in file order. */
export const relatedReports = v.parse(v.array(RelatedReportSchema), readJson('reports.json'));
/** Every story. */
export const stories = v.parse(v.array(StorySchema), readJson('stories.json'));

/** One outlet record by id (its file name). */
export function outlet(id: string): Outlet {
  return v.parse(OutletSchema, readJson(join('outlets', `${id}.json`)));
}

/** One claim by id; throws when the corpus has no such claim, so a renamed id fails loudly. */
export function claim(id: string): Claim {
  const found = claims.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no claim ${id} in the corpus`);
  return found;
}

/** The article metadata entries (title, outlet, published, textFile). */
export const articles = readJson('articles.json') as {
  id: string;
  outletId: string;
  title: string;
  published: { date: string | null } | null;
  canonicalUrl: string | null;
  storyIds: string[];
  textFile: string;
}[];

/** A seed article's full text. */
export function articleText(articleId: string): string {
  const article = articles.find((candidate) => candidate.id === articleId);
  if (!article) throw new Error(`no article ${articleId}`);
  return readFileSync(join(corpusDir, 'articles', article.textFile), 'utf8');
}

/** A selector for `exact` inside `text`, with 32 characters of context on each side. */
export function selectorIn(text: string, exact: string, occurrence = 0): QuoteSelector {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`"${exact}" is not in the text`);
  return {
    exact,
    prefix: text.slice(Math.max(0, at - 32), at),
    suffix: text.slice(at + exact.length, at + exact.length + 32),
  };
}

/** The evidence that a page matches a seed article, with the given overlap figures. */
export function articleEvidence(
  articleId: string,
  relation: ArticleEvidence['relation'],
  overlap: { containment: number; jaccard: number },
  passages: string[] = [],
): ArticleEvidence {
  const article = articles.find((candidate) => candidate.id === articleId)!;
  const text = articleText(articleId);
  return {
    articleId,
    title: article.title,
    outletName: outlet(article.outletId).name,
    published: article.published?.date ?? null,
    url: article.canonicalUrl,
    relation,
    ...overlap,
    passages: passages.map((passage) => selectorIn(text, passage)),
  };
}

/** The claims of a seed article, each anchored by its quote in the article text. */
export function claimEvidenceFor(articleId: string): ClaimEvidence[] {
  const text = articleText(articleId);
  return claims
    .filter((candidate) => candidate.articleIds.includes(articleId))
    .map((candidate) => ({ claim: candidate, quote: selectorIn(text, candidate.quote), method: 'exact' }));
}

/** The report the background would send for a page that is exactly the given seed article. */
export function seedReport(articleId: string): PageReport {
  const article = articles.find((candidate) => candidate.id === articleId)!;
  return {
    match: 'exact',
    outlet: outlet(article.outletId),
    articles: [articleEvidence(articleId, 'exact', { containment: 1, jaccard: 1 })],
    stories: stories.filter((story) => article.storyIds.includes(story.id)),
    reports: relatedReports.filter((report) => report.storyIds.some((id) => article.storyIds.includes(id))),
    claims: claimEvidenceFor(articleId),
    sources,
  };
}
