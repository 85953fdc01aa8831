// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { SeenBefore } from '../../../components/overlay/SeenBefore';
import type { ArticleEvidence } from '../../../lib/report';
import { articleEvidence, sources, stories } from './corpus-fixtures';
import { mount, textOf } from './render';

const RHC = 'rhc-2018-11-raqqa-probe';
const PRESS_TV = 'press-tv-2017-10-syria-unsc-letters';

function renderEvidence(evidence: ArticleEvidence[], match: 'exact' | 'copy' | 'reuse' | 'story' | 'outlet') {
  return mount(<SeenBefore report={{ match, articles: evidence, stories: [] }} sources={sources} />);
}

describe('Seen before, in plain words', () => {
  test('a copy names the share, the title, the outlet and the date', () => {
    const evidence = articleEvidence(RHC, 'copy', { containment: 0.92, jaccard: 0.81 });
    const section = renderEvidence([evidence], 'copy');
    const line = textOf(section.querySelector('.bs-evidence'));
    expect(line).toContain(
      `Copy: 92% of “${evidence.title}” (Radio Habana Cuba / Radio Havana Cuba (RHC), 3 Nov 2018) is in this page.`,
    );
    expect(line).toContain('Estimated overlap of the two texts: 81%.');
    expect(section.querySelector('a')?.getAttribute('href')).toBe(evidence.url);
  });

  test('an exact match says so without a share', () => {
    const section = renderEvidence(
      [articleEvidence(PRESS_TV, 'exact', { containment: 1, jaccard: 1 })],
      'exact',
    );
    const line = textOf(section.querySelector('.bs-evidence'));
    expect(line).toMatch(
      /^Exact: this page is “Syria calls on UNSC .*” \(Press TV \(PRESSTV\), 24 Oct 2017\)\./,
    );
    // Press TV's original address is unknown: no link rather than a guess.
    expect(section.querySelector('a')).toBeNull();
  });

  test.each([
    [0.995, 'over 99%'],
    [0.004, 'under 1%'],
    [0.345, '35%'],
  ])('reuse with containment %f reads "%s"', (containment, words) => {
    const section = renderEvidence([articleEvidence(RHC, 'reuse', { containment, jaccard: 0.1 })], 'reuse');
    expect(textOf(section.querySelector('.bs-evidence'))).toMatch(new RegExp(`^Reuse: ${words} of “`));
  });

  test('unknown outlet and date are said, not left blank', () => {
    const evidence = {
      ...articleEvidence(RHC, 'copy', { containment: 0.5, jaccard: 0.4 }),
      outletName: null,
      published: null,
    };
    const section = renderEvidence([evidence], 'copy');
    expect(textOf(section.querySelector('.bs-evidence'))).toContain('(unknown outlet, date unknown)');
  });

  test('shared passages are listed as quotes in a folded list', () => {
    const passages = [
      'The U.S.-led coalition has been conducting airstrikes against what are said to be Daesh targets inside Syria',
      'It has also been largely incapable of achieving its declared goal of destroying Daesh.',
    ];
    const evidence = articleEvidence(RHC, 'reuse', { containment: 0.2, jaccard: 0.1 }, passages);
    const section = renderEvidence([evidence], 'reuse');
    expect(textOf(section.querySelector('summary'))).toBe('Shared passages (2), underlined in the page');
    expect([...section.querySelectorAll('details q')].map(textOf)).toEqual(passages);
  });

  test('with no matching article, the section says what is known', () => {
    expect(textOf(renderEvidence([], 'outlet'))).toContain('Backstory has not seen this text before.');
    expect(textOf(renderEvidence([], 'story'))).toContain('the story it reports is');
  });

  test("the page's story is listed with its dates", () => {
    const story = stories.find((candidate) => candidate.id === 'story-2018-11-raqqa-mass-graves')!;
    const section = mount(
      <SeenBefore report={{ match: 'story', articles: [], stories: [story] }} sources={sources} />,
    );
    expect(textOf(section.querySelector('summary'))).toBe(`${story.title} (1 Nov 2018 to 3 Nov 2018)`);
    expect(textOf(section)).toContain(story.summary);
  });
});
