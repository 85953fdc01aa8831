/**
 * Recognition's tuning constants in one place. Changing any of the fingerprint constants
 * changes stored fingerprints: bump `FINGERPRINT_VERSION` and rebuild packs.
 */

/** Version of the stored fingerprint layout and of the constants below that shape it. */
export const FINGERPRINT_VERSION = 2;

/** Words per shingle: five words rarely repeat by chance but survive light edits between them. */
export const SHINGLE_WORDS = 5;

/** MinHash values per text: 128 gives a Jaccard estimate with a standard error of about 0.04. */
export const MINHASH_SIZE = 128;

/**
 * Winnowing window (in shingles) for corpus anchors. Every shared run of at least
 * `ANCHOR_WINDOW + SHINGLE_WORDS - 1` = 20 words yields a shared anchor; about one anchor per
 * 8.5 words. (A window of 24 saved a third of the anchors but missed single lifted paragraphs
 * of ~30 words on the labelled pages, which need two anchors to count as reuse.)
 */
export const ANCHOR_WINDOW = 16;

/**
 * Winnowing window of the anchors that go into the lookup index: a subset of the stored anchors
 * (a 24-window minimum is a minimum of every 16-window inside it), so every shared run of 28+
 * words still finds the article, for a third less index. Verification uses all stored anchors.
 */
export const INDEX_WINDOW = 24;

/**
 * Anchor buckets a lookup reads per pack (each read costs ~50 µs in Chromium); long pages
 * winnow their probe with a wider window to spread these over the whole text.
 */
export const PROBE_ANCHORS = 24;

/** Story-term buckets a lookup reads per pack: the page's strongest names and numbers first. */
export const PROBE_TERMS = 8;

/** Story terms kept per corpus article fingerprint. */
export const ARTICLE_TERMS = 12;

/** Anchors stored per article at most (very long articles keep the first ones). */
export const MAX_ARTICLE_ANCHORS = 1024;
