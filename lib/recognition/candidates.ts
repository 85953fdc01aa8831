/**
 * Candidate records: what the lookup (`lib/db/recognition-store.ts`) hands to `recognize`.
 * Plain data, so tests can build candidates from a pack without a database.
 */
import type { Article, Claim, Story } from '../corpus/schema';

/** A corpus article the probe pointed at, with why. */
export interface CandidateArticle {
  article: Pick<
    Article,
    'id' | 'outletId' | 'title' | 'language' | 'urls' | 'canonicalUrl' | 'storyIds' | 'fingerprint'
  > & {
    published: { date?: string | null } | null;
  };
  /** Probe anchors found in this article's index entries. */
  anchorHits: number;
  /** A probe URL hash pointed at it (recognize still compares the URLs themselves). */
  urlHit: boolean;
}

/** A corpus story the probe's terms pointed at, or the story of a candidate article. */
export interface CandidateStory {
  story: Pick<Story, 'id' | 'title' | 'start' | 'end' | 'keyTerms' | 'linkedStoryIds'>;
  /** Probe terms indexed for this story, with their corpus weights. */
  termHits: { key: string; weight: number }[];
}

/** A claim that may occur on the page. */
export type CandidateClaim = Pick<Claim, 'id' | 'storyId' | 'articleIds' | 'quote' | 'variants'>;

/** An outlet known for one of the page's hosts. */
export interface CandidateOutlet {
  outletId: string;
  /** The domain that matched (the page host or a parent of it). */
  domain: string;
}

/** Everything the lookup found for a page. */
export interface Candidates {
  /** Outlets by domain, most specific domain first. */
  outlets: CandidateOutlet[];
  articles: CandidateArticle[];
  stories: CandidateStory[];
  claims: CandidateClaim[];
}

/** An empty candidate set (nothing known). */
export function noCandidates(): Candidates {
  return { outlets: [], articles: [], stories: [], claims: [] };
}
