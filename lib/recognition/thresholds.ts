/**
 * Decision thresholds, calibrated on the labelled pages in tests/fixtures/recognition and the
 * 130 real pages (`npm run eval` prints the effect of every one of them).
 */

/**
 * Exact: the same text. Nearly all of the article is on the page (edits would remove anchors),
 * and the page adds little (captions, "Read more" lines and share bars stay under a quarter).
 */
export const EXACT_MIN_ARTICLE_CONTAINMENT = 0.9;
export const EXACT_MIN_PAGE_CONTAINMENT = 0.75;
export const EXACT_MIN_JACCARD = 0.7;

/** Copy: most of the page is the article and a real part of the article is on the page... */
export const COPY_MIN_PAGE_CONTAINMENT = 0.6;
export const COPY_MIN_ARTICLE_CONTAINMENT = 0.25;
/** ...or most of the article is on the page, whatever else the page carries. */
export const COPY_MIN_ARTICLE_CONTAINMENT_ALONE = 0.6;
/** Copies and exact matches need at least this many shared anchors (≈ 40 words). */
export const COPY_MIN_SHARED_ANCHORS = 5;

/** Reuse: at least this many shared anchors, two of them within `REUSE_CLUSTER_TOKENS` words. */
export const REUSE_MIN_SHARED_ANCHORS = 2;
export const REUSE_CLUSTER_TOKENS = 60;

/**
 * Story: minimum term score and minimum matched names, numbers and key phrases. On the labelled
 * pages, reports of a story score 22 or more and hard negatives 11.5 or less.
 */
export const STORY_MIN_SCORE = 16;
export const STORY_MIN_SPECIFIC = 4;
/** A second story must score at least this share of the best one (related stories share actors). */
export const STORY_MIN_SHARE_OF_BEST = 0.5;
/** Weight of a multi-word key term found as a phrase on the page. */
export const STORY_PHRASE_WEIGHT = 2;
/** A report of a story is published from a few days before its start to this long after its end. */
export const STORY_DAYS_BEFORE = 3;
export const STORY_DAYS_AFTER = 120;
