/**
 * The re-anchoring benchmark's material: the two seed articles and several real news pages
 * (../shared/real-pages), quotes picked from their paragraphs by a seeded random generator, and
 * copies of each page edited the ways sites edit articles after a reader annotated them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuote, type TextSpan } from '../../../lib/anchoring/find-quote';
import { selectorsForSpan, spanFromRange, type NoteTarget } from '../../../lib/anchoring/selectors';
import { buildTextIndex, type TextIndex } from '../../../lib/anchoring/text-index';
import { SEED, seedPage } from './seed-page';

const realPagesDir = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'real-pages');

/** Real pages used: news articles in English and French, small to very large. */
export const REAL_PAGES = [
  'guardian-1',
  'bbc-1',
  'nytimes-1',
  'wapo-1',
  'lemonde-1',
  'ars-1',
  'seattletimes-1',
  'telegraph',
] as const;

/** A deterministic generator (mulberry32), so every run picks and edits the same quotes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A page to annotate. */
export interface SourcePage {
  name: string;
  doc: Document;
}

/** The seed articles and the real pages, parsed. */
export function sourcePages(): SourcePage[] {
  const seeds = [SEED.pressTv, SEED.rhc].map((id) => ({ name: id, doc: seedPage(id).doc }));
  const parser = new DOMParser();
  const real = REAL_PAGES.map((name) => ({
    name,
    doc: parser.parseFromString(readFileSync(join(realPagesDir, name, 'source.html'), 'utf8'), 'text/html'),
  }));
  return [...seeds, ...real];
}

/** A quote a reader might have saved: its paragraph (by document order) and its selectors. */
export interface PickedQuote {
  page: string;
  paragraph: number;
  target: NoteTarget;
}

/** The span of the index covering one element's text. */
export function elementSpan(index: TextIndex, element: Element): TextSpan | null {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  return spanFromRange(index, range);
}

const SENTENCE = /[^.!?]+[.!?]+["')\]]*/g;

/** One sentence (or, failing that, a run of words) of a paragraph's text, 40 to 240 characters. */
function pickPassage(text: string, random: () => number): { at: number; length: number } | null {
  const sentences = [...text.matchAll(SENTENCE)]
    .map((match) => ({
      at: match.index + (match[0].length - match[0].trimStart().length),
      s: match[0].trim(),
    }))
    .filter(({ s }) => s.length >= 40 && s.length <= 240);
  if (sentences.length > 0 && random() < 0.7) {
    const chosen = sentences[Math.floor(random() * sentences.length)]!;
    return { at: chosen.at, length: chosen.s.length };
  }
  const words = [...text.matchAll(/\S+/g)];
  const count = 7 + Math.floor(random() * 10);
  if (words.length < count) return null;
  const first = Math.floor(random() * (words.length - count));
  const last = words[first + count - 1]!;
  const at = words[first]!.index;
  const length = last.index + last[0].length - at;
  return length >= 40 ? { at, length } : null;
}

/** Up to `perPage` quotes from distinct paragraphs, each unique in its page. */
export function pickQuotes(page: SourcePage, perPage: number, random: () => number): PickedQuote[] {
  const index = buildTextIndex(page.doc.body);
  const paragraphs = [...page.doc.querySelectorAll('p')];
  const order = paragraphs.map((_, i) => i).sort(() => random() - 0.5);
  const picked: PickedQuote[] = [];
  for (const paragraph of order) {
    if (picked.length >= perPage) break;
    const span = elementSpan(index, paragraphs[paragraph]!);
    if (!span || span.end - span.start < 100) continue;
    const passage = pickPassage(index.text.slice(span.start, span.end), random);
    if (!passage) continue;
    const start = span.start + passage.at;
    const quoteSpan = { start, end: start + passage.length };
    const exact = index.text.slice(quoteSpan.start, quoteSpan.end);
    if (index.text.indexOf(exact) !== index.text.lastIndexOf(exact)) continue;
    picked.push({ page: page.name, paragraph, target: selectorsForSpan(index, quoteSpan) });
  }
  return picked;
}

/** Where an edited quote should be found in the edited page, or null when it was removed. */
export function expectedSpan(index: TextIndex, quote: PickedQuote, editedExact: string | null) {
  if (editedExact === null) return null;
  return findQuote(index, { ...quote.target.quote, exact: editedExact });
}
