import { describe, expect, test } from 'vitest';
import { findClaims } from '../../../lib/recognition/claims/find-claims';
import type { CandidateClaim } from '../../../lib/recognition/candidates';

const claim = (quote: string, variants: string[] = []): CandidateClaim => ({
  id: 'claim-x',
  storyId: 'story-x',
  articleIds: [],
  quote,
  variants,
});

const BODIES = claim('the bodies of more than 4,000 people were found');

describe('findClaims', () => {
  test.each([
    [
      'exact, whatever the quotes and case',
      'He said “The Bodies of more than 4,000 people were found” there.',
      BODIES,
      'exact',
    ],
    [
      'approximate, with a typo and a dropped word',
      'Reports say the bodies of more than 4,000 peple were found in Raqqa.',
      BODIES,
      'approximate',
    ],
    [
      'by key facts, in other words',
      'The letters say the remains of more than 4,000 people were pulled from mass graves at the zoo.',
      BODIES,
      'key-facts',
    ],
    [
      'by key facts, in Spanish',
      'Se encontraron los cuerpos de más de 4.000 personas en la ciudad.',
      BODIES,
      'key-facts',
    ],
    [
      'a claim without numbers, by its names and rare words',
      'It said the coalition used white phosphorus in Raqqa, Aleppo and Hasakah. Other news followed.',
      claim('the coalition was making use of white phosphorus bombs in Raqqah, Aleppo and Hasakah provinces'),
      'key-facts',
    ],
  ])('finds a claim %s', (_, text, wanted, method) => {
    const [hit] = findClaims(text, [wanted]);
    expect(hit?.method).toBe(method);
    expect(text.slice(hit?.start ?? 0, hit?.end ?? 0)).toBe(hit?.exact);
    expect(hit?.prefix).toBe(text.slice(Math.max(0, (hit?.start ?? 0) - 32), hit?.start ?? 0));
    expect(hit?.suffix).toBe(text.slice(hit?.end ?? 0, (hit?.end ?? 0) + 32));
  });

  test.each([
    ['a different number', 'The remains of more than 3,000 people were pulled from mass graves.'],
    [
      'the same number counting something else',
      'More than 4,000 letters were sent to the ministry, which found them useful.',
    ],
    ['a near-exact quote with another number', 'the bodies of more than 4,500 people were found'],
    ['unrelated text', 'A museum of ceramics reopened after two years of work.'],
  ])('does not take %s for the claim', (_, text) => {
    expect(findClaims(text, [BODIES])).toEqual([]);
  });

  test('reports each claim once, in page order, with its span', () => {
    const text =
      'First, 14 civilians were killed and more than 40 injured. Later, the bodies of more than 4,000 people were found.';
    const toll = {
      ...claim('which claimed the lives of 14 civilians and injured over 40 others'),
      id: 'claim-toll',
    };
    const hits = findClaims(text, [BODIES, toll]);
    expect(hits.map((hit) => hit.claimId)).toEqual(['claim-toll', 'claim-x']);
    expect(hits[1]?.exact).toBe('the bodies of more than 4,000 people were found');
  });

  test('finds a claim by a known variant wording', () => {
    const dresden = claim('a quote that is not on the page at all', [
      'Raqqa has inherited the fate of Dresden in 1945',
    ]);
    const [hit] = findClaims(
      'Moscow said Raqqa has inherited the fate of Dresden in 1945, wiped off the earth.',
      [dresden],
    );
    expect(hit?.method).toBe('exact');
    expect(hit?.exact).toBe('Raqqa has inherited the fate of Dresden in 1945');
  });

  test('can be limited to quotations (no key facts)', () => {
    const text = 'The letters say the remains of more than 4,000 people were pulled from mass graves.';
    expect(findClaims(text, [BODIES], { byKeyFacts: false })).toEqual([]);
    expect(findClaims(text, [BODIES])).toHaveLength(1);
  });
});
