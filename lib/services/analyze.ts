/**
 * Answering "what is this page?" from the database: a cheap lookup by URL and domain first, then,
 * when the content script sends the page's HTML, extraction and recognition.
 */
import type { BackstoryDb } from '../db/database';
import { lookupKnownPage, recognizeExtracted } from '../db/recognition-store';
import { extractArticle } from '../extract/extract';
import { parseHtml } from '../extract/parse-html';
import { bareHost, hostCandidates, urlKey } from '../recognition/url';
import type { PageReport } from '../report';
import { outletById } from './corpus-cache';
import { buildReport, outletOnlyReport } from './report-builder';

/** What the cheap lookup answers: whether the URL is a corpus article's, and the outlet report. */
export interface LookupAnswer {
  knownUrl: boolean;
  /** The outlet-only report when the host is a known outlet's; null otherwise. */
  report: PageReport | null;
}

function keysFor(url: string, canonicalUrl: string | null): string[] {
  return [url, canonicalUrl]
    .map((raw) => (raw ? urlKey(raw) : null))
    .filter((key): key is string => key !== null);
}

function hostsFor(url: string): string[] {
  try {
    return hostCandidates(bareHost(new URL(url).hostname));
  } catch {
    return [];
  }
}

/** The cheap lookup: a handful of key reads. */
export async function lookupPage(
  db: BackstoryDb,
  url: string,
  canonicalUrl: string | null,
): Promise<LookupAnswer> {
  const known = await lookupKnownPage(db, keysFor(url, canonicalUrl), hostsFor(url));
  const outletId = known.outlets[0]?.outletId;
  const outlet = outletId ? await outletById(db, outletId) : undefined;
  return {
    knownUrl: known.articleIds.length > 0,
    report: outlet ? await outletOnlyReport(db, outlet) : null,
  };
}

/** The full report from the page's HTML; the outlet-only report when the page has no article. */
export async function analyzePage(
  db: BackstoryDb,
  url: string,
  canonicalUrl: string | null,
  html: string | null,
): Promise<PageReport | null> {
  const extracted = html ? extractArticle(parseHtml(html), { url }) : null;
  if (!extracted) return (await lookupPage(db, url, canonicalUrl)).report;
  const withCanonical = { ...extracted, canonicalUrl: extracted.canonicalUrl ?? canonicalUrl };
  const { recognition, features, records } = await recognizeExtracted(db, withCanonical, url);
  return buildReport(db, recognition, features.text, records);
}
