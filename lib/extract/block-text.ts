/**
 * Plain text of an element with paragraph structure kept: block elements become paragraphs
 * separated by blank lines, `<br>` a line break. `textContent` alone would glue the last word
 * of one paragraph to the first of the next when the HTML has no whitespace between them.
 */

const BLOCKS = new Set(
  `address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form
  h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul`
    .split(/\s+/)
    .filter(Boolean),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The text of `root`, one paragraph per block, paragraphs separated by a blank line. */
export function blockText(root: Node): string {
  const out: string[] = [];
  // Depth-first walk with an explicit stack ("BREAK" markers close blocks), safe for deep trees.
  const stack: Array<Node | 'BREAK'> = [root];
  while (stack.length) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === 'BREAK') {
      out.push('\n\n');
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      out.push((item.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const tag = (item as Element).tagName.toLowerCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    const isBlock = BLOCKS.has(tag);
    if (isBlock) {
      out.push('\n\n');
      stack.push('BREAK');
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return tidy(out.join(''));
}

/** Trims every line and keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
