/**
 * Page features: the page's text profile plus its URLs, hosts, date and story terms, computed
 * once after extraction and used for the lookup probe and for the decision.
 */
import type { ExtractedPage } from '../extract/types';
import type { Span } from '../text/spans';
import { dateInUrl } from './dates';
import { storyTerms, type WeightedTerm } from './terms';
import { profileText } from './text-profile';
import { hostCandidates, hostOf, urlKey } from './url';

/** A page anchor: a winnowed shingle with its span in the page text. */
export interface PageAnchor {
  hash: number;
  /** Source span of the shingle's words in `PageFeatures.text`. */
  start: number;
  end: number;
  /** Index of the page paragraph it starts in. */
  paragraph: number;
  /** Index of its first token. */
  token: number;
}

/** Everything recognition knows about a page. Plain data (arrays and strings). */
export interface PageFeatures {
  /** The address the page was served at. */
  url: string;
  /** Comparison keys of the page URL and its canonical URL (deduplicated). */
  urlKeys: string[];
  /** The page host and its parent domains, most specific first. */
  hosts: string[];
  title: string;
  /** The extracted article text all offsets refer to. */
  text: string;
  lang: string | null;
  /** `YYYY-MM-DD` from metadata, else from a date in the URL; null if unknown. */
  published: string | null;
  words: number;
  distinctShingles: number;
  /** Full 32-bit MinHash signature. */
  minhash: number[];
  /** Anchors at the corpus window, each hash once. */
  anchors: PageAnchor[];
  /** Shingle hashes with function-word shingles masked (for probe winnowing). */
  anchorable: number[];
  paragraphs: Span[];
  /** Story terms, strongest first. */
  terms: WeightedTerm[];
  /** The folded words of the text, space-separated with a space at each end (for phrase search). */
  foldedWords: string;
}

/** Computes the features of an extracted page served at `url`. */
export function pageFeatures(extracted: ExtractedPage, url: string): PageFeatures {
  const profile = profileText(extracted.text);
  const keys = [urlKey(url), extracted.canonicalUrl ? urlKey(extracted.canonicalUrl) : null];
  const host = hostOf(url);
  return {
    url,
    urlKeys: [...new Set(keys.filter((key): key is string => key !== null))],
    hosts: host ? hostCandidates(host) : [],
    title: extracted.title,
    text: extracted.text,
    lang: extracted.lang,
    published: extracted.published ?? dateInUrl(url) ?? dateInUrl(extracted.canonicalUrl ?? ''),
    words: profile.tokens.length,
    distinctShingles: profile.distinctShingles,
    minhash: Array.from(profile.signature),
    anchors: profile.anchors.map((anchor) => {
      const first = profile.tokens[anchor.token];
      const last = profile.tokens[Math.min(anchor.token + 4, profile.tokens.length - 1)];
      return {
        hash: anchor.hash,
        start: first?.start ?? 0,
        end: last?.end ?? 0,
        paragraph: anchor.paragraph,
        token: anchor.token,
      };
    }),
    anchorable: Array.from(profile.anchorable),
    paragraphs: profile.paragraphs,
    terms: storyTerms(extracted.text, profile.tokens),
    foldedWords: ` ${profile.tokens.map((token) => token.text).join(' ')} `,
  };
}

/** Features of a page whose text could not be extracted: only its URLs and host count. */
export function urlOnlyFeatures(url: string, canonicalUrl: string | null = null): PageFeatures {
  return pageFeatures(
    { title: '', text: '', byline: null, lang: null, published: null, canonicalUrl, siteName: null },
    url,
  );
}
