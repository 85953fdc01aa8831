// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../../lib/anchoring/normalize';
import { buildTextIndex } from '../../../lib/anchoring/text-index';
import { SEED, seedPage, seedText } from './seed-page';

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
});
