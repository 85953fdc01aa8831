/** The page's address, canonical link and title: read without walking the DOM. */

/** What the content script sends with every question about the page. */
export interface PageSignals {
  url: string;
  canonicalUrl: string | null;
  title: string;
}

function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads the page's URL, canonical link and title. */
export function readSignals(doc: Document): PageSignals {
  const url = doc.location.href;
  // The canonical link belongs in <head>: looking only there spares a walk of the whole page
  // when there is none (a millisecond on a 100,000-element page).
  const canonical = (doc.head ?? doc)
    .querySelector<HTMLLinkElement>('link[rel="canonical" i]')
    ?.getAttribute('href');
  return { url, canonicalUrl: absoluteHttpUrl(canonical, url), title: doc.title.slice(0, 2000) };
}
