/** Cheap facts about the page, read without walking the whole DOM. */

/** What the content script reads before deciding whether to do anything costly. */
export interface PageSignals {
  url: string;
  canonicalUrl: string | null;
  title: string;
  /** `og:type` is article, or JSON-LD declares an article type. */
  articleMarkup: boolean;
}

const ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(News|Report|Scholarly|Blog|Tech)?Article"/;

function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads the page's URL, canonical link, title and article markup. */
export function readSignals(doc: Document): PageSignals {
  const url = doc.location.href;
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical" i]')?.getAttribute('href');
  const ogType = doc.querySelector('meta[property="og:type" i]')?.getAttribute('content') ?? '';
  const ldScripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  const ldArticle = [...ldScripts].some((script) =>
    ARTICLE_LD.test(script.textContent?.slice(0, 20_000) ?? ''),
  );
  return {
    url,
    canonicalUrl: absoluteHttpUrl(canonical, url),
    title: doc.title.slice(0, 2000),
    articleMarkup: ogType.toLowerCase() === 'article' || ldArticle,
  };
}
