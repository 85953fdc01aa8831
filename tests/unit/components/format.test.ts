import { describe, expect, test } from 'vitest';
import {
  cleanStrings,
  cleanText,
  formatPartialDate,
  formatPercent,
  truncate,
} from '../../../components/overlay/format';
import { storyDates } from '../../../components/overlay/StoryList';

describe('overlay formatting', () => {
  test.each([
    ['2018-11-03', '3 Nov 2018'],
    ['2017-10', 'Oct 2017'],
    ['2011', '2011'],
    ['2012-01-20', '20 Jan 2012'],
    [null, null],
    [undefined, null],
    ['2018-13', null],
    ['3 Nov 2018', null],
  ])('formatPartialDate(%j) is %j', (date, words) => {
    expect(formatPartialDate(date)).toBe(words);
  });

  test.each([
    [1, '100%'],
    [0, '0%'],
    [0.92, '92%'],
    [0.996, 'over 99%'],
    [0.004, 'under 1%'],
    [1.7, '100%'],
    [Number.NaN, 'an unknown share'],
  ])('formatPercent(%f) is %s', (share, words) => {
    expect(formatPercent(share)).toBe(words);
  });

  test.each([
    [{ start: '2018-11-01', end: '2018-11-03' }, '1 Nov 2018 to 3 Nov 2018'],
    [{ start: '2017-06', end: null }, 'from Jun 2017'],
    [{ start: null, end: null }, 'dates unknown'],
  ])('storyDates(%j) is "%s"', (story, words) => {
    expect(storyDates(story)).toBe(words);
  });

  test('cleanText drops bidi controls and control characters but keeps Arabic and newlines', () => {
    expect(cleanText('a\u202Eb\u2066c\u2069\u0007d\ne')).toBe('abcd\ne');
    expect(cleanText('الوطن')).toBe('الوطن');
  });

  test('cleanStrings cleans every string in nested data and leaves other values alone', () => {
    const input = { a: ['x\u202Ey', { b: 'z\u2067' }], n: 3, t: true, none: null };
    expect(cleanStrings(input)).toEqual({ a: ['xy', { b: 'z' }], n: 3, t: true, none: null });
    expect(input.a[0]).toBe('x\u202Ey'); // a copy: the report passed in is not changed
  });

  test('truncate cuts at a word boundary', () => {
    expect(truncate('the letters pointed out', 100)).toBe('the letters pointed out');
    expect(truncate('the letters pointed out', 16)).toBe('the letters…');
  });
});
