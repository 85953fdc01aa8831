import { describe, expect, test } from 'vitest';
import { hostCandidates, urlKey } from '../../../lib/recognition/url';

const RHC = 'https://www.radiohc.cu/index.php/en/noticias/internacionales/175636-damascus-demands';

describe('urlKey', () => {
  test.each([
    [
      RHC,
      `http://radiohc.cu/index.php/en/noticias/internacionales/175636-damascus-demands/?utm_source=x&fbclid=1#top`,
    ],
    ['https://example.com/a?b=2&a=1', 'https://EXAMPLE.com/a/?a=1&b=2'],
    ['https://www2.example.com/story', 'https://example.com/story'],
  ])('treats %j and %j as one address', (a, b) => {
    expect(urlKey(a)).toBe(urlKey(b));
    expect(urlKey(a)).not.toBeNull();
  });

  test.each([
    ['https://example.com/a', 'https://example.com/b'],
    ['https://example.com/a?id=1', 'https://example.com/a?id=2'],
    ['https://presstv.ir/x', 'https://presstv.com/x'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(urlKey(a)).not.toBe(urlKey(b));
  });

  test.each(['javascript:alert(1)', 'not a url', 'ftp://example.com/file'])('refuses %j', (url) => {
    expect(urlKey(url)).toBeNull();
  });
});

describe('hostCandidates', () => {
  test.each([
    ['www.presstv.co.uk', ['presstv.co.uk', 'co.uk']],
    ['en.mehrnews.com', ['en.mehrnews.com', 'mehrnews.com']],
    ['783093661.r.worldcdn.net', ['783093661.r.worldcdn.net', 'r.worldcdn.net', 'worldcdn.net']],
    ['localhost', ['localhost']],
  ])('looks %j up as %j', (host, expected) => {
    expect(hostCandidates(host)).toEqual(expected);
  });
});
