/**
 * Edits a site makes to an article after a reader annotated it, applied to a copy of the page
 * around each picked quote. Each edit answers the quote's new text (null when it is gone), so the
 * benchmark knows where the note belongs in the edited page.
 */
import { buildTextIndex, type TextIndex } from '../../../lib/anchoring/text-index';
import type { PickedQuote, SourcePage } from './edited-pages';

/** The kinds of edit measured. */
export const EDIT_KINDS = [
  'unchanged',
  'reflowed',
  'inserted',
  'deleted',
  'changed',
  'two words',
  'reordered',
  'restructured',
  'edited and reordered',
  'removed',
] as const;

/** One kind of edit. */
export type EditKind = (typeof EDIT_KINDS)[number];

const INSERTED = ['reportedly', 'also', 'later', 'officially', 'still', 'newly'];
const REPLACEMENTS = ['stated', 'many', 'earlier', 'major', 'two', 'recent'];

type Random = () => number;
const choose = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** A word of the quote lying in one text node together with the space after it. */
interface EditableWord {
  wordStart: number;
  wordEnd: number;
  node: Text;
  offset: number;
}

/** The quote's words (not the first or last) that can be edited in place, in random order. */
function editableWords(index: TextIndex, quote: PickedQuote, random: Random): EditableWord[] {
  const { start, end } = quote.target.position;
  const starts: number[] = [];
  for (let at = start + 1; at < end; at++)
    if (index.text[at - 1] === ' ' && index.text[at] !== ' ') starts.push(at);
  const words: EditableWord[] = [];
  for (const wordStart of starts.slice(0, -1).sort(() => random() - 0.5)) {
    let wordEnd = wordStart;
    while (index.text[wordEnd] !== ' ') wordEnd++;
    const node = index.nodeOf[wordStart]!;
    const offset = index.offsetOf[wordStart]!;
    let together = true;
    for (let at = wordStart; at <= wordEnd; at++)
      together &&= index.nodeOf[at] === node && index.offsetOf[at] === offset + (at - wordStart);
    if (together) words.push({ wordStart, wordEnd, node: index.nodes[node]!, offset });
  }
  return words;
}

type WordEdit = 'inserted' | 'deleted' | 'changed';
const WORD_EDITS: readonly WordEdit[] = ['inserted', 'deleted', 'changed'];

/** Applies one word edit in the page and to the quote's text; answers the new text. */
function applyWordEdit(
  exact: string,
  quoteStart: number,
  word: EditableWord,
  edit: WordEdit,
  random: Random,
) {
  const at = word.wordStart - quoteStart;
  const length = word.wordEnd - word.wordStart;
  if (edit === 'inserted') {
    const added = `${choose(INSERTED, random)} `;
    word.node.insertData(word.offset, added);
    return exact.slice(0, at) + added + exact.slice(at);
  }
  if (edit === 'deleted') {
    word.node.deleteData(word.offset, length + 1);
    return exact.slice(0, at) + exact.slice(at + length + 1);
  }
  const original = exact.slice(at, at + length);
  const replacement = choose(
    REPLACEMENTS.filter((candidate) => candidate !== original),
    random,
  );
  word.node.replaceData(word.offset, length, replacement);
  return exact.slice(0, at) + replacement + exact.slice(at + length);
}

/** Applies word edits to distinct words of the quote, the last word first so offsets hold. */
function editWords(index: TextIndex, quote: PickedQuote, edits: WordEdit[], random: Random): string {
  const words = editableWords(index, quote, random)
    .slice(0, edits.length)
    .sort((a, b) => b.wordStart - a.wordStart);
  let exact = quote.target.quote.exact;
  words.forEach((word, i) => {
    exact = applyWordEdit(exact, quote.target.position.start, word, edits[i]!, random);
  });
  return exact;
}

const WHITESPACE_VARIANTS = ['\n', '  ', '\n      ', ' \n\t', '\u00A0', '\r\n  '];

/** Every whitespace run in the page's text becomes another mix of spaces, tabs and line breaks. */
function reflow(doc: Document, random: Random): void {
  const walker = doc.createTreeWalker(doc.body, 0x4);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    node.data = node.data.replace(/\s+/g, () => (random() < 0.5 ? ' ' : choose(WHITESPACE_VARIANTS, random)));
  }
}

/** Shuffles the paragraphs of each quoted paragraph's parent (never leaving them in order). */
function reorder(paragraphs: Element[], random: Random): void {
  for (const parent of new Set(paragraphs.map((p) => p.parentElement!))) {
    const children = [...parent.children].filter((child) => child.localName === 'p');
    const shuffled = [...children].sort(() => random() - 0.5);
    const order = shuffled.every((child, i) => child === children[i]) ? shuffled.reverse() : shuffled;
    for (const child of order) parent.appendChild(child);
  }
}

/** Wraps a few of the quote's words in <em><a>, and the paragraph in a <div><span> instead of a <p>. */
function restructure(index: TextIndex, quote: PickedQuote, paragraph: Element, random: Random): void {
  const [word] = editableWords(index, quote, random);
  const doc = paragraph.ownerDocument;
  if (word) {
    const inner = word.node.splitText(word.offset);
    inner.splitText(word.wordEnd - word.wordStart);
    const em = doc.createElement('em');
    const link = doc.createElement('a');
    link.setAttribute('href', 'https://example.org/');
    em.appendChild(link);
    inner.replaceWith(em);
    link.appendChild(inner);
  }
  const div = doc.createElement('div');
  div.className = 'article-body__paragraph';
  const span = doc.createElement('span');
  span.append(...paragraph.childNodes);
  div.appendChild(span);
  paragraph.replaceWith(div);
}

/** A banner and a timestamp at the top of the page: every saved position moves. */
function addBanner(doc: Document): void {
  const banner = doc.createElement('div');
  const p = doc.createElement('p');
  p.textContent = 'Breaking: this story has been updated with new information. Subscribe for alerts.';
  const time = doc.createElement('span');
  time.textContent = 'Updated 3 minutes ago';
  banner.append(p, time);
  doc.body.prepend(banner);
}

/** A copy of the page with one kind of edit around every quote, and each quote's new text. */
export function editPage(page: SourcePage, quotes: PickedQuote[], kind: EditKind, random: Random) {
  const doc = page.doc.cloneNode(true) as Document;
  const all = [...doc.querySelectorAll('p')];
  const paragraphs = quotes.map((quote) => all[quote.paragraph]!);
  const index = buildTextIndex(doc.body);
  let edited: (string | null)[] = quotes.map((quote) => quote.target.quote.exact);
  if (kind === 'inserted' || kind === 'deleted' || kind === 'changed')
    edited = quotes.map((quote) => editWords(index, quote, [kind], random));
  else if (kind === 'two words')
    edited = quotes.map((quote) => editWords(index, quote, ['changed', 'deleted'], random));
  else if (kind === 'edited and reordered') {
    edited = quotes.map((quote) => editWords(index, quote, [choose(WORD_EDITS, random)], random));
    reorder(paragraphs, random);
  } else if (kind === 'unchanged') addBanner(doc);
  else if (kind === 'reflowed') reflow(doc, random);
  else if (kind === 'reordered') reorder(paragraphs, random);
  else if (kind === 'restructured')
    quotes.forEach((quote, i) => restructure(index, quote, paragraphs[i]!, random));
  else if (kind === 'removed') {
    for (const paragraph of paragraphs) paragraph.remove();
    edited = quotes.map(() => null);
  }
  return { doc, edited };
}
