import { describe, expect, test } from 'vitest';
import { readNumber, tokenize, words } from '../../../lib/text/tokenize';

describe('tokenize', () => {
  test.each([
    ['The U.S.-led coalition', ['the', 'us', 'led', 'coalition']],
    ['more than 4,000 people', ['more', 'than', '4000', 'people']],
    ['más de 4.000 personas', ['mas', 'de', '4000', 'personas']],
    ['a 2.5 percent rise', ['a', '2.5', 'percent', 'rise']],
    ['rows 1,2,3', ['rows', '1', '2', '3']],
    ["Syria's Dayr al-Zawr", ['syria', 's', 'dayr', 'al', 'zawr']],
    ['in 1945.', ['in', '1945']],
    ['mandate.The military', ['mandate', 'the', 'military']],
  ])('splits %j into %j', (source, expected) => {
    expect(words(source)).toEqual(expected);
  });

  test.each([
    ['The “heinous” crimes', 'heinous'],
    ['Fósforo blanco', 'fosforo'],
    ['the U.S.-led coalition', 'us'],
  ])('gives each token of %j the span of its source text', (source, token) => {
    const found = tokenize(source).find((entry) => entry.text === token);
    expect(found).toBeDefined();
    const slice = source.slice(found?.start ?? 0, found?.end ?? 0);
    expect(words(slice)).toEqual([token]);
  });
});

describe('readNumber', () => {
  test.each([
    ['4,000', ['4000']],
    ['4.000', ['4000']],
    ['1,500,000', ['1500000']],
    ['2.5', ['2.5']],
    ['3,75', ['3.75']],
    ['007', ['7']],
  ])('reads %j as %j', (raw, expected) => {
    expect(readNumber(raw)).toEqual(expected);
  });
});
