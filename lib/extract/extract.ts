/**
 * Article extraction with Readability, for the background (on a parsed copy of the page) and
 * for tests and scripts (on linkedom documents). Only Readability's text is used, never its HTML.
 */
import { Readability } from '@mozilla/readability';
import { blockText } from './block-text';
import { elementCount } from './gate-signals';
import { guessLanguage, primaryLanguage } from './language';
import { declaredMetadata, isoDate } from './metadata';
import type { ExtractedPage } from './types';

/** Limits that keep extraction bounded on huge pages. */
export interface ExtractOptions {
  /** The page's address, to resolve a relative canonical link. */
  url?: string | null;
  /** Readability gives up (and extraction returns null) above this many elements. */
  maxElements?: number;
  /** Text beyond this many characters is cut at a paragraph boundary. */
  maxTextLength?: number;
}

/** Defaults sized for news pages: real articles stay far below both. */
export const EXTRACT_LIMITS = { maxElements: 30_000, maxTextLength: 200_000 } as const;

/**
 * Extracts the article of `doc`, or returns null when there is none (or the page is too big).
 * Readability rewrites the document it reads: pass a copy if the document is still shown.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedPage | null {
  const maxElements = options.maxElements ?? EXTRACT_LIMITS.maxElements;
  // Readability has the same check, but counts with getElementsByTagName('*'), which linkedom gets wrong.
  if (elementCount(doc) > maxElements) return null;
  const declared = declaredMetadata(doc, options.url ?? null);
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    const reader = new Readability<Node>(doc, {
      maxElemsToParse: maxElements,
      serializer: (node: Node) => node,
    });
    parsed = reader.parse();
  } catch {
    return null; // Readability throws above maxElemsToParse, and on some malformed documents
  }
  if (!parsed?.content) return null;
  const text = capLength(blockText(parsed.content), options.maxTextLength ?? EXTRACT_LIMITS.maxTextLength);
  if (!text) return null;
  return {
    title: (parsed.title ?? '').trim(),
    text,
    byline: parsed.byline?.trim() || null,
    lang: declared.lang ?? primaryLanguage(parsed.lang) ?? guessLanguage(text),
    published: declared.published ?? isoDate(parsed.publishedTime),
    canonicalUrl: declared.canonicalUrl,
    siteName: declared.siteName ?? (parsed.siteName?.trim() || null),
  };
}

function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n\n', max);
  return text.slice(0, cut > 0 ? cut : max);
}
