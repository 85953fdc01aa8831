/**
 * The recognition result that travels from the background to the overlay. JSON-serializable:
 * only strings, numbers, booleans, nulls, arrays and plain objects.
 */

/** How strongly a page is recognized, strongest first (see README.md). */
export type MatchKind = 'exact' | 'copy' | 'reuse' | 'story' | 'outlet';

/** The kinds in order of strength. */
export const MATCH_KINDS: readonly MatchKind[] = ['exact', 'copy', 'reuse', 'story', 'outlet'];

/** A page passage that carries text of a corpus article passage. */
export interface PassageMapping {
  /** Span of the page passage in the extracted text. */
  pageStart: number;
  pageEnd: number;
  /** Index of the page paragraph. */
  pageParagraph: number;
  /** Index of the corpus article's paragraph (blank-line separated, in its text). */
  articleParagraph: number;
  /** Shared anchors behind the mapping (each stands for ~8 shared words). */
  sharedAnchors: number;
}

/** A corpus article whose text the page shares. */
export interface ArticleMatch {
  articleId: string;
  outletId: string;
  /** The strongest relation of the page to this article. */
  kind: 'exact' | 'copy' | 'reuse';
  /** The page URL or canonical URL is one of the article's. */
  urlMatch: boolean;
  /** Estimated Jaccard similarity of the two shingle sets (MinHash). */
  jaccard: number;
  /** Share of the article's anchors found in the page: how much of the article the page carries. */
  articleContainment: number;
  /** Share of the page's anchors found in the article: how much of the page is this article. */
  pageContainment: number;
  /** Shared anchors (distinct). */
  sharedAnchors: number;
  /** Page passages mapped to article passages, in page order. */
  passages: PassageMapping[];
}

/** A corpus story the page reports. */
export interface StoryMatch {
  storyId: string;
  /** Calibrated term score (see README.md); higher is stronger. */
  score: number;
  /** Why: the story terms found on the page (term keys such as `e:raka`, `n:4000`, or key-term phrases). */
  matchedTerms: string[];
  /** Whether the match came through a matched article rather than from terms alone. */
  viaArticle: boolean;
}

/** How a claim was found. */
export type ClaimMethod = 'exact' | 'approximate' | 'key-facts';

/** A known claim found on the page, anchored in the extracted text. */
export interface ClaimHit {
  claimId: string;
  /** Half-open span in the extracted text. */
  start: number;
  end: number;
  /** The page text of the span (a TextQuoteSelector's `exact`). */
  exact: string;
  /** Up to 32 characters before and after, for anchoring in the DOM. */
  prefix: string;
  suffix: string;
  method: ClaimMethod;
  /** 1 for exact; lower for approximate and key-fact matches. */
  score: number;
}

/** The recognition of one page. */
export interface Recognition {
  /** The strongest match, or null when the page is not recognized. */
  kind: MatchKind | null;
  /** The outlet the page's domain belongs to, if known. */
  outletId: string | null;
  /** Articles, strongest first. */
  articles: ArticleMatch[];
  /** Stories, strongest first. */
  stories: StoryMatch[];
  /** Claims found in the page, in page order. */
  claims: ClaimHit[];
}
