import { describe, expect, test } from 'vitest';
import { numbersIn } from '../../../lib/text/numbers';
import { tokenize } from '../../../lib/text/tokenize';

describe('numbersIn', () => {
  test.each([
    ['killed fourteen civilians', ['14']],
    ['more than 4,000 people', ['4000']],
    ['4 thousand people and two million more', ['4000', '2000000']],
    ['en dos cartas, más de 1.500 cuerpos', ['2', '1500']],
    ['the killing of thousands of civilians', ['~1000']],
    ['no numbers at all', []],
  ])('reads %j as %j', (text, expected) => {
    expect(numbersIn(tokenize(text)).map((number) => number.value)).toEqual(expected);
  });
});
