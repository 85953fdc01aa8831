/**
 * A searchable copy of a page's visible text: folded and whitespace-collapsed (see normalize.ts),
 * with a map from every character back to the DOM text node and offset it came from.
 */
import { FOLDING_RUNS, foldUnit } from './normalize';

/** The page's visible text, normalized, and where each character lives in the DOM. */
export interface TextIndex {
  /** Normalized text: whitespace collapsed to single spaces, quotes and dashes folded. */
  readonly text: string;
  /** The text nodes the characters come from, in document order. */
  readonly nodes: readonly Text[];
  /** For character i of `text`, the index in `nodes` of its node. */
  readonly nodeOf: Uint32Array;
  /** For character i of `text`, its UTF-16 offset in that node. */
  readonly offsetOf: Uint32Array;
}

/** Options for {@link buildTextIndex}. */
export interface TextIndexOptions {
  /** Extra elements to leave out, with their subtree. */
  skip?: (element: Element) => boolean;
}

/** Subtrees whose text is not article text a reader sees. Our own host shows only a shadow root. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'backstory-overlay',
]);

/** Elements that start a new line of text, so words on either side never run together. */
const BLOCKS = new Set(
  (
    'address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary ' +
    'table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** NodeFilter values, spelled out so the index works for documents of any window. */
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const TEXT_NODE = 3;

/** Hidden without asking for computed style, which would force a style pass per element. */
function isCheaplyHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = (element as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style?.display === 'none' || style?.visibility === 'hidden';
}

function isSkipped(element: Element, options: TextIndexOptions): boolean {
  return SKIPPED.has(element.localName) || isCheaplyHidden(element) || options.skip?.(element) === true;
}

function blockOf(node: Node, cache: Map<Node, Node | null>): Node | null {
  const parent = node.parentNode;
  if (!parent) return null;
  const cached = cache.get(parent);
  if (cached !== undefined) return cached;
  const block = BLOCKS.has((parent as Element).localName ?? '') ? parent : blockOf(parent, cache);
  cache.set(parent, block);
  return block;
}

/** The visible text nodes under `root`, each flagged when it starts a new block or follows a <br>. */
export function collectTextNodes(
  root: Node,
  options: TextIndexOptions = {},
): { nodes: Text[]; breakBefore: boolean[] } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, (node: Node) =>
    node.nodeType !== TEXT_NODE && isSkipped(node as Element, options) ? FILTER_REJECT : FILTER_ACCEPT,
  );
  const nodes: Text[] = [];
  const breakBefore: boolean[] = [];
  const blocks = new Map<Node, Node | null>();
  let lastBlock: Node | null = null;
  let pendingBreak = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE) {
      if ((node as Element).localName === 'br') pendingBreak = true;
      continue;
    }
    const block = blockOf(node, blocks);
    nodes.push(node as Text);
    breakBefore.push(pendingBreak || block !== lastBlock);
    lastBlock = block;
    pendingBreak = false;
  }
  return { nodes, breakBefore };
}

/**
 * Indexes the visible text under `root` (usually `document.body`). Only the runs that need folding
 * (`FOLDING_RUNS`) go unit by unit through `foldUnit`; the text between them is copied whole.
 * The page app indexes the page before its code is warm, and a call per character took 3.8 ms of
 * the 28 ms our scripts spent on the Press TV seed (CPU profile of an unminified build, 2026-11-22).
 */
export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  const { nodes, breakBefore } = collectTextNodes(root, options);
  const capacity = nodes.reduce((sum, node) => sum + node.data.length + 1, 0);
  const nodeOf = new Uint32Array(capacity);
  const offsetOf = new Uint32Array(capacity);
  const parts: string[] = [];
  let length = 0;
  const runs = new RegExp(FOLDING_RUNS);
  // A space is written only before the next visible character, so runs collapse and nothing trails.
  let pendingSpace: { node: number; offset: number } | null = null;
  let spaceWanted = false;
  /** Writes `text`, found at `offset` of node `node`, after the space it may be owed. */
  const write = (text: string, node: number, offset: number) => {
    if (spaceWanted && length > 0) {
      const at = pendingSpace ?? { node, offset };
      nodeOf[length] = at.node;
      offsetOf[length] = at.offset;
      parts.push(' ');
      length++;
    }
    spaceWanted = false;
    pendingSpace = null;
    nodeOf.fill(node, length, length + text.length);
    for (let unit = 0; unit < text.length; unit++) offsetOf[length + unit] = offset + unit;
    parts.push(text);
    length += text.length;
  };
  nodes.forEach((node, nodeIndex) => {
    if (breakBefore[nodeIndex]) spaceWanted = true;
    const data = node.data;
    let from = 0;
    runs.lastIndex = 0;
    for (let run = runs.exec(data); ; run = runs.exec(data)) {
      const runStart = run ? run.index : data.length;
      if (runStart > from) write(data.slice(from, runStart), nodeIndex, from);
      if (!run) break;
      from = runStart + run[0].length;
      for (let offset = runStart; offset < from; offset++) {
        const folded = foldUnit(data[offset]!);
        if (folded === ' ') {
          if (!spaceWanted) pendingSpace = { node: nodeIndex, offset };
          spaceWanted = true;
        } else if (folded !== '') write(folded, nodeIndex, offset);
      }
    }
  });
  return {
    text: parts.join(''),
    nodes,
    nodeOf: nodeOf.subarray(0, length),
    offsetOf: offsetOf.subarray(0, length),
  };
}
