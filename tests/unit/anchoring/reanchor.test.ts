import { describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../../lib/anchoring/normalize';
import { reanchor } from '../../../lib/anchoring/reanchor';
import { selectorsForSpan, type NoteTarget } from '../../../lib/anchoring/selectors';
import { SEED, seedText } from './seed-page';

/** A seed article as the text index would hold it: whitespace collapsed, paragraphs one space apart. */
const page = (id: string) => ({ text: normalizeForMatch(seedText(id)) });
const rhc = page(SEED.rhc);
const pressTv = page(SEED.pressTv);

/** The selectors a reader's selection of the `nth` occurrence of `words` would have produced. */
function savedOn(text: string, words: string, nth = 0): NoteTarget {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" #${nth} not in the text`);
  return selectorsForSpan({ text }, { start: at, end: at + words.length });
}

/** The page after an edit: `from` replaced by `to` (once). */
const edited = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`"${from}" not in the text`);
  return { text: text.replace(from, to) };
};

describe('re-anchoring: the exact quote', () => {
  const phrase = 'U.S.-led coalition';
  const count = rhc.text.split(phrase).length - 1;

  test.each(Array.from({ length: count }, (_, nth) => nth))(
    'occurrence %i of a repeated phrase comes back to itself by its prefix and suffix',
    (nth) => {
      const target = savedOn(rhc.text, phrase, nth);
      // Text added at the top moves every saved position; the context still decides.
      const moved = { text: `Breaking: updated. ${rhc.text}` };
      const anchor = reanchor(moved, target);
      expect(anchor).toMatchObject({ method: 'quote', errors: 0 });
      expect(anchor!.start).toBe(target.position.start + 'Breaking: updated. '.length);
    },
  );

  test('identical context: the saved position breaks the tie', () => {
    const text = 'Read more. Share this. '.repeat(5);
    const target = savedOn(text, 'Share this.', 3);
    expect(reanchor({ text }, target)?.start).toBe(target.position.start);
  });
});

describe('re-anchoring: the saved position', () => {
  test.each([
    [
      'a space lost between two inline elements',
      "next to the Children's Hospital",
      "next to theChildren's Hospital",
    ],
    ['a space added inside a word split by markup', 'white phosphorus bombs', 'white phos phorus bombs'],
  ])('%s: found where it was, ignoring spaces', (_name, quote, now) => {
    const target = savedOn(rhc.text, quote);
    const anchor = reanchor(edited(rhc.text, quote, now), target);
    expect(anchor).toMatchObject({ method: 'position', start: target.position.start });
    expect(anchor!.end - anchor!.start).toBe(now.length);
  });
});

describe('re-anchoring: approximate matches of edited quotes', () => {
  test.each([
    [
      'a word inserted',
      'proof of bloody carnage committed by the military alliance',
      'proof of the bloody carnage committed by the military alliance',
    ],
    [
      'a word deleted',
      'were proof of bloody carnage committed by the military alliance',
      'were proof of carnage committed by the military alliance',
    ],
    [
      'a word changed',
      'the rotating president of the UN Security Council Ma Zhaoxu',
      'the rotating chair of the UN Security Council Ma Zhaoxu',
    ],
    [
      'another spelling',
      'mass graves uncovered in the northwestern city of Raqqah',
      'mass graves uncovered in the northwestern city of Raqqa',
    ],
    [
      'other letter case',
      'Another mass grave was uncovered yesterday in Panorama district',
      'ANOTHER MASS GRAVE WAS UNCOVERED YESTERDAY IN PANORAMA DISTRICT',
    ],
    [
      'a number corrected',
      'The bodies of more than 4,000 people, mostly women, children and the elderly',
      'The bodies of more than 3,000 people, mostly women, children and the elderly',
    ],
  ])('%s', (_name, quote, now) => {
    const target = savedOn(rhc.text, quote);
    const page = edited(rhc.text, quote, now);
    const anchor = reanchor(page, target);
    expect(anchor?.method).toBe('approximate');
    expect(page.text.slice(anchor!.start, anchor!.end)).toBe(now);
  });

  test('Press TV: a claim edited by the outlet is still found', () => {
    const quote = 'been largely incapable of achieving its declared goal of destroying Daesh';
    const target = savedOn(pressTv.text, quote);
    const now = 'been largely unable to achieve its declared goal of destroying Daesh';
    const page = edited(pressTv.text, quote, now);
    const anchor = reanchor(page, target);
    expect(page.text.slice(anchor!.start, anchor!.end)).toBe(now);
  });
});

describe('re-anchoring: orphans are left orphaned, never pinned to other words', () => {
  test.each([
    ['its sentence was removed', 'The letters then censured the silence of some countries', ''],
    [
      'its sentence was rewritten',
      'The military alliance has repeatedly been accused of targeting and killing civilians.',
      'Officials in Washington have rejected the accusations as propaganda.',
    ],
    ['a short quote whose words changed', 'Ma Zhaoxu', 'Zhang Jun'],
  ])('%s', (_name, quote, now) => {
    const target = savedOn(rhc.text, quote);
    expect(reanchor(edited(rhc.text, quote, now), target)).toBeNull();
  });

  test('a removed byline is not pinned to a near-identical byline elsewhere on the page', () => {
    const original = {
      text: 'Comments. Post Contributor Badge This commenter is a Washington Post contributor. Post contributors are not staff. Post Writer Badge This commenter is a Washington Post editor, reporter or producer. More.',
    };
    const target = savedOn(original.text, 'This commenter is a Washington Post contributor.');
    const page = edited(original.text, 'This commenter is a Washington Post contributor. ', '');
    expect(reanchor(page, target)).toBeNull();
  });

  test('a quote from another article is not found', () => {
    const target = savedOn(
      pressTv.text,
      'The Russian Defense Ministry also accused the West of having rushed to provide aid',
    );
    expect(reanchor(rhc, target)).toBeNull();
  });

  test('an empty quote anchors nowhere', () => {
    const target = savedOn(rhc.text, 'Damascus');
    expect(reanchor(rhc, { ...target, quote: { ...target.quote, exact: ' \n ' } })).toBeNull();
  });
});
