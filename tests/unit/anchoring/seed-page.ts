/** Seed articles from assets/corpus as HTML pages, the way a news site would lay them out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const articlesDir = join(import.meta.dirname, '..', '..', '..', 'assets', 'corpus', 'articles');

/** The seed articles' text files. */
export const SEED = {
  pressTv: 'press-tv-2017-10-syria-unsc-letters',
  rhc: 'rhc-2018-11-raqqa-probe',
} as const;

/** A seed article's full text. */
export function seedText(id: string): string {
  return readFileSync(join(articlesDir, `${id}.txt`), 'utf8');
}

/** Builds safe DOM from text without parsing markup: a title and one <p> per paragraph. */
function appendArticle(doc: Document, text: string): HTMLElement {
  const [title = '', ...paragraphs] = text.split(/\n\s*\n/);
  const article = doc.createElement('article');
  const heading = doc.createElement('h1');
  heading.textContent = title.trim();
  article.appendChild(heading);
  for (const paragraph of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = paragraph.trim();
    article.appendChild(p);
  }
  doc.body.appendChild(article);
  return article;
}

/**
 * Replaces the first occurrence of `words` in the article with markup made by `wrap` (e.g. split
 * across <em> and <a>), as a site's editor would. Returns the element now holding the words.
 */
export function rewrap(
  article: HTMLElement,
  words: string,
  wrap: (doc: Document, words: string) => Node[],
): Element {
  for (const p of article.querySelectorAll('p, h1')) {
    const text = p.firstChild;
    if (!(text instanceof Text)) continue;
    const at = text.data.indexOf(words);
    if (at < 0) continue;
    const rest = text.splitText(at);
    const after = rest.splitText(words.length);
    for (const node of wrap(p.ownerDocument, words)) p.insertBefore(node, after);
    rest.remove();
    return p;
  }
  throw new Error(`"${words}" not found`);
}

/**
 * A page holding the seed article, with the usual noise around it: scripts, styles, hidden bits,
 * our host. Built in a fresh document unless `doc` is given (its body is emptied first).
 */
export function seedPage(
  id: string,
  doc: Document = document.implementation.createHTMLDocument('seed'),
): { doc: Document; article: HTMLElement } {
  const text = seedText(id);
  doc.body.replaceChildren();
  const noise = (tag: string, content: string, setup?: (el: HTMLElement) => void) => {
    const el = doc.createElement(tag);
    el.textContent = content;
    setup?.(el);
    doc.body.appendChild(el);
  };
  const sample = text.split('\n')[2]!.slice(0, 60);
  noise('script', `var s = "${sample}";`);
  noise('style', `p::after { content: "${sample}" }`);
  noise('noscript', sample);
  noise('div', sample, (el) => (el.hidden = true));
  noise('div', sample, (el) => (el.style.display = 'none'));
  noise('backstory-overlay', sample);
  const article = appendArticle(doc, text);
  return { doc, article };
}
