import { describe, expect, test } from 'vitest';
import { gatePage, MAX_GATE_ELEMENTS, type GateSignals } from '../../../lib/recognition/gate';

const page = (overrides: Partial<GateSignals>): GateSignals => ({
  knownUrl: false,
  knownOutlet: false,
  ogType: null,
  jsonLdTypes: [],
  elementCount: 800,
  readerable: false,
  ...overrides,
});

describe('gatePage', () => {
  test.each([
    [
      'a known URL, even when huge',
      page({ knownUrl: true, elementCount: MAX_GATE_ELEMENTS * 2 }),
      'extract',
      'known-url',
    ],
    ['og:type article', page({ ogType: 'article' }), 'extract', 'article-markup'],
    ['JSON-LD NewsArticle', page({ jsonLdTypes: ['WebPage', 'NewsArticle'] }), 'extract', 'article-markup'],
    ['a readerable page', page({ readerable: true }), 'extract', 'readerable'],
    [
      'a huge page on a known outlet',
      page({ knownOutlet: true, ogType: 'article', elementCount: MAX_GATE_ELEMENTS + 1 }),
      'outlet-only',
      'known-outlet',
    ],
    [
      'a huge unknown page',
      page({ ogType: 'article', elementCount: MAX_GATE_ELEMENTS + 1 }),
      'skip',
      'too-large',
    ],
    [
      'a known outlet front page',
      page({ knownOutlet: true, ogType: 'website' }),
      'outlet-only',
      'known-outlet',
    ],
    ['a known outlet article', page({ knownOutlet: true, readerable: true }), 'extract', 'readerable'],
    [
      'an unknown non-article',
      page({ ogType: 'website', jsonLdTypes: ['Organization'] }),
      'skip',
      'not-an-article',
    ],
  ])('%s → %s', (_, signals, action, reason) => {
    expect(gatePage(signals)).toEqual({ action, reason });
  });
});
