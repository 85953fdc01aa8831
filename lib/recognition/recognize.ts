/**
 * The decision: given a page's features and the candidates the lookup found, which corpus
 * articles, stories and claims the page is, copies, reuses or reports. Pure and synchronous.
 */
import type { CandidateArticle, Candidates } from './candidates';
import { findClaims } from './claims/find-claims';
import { articleKind, compareWithArticle } from './compare-article';
import type { PageFeatures } from './features';
import { isStoryMatch, scoreStory } from './story-score';
import { storyTerms } from './terms';
import { STORY_MIN_SHARE_OF_BEST } from './thresholds';
import { tokenize } from '../text/tokenize';
import {
  MATCH_KINDS,
  type ArticleMatch,
  type ClaimHit,
  type MatchKind,
  type Recognition,
  type StoryMatch,
} from './types';

const strength = (kind: MatchKind) => MATCH_KINDS.indexOf(kind);

/** Compares the page with one candidate article: how they relate, or null when not at all. */
export function matchArticle(features: PageFeatures, candidate: CandidateArticle): ArticleMatch | null {
  const { densestCluster, ...measures } = compareWithArticle(features, candidate);
  const kind = articleKind({ ...measures, densestCluster });
  return kind ? { kind, ...measures } : null;
}

/** Sorts article matches in place, strongest first. */
export function strongestFirst(matches: ArticleMatch[]): ArticleMatch[] {
  return matches.sort(
    (a, b) =>
      strength(a.kind) - strength(b.kind) ||
      b.articleContainment + b.pageContainment - (a.articleContainment + a.pageContainment) ||
      a.articleId.localeCompare(b.articleId),
  );
}

/** Compares every candidate article and keeps those the page shares text with, strongest first. */
export function matchArticles(
  features: PageFeatures,
  candidates: readonly CandidateArticle[],
): ArticleMatch[] {
  return strongestFirst(candidates.flatMap((candidate) => matchArticle(features, candidate) ?? []));
}

/** The stories of the articles a page is or copies: that is what the page reports. */
function storiesOfArticles(candidates: Candidates, articles: readonly ArticleMatch[]): StoryMatch[] {
  const stories = new Map<string, StoryMatch>();
  for (const match of articles) {
    if (match.kind === 'reuse') continue;
    const candidate = candidates.articles.find((entry) => entry.article.id === match.articleId);
    for (const storyId of candidate?.article.storyIds ?? []) {
      if (!stories.has(storyId))
        stories.set(storyId, { storyId, score: 0, matchedTerms: [], viaArticle: true });
    }
  }
  return [...stories.values()];
}

/**
 * The page's own words: its text without the paragraphs it shares with corpus articles, so a
 * quoted passage does not make a page a report of the quoted article's story.
 */
function ownWords(
  features: PageFeatures,
  articles: readonly ArticleMatch[],
): Pick<PageFeatures, 'foldedWords' | 'published' | 'terms'> {
  const shared = new Set(articles.flatMap((match) => match.passages.map((passage) => passage.pageParagraph)));
  if (shared.size === 0) return features;
  const text = features.paragraphs
    .filter((_, index) => !shared.has(index))
    .map((span) => features.text.slice(span.start, span.end))
    .join('\n\n');
  const tokens = tokenize(text);
  return {
    published: features.published,
    terms: storyTerms(text, tokens),
    foldedWords: ` ${tokens.map((token) => token.text).join(' ')} `,
  };
}

/**
 * Stories the page reports: the stories of an article it is or copies; otherwise the stories
 * its own words match by terms, strongest first.
 */
export function matchStories(
  features: PageFeatures,
  candidates: Candidates,
  articles: readonly ArticleMatch[],
): StoryMatch[] {
  const viaArticles = storiesOfArticles(candidates, articles);
  if (viaArticles.length > 0) {
    for (const match of viaArticles) {
      const candidate = candidates.stories.find((entry) => entry.story.id === match.storyId);
      if (!candidate) continue;
      const score = scoreStory(features, candidate);
      Object.assign(match, { score: score.score, matchedTerms: score.matchedTerms });
    }
    return viaArticles;
  }
  const own = ownWords(features, articles);
  const scored = candidates.stories
    .map((candidate) => ({ id: candidate.story.id, score: scoreStory(own, candidate) }))
    .filter(({ score }) => isStoryMatch(score))
    .sort((a, b) => b.score.score - a.score.score || a.id.localeCompare(b.id));
  const best = scored[0]?.score.score ?? 0;
  return scored
    .filter(({ score }) => score.score >= best * STORY_MIN_SHARE_OF_BEST)
    .map(({ id, score }) => ({
      storyId: id,
      score: score.score,
      matchedTerms: score.matchedTerms,
      viaArticle: false,
    }));
}

/**
 * Claims on the page. The claims of the page's own articles and stories are searched by every
 * method; of an article it only borrows passages from, only the claim quotes themselves (the
 * article's own words, exactly or nearly; not variants, which may be another article's words).
 */
function claimsOnPage(
  features: PageFeatures,
  candidates: Candidates,
  articles: readonly ArticleMatch[],
  stories: readonly StoryMatch[],
): ClaimHit[] {
  const ownArticles = new Set(
    articles.filter((match) => match.kind !== 'reuse').map((match) => match.articleId),
  );
  const ownStories = new Set(stories.map((match) => match.storyId));
  const own = candidates.claims.filter(
    (claim) => ownStories.has(claim.storyId) || claim.articleIds.some((id) => ownArticles.has(id)),
  );
  const hits = findClaims(features.text, own);
  const searched = new Set(own.map((claim) => claim.id));
  for (const match of articles.filter((entry) => entry.kind === 'reuse')) {
    const borrowed = candidates.claims.filter(
      (claim) => !searched.has(claim.id) && claim.articleIds.includes(match.articleId),
    );
    hits.push(
      ...findClaims(
        features.text,
        borrowed.map((claim) => ({ ...claim, variants: [] })),
        { byKeyFacts: false },
      ),
    );
    for (const claim of borrowed) searched.add(claim.id);
  }
  return hits.sort((a, b) => a.start - b.start || a.claimId.localeCompare(b.claimId));
}

/** The outlet of the most specific known domain of the page's host. */
function outletOf(features: PageFeatures, candidates: Candidates): string | null {
  for (const host of features.hosts) {
    const outlet = candidates.outlets.find((entry) => entry.domain === host);
    if (outlet) return outlet.outletId;
  }
  return null;
}

/**
 * Recognizes a page. The kind is the strongest article relation (exact, copy, reuse), else a
 * story matched by terms, else the outlet, else null. Claims are searched only in pages that
 * match an article or a story, and only among those articles' and stories' claims. A caller
 * that has already compared the candidate articles with the page passes their `articles`
 * matches, strongest first (as `matchArticles` answers them).
 */
export function recognize(
  features: PageFeatures,
  candidates: Candidates,
  articles: ArticleMatch[] = matchArticles(features, candidates.articles),
): Recognition {
  const stories = matchStories(features, candidates, articles);
  const outletId = outletOf(features, candidates);
  const strongestArticle = articles[0]?.kind ?? null;
  const kind: MatchKind | null =
    strongestArticle ?? (stories.length > 0 ? 'story' : outletId !== null ? 'outlet' : null);
  const claims = claimsOnPage(features, candidates, articles, stories);
  return { kind, outletId, articles, stories, claims };
}
