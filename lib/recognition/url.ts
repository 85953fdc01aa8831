/**
 * URL and host keys. Two addresses of one article rarely match byte for byte (http/https,
 * `www.`, tracking parameters, trailing slashes, case), so both sides are reduced to a key first.
 */

// Parameters that identify a visit or a campaign, never the article.
const TRACKING =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|at_.*|_ga|share|s)$/i;

/**
 * The comparison key of an http(s) URL: lowercase host without `www.`, path without trailing
 * slash, tracking parameters dropped, others sorted; no scheme or fragment. Null if not http(s).
 */
export function urlKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = bareHost(parsed.hostname);
  const path = parsed.pathname.replace(/\/+$/, '') || '';
  const params = [...parsed.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${path}${query}`.toLowerCase();
}

/** A host name in lowercase without a leading `www.` and trailing dot. */
export function bareHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\d*\./, '');
}

/**
 * The host and each parent domain with at least two labels, most specific first:
 * `www.en.presstv.co.uk` → `en.presstv.co.uk`, `presstv.co.uk`, `co.uk`. Outlets are looked up
 * by all of them, so subdomains and `www.` variants of a known domain are recognized.
 */
export function hostCandidates(host: string): string[] {
  const labels = bareHost(host).split('.').filter(Boolean);
  if (labels.length < 2 || /^\d+$/.test(labels.at(-1) ?? '')) return labels.length ? [labels.join('.')] : [];
  const candidates: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) candidates.push(labels.slice(i).join('.'));
  return candidates;
}

/** The host of an http(s) URL, or null. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}
