/**
 * Page metadata read straight from the document head, before Readability rewrites the DOM.
 */
import { primaryLanguage } from './language';

/** Metadata that markup declares (each null when absent). */
export interface DeclaredMetadata {
  canonicalUrl: string | null;
  lang: string | null;
  published: string | null;
  siteName: string | null;
}

function attribute(doc: Document, selector: string, name: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

/** Resolves `href` against `base` to an absolute http(s) URL, or null. */
export function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `YYYY-MM-DD` from an ISO-like date string, or null. */
export function isoDate(value: string | null | undefined): string | null {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="citation_publication_date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

/** Reads canonical URL, language, publication date and site name declared in `doc`. */
export function declaredMetadata(doc: Document, pageUrl: string | null): DeclaredMetadata {
  const canonicalHref =
    attribute(doc, 'link[rel~="canonical"]', 'href') ?? attribute(doc, 'meta[property="og:url"]', 'content');
  let published: string | null = null;
  for (const selector of PUBLISHED_SELECTORS) {
    published = isoDate(attribute(doc, selector, 'content'));
    if (published) break;
  }
  published ??= isoDate(attribute(doc, 'time[datetime]', 'datetime'));
  return {
    canonicalUrl: absoluteUrl(canonicalHref, pageUrl),
    lang:
      primaryLanguage(doc.documentElement?.getAttribute('lang')) ??
      primaryLanguage(attribute(doc, 'meta[http-equiv="content-language" i]', 'content')) ??
      primaryLanguage(attribute(doc, 'meta[property="og:locale"]', 'content')),
    published,
    siteName: attribute(doc, 'meta[property="og:site_name"]', 'content'),
  };
}
