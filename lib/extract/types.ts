/** What extraction returns for a page: the article's text and metadata, nothing of its HTML. */
export interface ExtractedPage {
  /** The article title (site suffixes removed by Readability). */
  title: string;
  /** Plain text of the article body, paragraphs separated by blank lines. */
  text: string;
  byline: string | null;
  /** Two-letter language code from markup, or guessed from the text; null if unknown. */
  lang: string | null;
  /** Publication date as `YYYY-MM-DD`, from article metadata; null if unknown. */
  published: string | null;
  /** Absolute canonical URL (`<link rel=canonical>` or `og:url`); null if none. */
  canonicalUrl: string | null;
  siteName: string | null;
}
