// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { foldUnit, normalizeForMatch } from '../../../lib/anchoring/normalize';
import { buildTextIndex, collectTextNodes, type TextIndex } from '../../../lib/anchoring/text-index';
import { sourcePages } from './edited-pages';
import { SEED, seedPage, seedText } from './seed-page';

/**
 * The index written the plain way, one UTF-16 unit at a time through `foldUnit`: the index copies
 * the units that do not fold in runs, and must give exactly this.
 */
function indexUnitByUnit(root: Node): Pick<TextIndex, 'text' | 'nodeOf' | 'offsetOf'> {
  const { nodes, breakBefore } = collectTextNodes(root);
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let pendingSpace: [number, number] | null = null;
  let spaceWanted = false;
  nodes.forEach((node, nodeIndex) => {
    if (breakBefore[nodeIndex]) spaceWanted = true;
    for (let offset = 0; offset < node.data.length; offset++) {
      const folded = foldUnit(node.data[offset]!);
      if (folded === '') continue;
      if (folded === ' ') {
        if (!spaceWanted) pendingSpace = [nodeIndex, offset];
        spaceWanted = true;
        continue;
      }
      if (spaceWanted && chars.length > 0) {
        const [spaceNode, spaceOffset] = pendingSpace ?? [nodeIndex, offset];
        chars.push(' ');
        nodeOf.push(spaceNode);
        offsetOf.push(spaceOffset);
      }
      spaceWanted = false;
      pendingSpace = null;
      chars.push(folded);
      nodeOf.push(nodeIndex);
      offsetOf.push(offset);
    }
  });
  return { text: chars.join(''), nodeOf: Uint32Array.from(nodeOf), offsetOf: Uint32Array.from(offsetOf) };
}

/** A body of the given text nodes and elements, built from `[tag, text]` pairs ('' for a bare text node). */
function bodyOf(parts: readonly (readonly [string, string])[]): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  for (const [tag, text] of parts) {
    if (tag === '') doc.body.append(doc.createTextNode(text));
    else if (tag === 'br') doc.body.append(doc.createElement('br'));
    else doc.body.append(Object.assign(doc.createElement(tag), { textContent: text }));
  }
  return doc.body;
}

describe('the page text index', () => {
  test.each(Object.values(SEED))(
    '%s: holds the article text once, normalized, and none of the noise',
    (id) => {
      const { doc } = seedPage(id);
      const index = buildTextIndex(doc.body);
      const article = normalizeForMatch(seedText(id));
      expect(index.text).toBe(article);
      expect(index.nodeOf).toHaveLength(index.text.length);
      expect(index.offsetOf).toHaveLength(index.text.length);
    },
  );

  test('every character maps back to the node and offset it came from', () => {
    const { doc } = seedPage(SEED.rhc);
    const index = buildTextIndex(doc.body);
    for (let at = 0; at < index.text.length; at++) {
      if (index.text[at] === ' ') continue;
      const node = index.nodes[index.nodeOf[at]!]!;
      const unit = node.data[index.offsetOf[at]!]!;
      expect(normalizeForMatch(unit) || unit).toBe(index.text[at]);
    }
  });

  test('blocks and <br> separate words; inline elements do not', () => {
    const doc = document.implementation.createHTMLDocument('t');
    const build = (tag: string, text: string) => {
      const el = doc.createElement(tag);
      el.textContent = text;
      return el;
    };
    const p = build('p', 'Raqq');
    p.appendChild(build('em', 'ah'));
    p.appendChild(doc.createElement('br'));
    p.appendChild(doc.createTextNode('Dresden'));
    doc.body.append(p, build('div', 'Panorama'), build('li', 'zoo'));
    expect(buildTextIndex(doc.body).text).toBe('Raqqah Dresden Panorama zoo');
  });

  test.each([
    ['no-break spaces and newlines', 'US-led\u00A0coalition\n\n  in   Syria', 'US-led coalition in Syria'],
    [
      'curly quotes and apostrophes',
      '\u201Csuspicious\u201D and the coalition\u2019s',
      '"suspicious" and the coalition\'s',
    ],
    ['dashes', '1,130\u20131,873 \u2014 SOHR', '1,130-1,873 - SOHR'],
    ['soft hyphens and zero-width characters', 'Raq\u00ADqah\u200B city', 'Raqqah city'],
  ])('folds %s', (_name, raw, folded) => {
    expect(normalizeForMatch(raw)).toBe(folded);
  });

  test.each(sourcePages().map((page) => [page.name, page.doc] as const))(
    '%s: the same text and map as folding unit by unit',
    (_name, doc) => {
      const index = buildTextIndex(doc.body);
      expect(index.text.length).toBeGreaterThan(500);
      expect({ ...index, nodes: undefined }).toEqual({ ...indexUnitByUnit(doc.body), nodes: undefined });
    },
  );

  test.each([
    ['folding units at both ends of a node', [['', '\u201CRaqqah\u201D']]],
    [
      'space runs across nodes',
      [
        ['', 'a  '],
        ['span', '\n\t '],
        ['', '  b'],
      ],
    ],
    ['an invisible unit between spaces', [['', 'a \u200B b\u00AD']]],
    [
      'a node of only spaces and invisibles',
      [
        ['p', 'x'],
        ['', ' \u200B\u00A0 '],
        ['p', 'y'],
      ],
    ],
    [
      'a line break inside a word',
      [
        ['', 'Raq'],
        ['br', ''],
        ['', 'qah\u2014city '],
      ],
    ],
    [
      'leading and trailing space',
      [
        ['p', '  \u2019start'],
        ['p', 'end\u2019  '],
      ],
    ],
    [
      'single spaces at the ends of nodes, beside breaks',
      [
        ['p', 'a '],
        ['', ' b'],
        ['br', ''],
        ['', ' c d '],
        ['span', 'e'],
        ['', ' f'],
      ],
    ],
    [
      'single spaces between words only',
      [
        ['p', 'one two three'],
        ['p', 'four five'],
      ],
    ],
    ['astral characters', [['', 'a\u{1F600} \u{1D400}b']]],
  ] as const)('%s: the same as folding unit by unit', (_name, parts) => {
    const body = bodyOf(parts);
    const index = buildTextIndex(body);
    expect(index.text).not.toBe('');
    expect({ ...index, nodes: undefined }).toEqual({ ...indexUnitByUnit(body), nodes: undefined });
  });
});
