/**
 * What the background answers for a page and the overlay renders: the match, the outlet card,
 * the evidence, related reports and claims, with every cited source the card needs.
 */
import type { Claim, Outlet, RelatedReport, Source, Story } from './corpus/schema';

import type { MatchKind } from './recognition/types';

export type { MatchKind };

/** A quote the overlay can anchor in the page DOM. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A corpus article this page matches, with how much overlaps and which passages. */
export interface ArticleEvidence {
  articleId: string;
  title: string;
  outletName: string | null;
  published: string | null;
  url: string | null;
  relation: Exclude<MatchKind, 'outlet' | 'story'>;
  /** Estimated Jaccard similarity of word shingles, 0..1. */
  jaccard: number;
  /** Share of the corpus article's shingles found in the page, 0..1. */
  containment: number;
  /** Page passages found in this article, to mark in the page. */
  passages: QuoteSelector[];
}

/** A known claim found in the page. */
export interface ClaimEvidence {
  claim: Claim;
  /** Where it is in this page; null when only listed. */
  quote: QuoteSelector | null;
  method: 'exact' | 'approximate' | 'key-facts';
}

/** The whole report for one page. */
export interface PageReport {
  match: MatchKind;
  outlet: Outlet | null;
  articles: ArticleEvidence[];
  stories: Story[];
  /** Reports on the same story, most independent of the page's outlet first. */
  reports: RelatedReport[];
  claims: ClaimEvidence[];
  /** Every source cited by the records above, by id. */
  sources: Record<string, Source>;
}
