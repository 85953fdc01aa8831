/**
 * Compares a page with one candidate article: MinHash Jaccard, anchor containment both ways,
 * URL identity and the page passages that carry the article's passages.
 */
import type { CandidateArticle } from './candidates';
import type { PageAnchor, PageFeatures } from './features';
import { estimateJaccard } from './minhash';
import { decodeFingerprint } from './stored-fingerprint';
import * as limits from './thresholds';
import type { ArticleMatch, PassageMapping } from './types';
import { urlKey } from './url';

/** The measures of a page against one article, before any decision. */
export type ArticleComparison = Omit<ArticleMatch, 'kind'> & {
  /** Most shared anchors close together on the page: 2+ means a shared passage, 1 may be chance. */
  densestCluster: number;
};

function urlMatches(features: PageFeatures, candidate: CandidateArticle): boolean {
  const { urls, canonicalUrl } = candidate.article;
  const keys = new Set([...urls, ...(canonicalUrl ? [canonicalUrl] : [])].map(urlKey));
  return features.urlKeys.some((key) => keys.has(key));
}

function passages(
  features: PageFeatures,
  shared: Array<{ anchor: PageAnchor; paragraph: number }>,
): PassageMapping[] {
  const groups = new Map<string, PassageMapping>();
  for (const { anchor, paragraph } of shared) {
    const key = `${anchor.paragraph}:${paragraph}`;
    const span = features.paragraphs[anchor.paragraph] ?? { start: anchor.start, end: anchor.end };
    const group = groups.get(key) ?? {
      pageStart: span.start,
      pageEnd: span.end,
      pageParagraph: anchor.paragraph,
      articleParagraph: paragraph,
      sharedAnchors: 0,
    };
    group.sharedAnchors++;
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => a.pageStart - b.pageStart || a.articleParagraph - b.articleParagraph,
  );
}

/** Measures the page against one article. */
export function compareWithArticle(features: PageFeatures, candidate: CandidateArticle): ArticleComparison {
  const { fingerprint, id, outletId } = candidate.article;
  const stored = decodeFingerprint(fingerprint);
  const paragraphOf = new Map<number, number>();
  stored.anchors.forEach((hash, index) => paragraphOf.set(hash, stored.paragraphOf[index] ?? 0));
  const shared = features.anchors.flatMap((anchor) => {
    const paragraph = paragraphOf.get(anchor.hash);
    return paragraph === undefined ? [] : [{ anchor, paragraph }];
  });
  const bothHaveText = features.distinctShingles > 0 && fingerprint.shingles > 0;
  return {
    articleId: id,
    outletId,
    urlMatch: urlMatches(features, candidate),
    jaccard: round(estimateJaccard(features.minhash, stored.signature, bothHaveText)),
    articleContainment: round(shared.length / Math.max(1, stored.anchors.length)),
    pageContainment: round(shared.length / Math.max(1, features.anchors.length)),
    sharedAnchors: shared.length,
    passages: passages(features, shared),
    densestCluster: densestCluster(shared.map(({ anchor }) => anchor.token)),
  };
}

/** The most shared anchors within `REUSE_CLUSTER_TOKENS` words of each other on the page. */
function densestCluster(tokens: number[]): number {
  const sorted = [...tokens].sort((a, b) => a - b);
  let best = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while ((sorted[to] ?? 0) - (sorted[from] ?? 0) > limits.REUSE_CLUSTER_TOKENS) from++;
    best = Math.max(best, to - from + 1);
  }
  return best;
}

/** The relation a comparison shows, or null when the page does not share the article's text. */
export function articleKind(comparison: ArticleComparison): ArticleMatch['kind'] | null {
  const {
    urlMatch,
    jaccard,
    articleContainment: inPage,
    pageContainment: ofPage,
    sharedAnchors,
  } = comparison;
  if (urlMatch) return 'exact';
  const enough = sharedAnchors >= limits.COPY_MIN_SHARED_ANCHORS;
  if (
    enough &&
    jaccard >= limits.EXACT_MIN_JACCARD &&
    inPage >= limits.EXACT_MIN_ARTICLE_CONTAINMENT &&
    ofPage >= limits.EXACT_MIN_PAGE_CONTAINMENT
  ) {
    return 'exact';
  }
  const mostOfPage =
    ofPage >= limits.COPY_MIN_PAGE_CONTAINMENT && inPage >= limits.COPY_MIN_ARTICLE_CONTAINMENT;
  if (enough && (mostOfPage || inPage >= limits.COPY_MIN_ARTICLE_CONTAINMENT_ALONE)) return 'copy';
  return comparison.densestCluster >= limits.REUSE_MIN_SHARED_ANCHORS ? 'reuse' : null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
