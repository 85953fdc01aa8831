import { describe, expect, test } from 'vitest';
import { spanIndexAt, splitParagraphs, splitSentences } from '../../../lib/text/spans';

const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  test.each([
    ['The U.S. Army moved. It stopped.', ['The U.S. Army moved.', 'It stopped.']],
    [
      'Maj. Gen. Igor Konashenkov spoke on Sunday. He said more.',
      ['Maj. Gen. Igor Konashenkov spoke on Sunday.', 'He said more.'],
    ],
    ['"It is over," he said. "Go home."', ['"It is over," he said.', '"Go home."']],
    ['Prices rose 2.5 percent. Wages did not.', ['Prices rose 2.5 percent.', 'Wages did not.']],
    [
      'under the rubble of airstrikes,\n\nespecially in the zoo. Then more.',
      ['under the rubble of airstrikes,\n\nespecially in the zoo.', 'Then more.'],
    ],
    ['Headline without a stop\nFirst sentence.', ['Headline without a stop', 'First sentence.']],
  ])('splits %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  test.each([
    ['One.\n\nTwo.\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['One.\nTwo.', ['One.', 'Two.']],
    ['  Only one.  ', ['Only one.']],
  ])('splits %j', (text, expected) => {
    expect(splitParagraphs(text).map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });

  test.each([
    [0, 0],
    [5, 0],
    [6, 1],
    [100, 2],
  ])('finds offset %i in paragraph %i', (offset, index) => {
    expect(spanIndexAt(splitParagraphs('One.\n\nTwo.\n\nThree.'), offset)).toBe(index);
  });
});
