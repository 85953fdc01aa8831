// @vitest-environment jsdom
import { useState } from 'preact/hooks';
import { describe, expect, test, vi } from 'vitest';
import { Claims } from '../../../components/overlay/Claims';
import { STATUS_WORDS } from '../../../components/overlay/labels';
import type { ClaimEvidence } from '../../../lib/report';
import { claimEvidenceFor, sources } from './corpus-fixtures';
import { click, mount, rowText, textOf } from './render';

const PRESS_TV = 'press-tv-2017-10-syria-unsc-letters';

function ClaimsHarness({
  claims,
  showInPage,
}: {
  claims: ClaimEvidence[];
  showInPage?: (id: string) => boolean;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <Claims
      claims={claims}
      sources={sources}
      selectedId={selected}
      onSelect={setSelected}
      showInPage={showInPage}
      focusToken={0}
    />
  );
}

const claimButton = (container: Element, claimId: string, claims: ClaimEvidence[]) => {
  const index = claims.findIndex((evidence) => evidence.claim.id === claimId);
  return container.querySelectorAll<HTMLButtonElement>('button.bs-claim')[index]!;
};

describe('Claims', () => {
  const claims = claimEvidenceFor(PRESS_TV);

  test('lists every claim with its status word and summary, and a tally', () => {
    const section = mount(<ClaimsHarness claims={claims} />);
    const buttons = [...section.querySelectorAll('button.bs-claim')].map(textOf);
    expect(buttons).toHaveLength(claims.length);
    claims.forEach(({ claim }, index) => {
      expect(buttons[index]).toContain(STATUS_WORDS[claim.status]);
      expect(buttons[index]).toContain(claim.summary);
    });
    const count = (status: string) => claims.filter(({ claim }) => claim.status === status).length;
    expect(textOf(section)).toContain(
      `${count('misattributed')} misattributed, ${count('contradicted')} contradicted`,
    );
  });

  test('the misattributed Dresden claim opens on its provenance and shows it in the page', () => {
    const showInPage = vi.fn(() => true);
    const section = mount(<ClaimsHarness claims={claims} showInPage={showInPage} />);
    const button = claimButton(section, 'claim-a-dresden-remark', claims);
    expect(textOf(button)).toContain('Misattributed');
    expect(button.getAttribute('aria-expanded')).toBe('false');

    click(button);
    expect(showInPage).toHaveBeenCalledWith('claim-a-dresden-remark');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    const text = textOf(details);
    expect(text).toContain("Misattributed: the statement came from Russia's Defence Ministry");
    expect(rowText(details, 'Who made it')).toMatch(
      /^22 Oct 2017 · Russia's Defence Ministry.*Igor Konashenkov/,
    );
    expect(rowText(details, 'First appeared')).toMatch(
      /^22 Oct 2017 · Statement by Defence Ministry spokesman/,
    );
    expect(text).toContain('Highlighted in the page.');
    const stances = [...details.querySelectorAll('.bs-stance')].map(textOf);
    expect(stances).toEqual(['Contradicts', 'Context', 'Context']);
    expect(details.querySelector('a[href="https://tass.com/defense/971977"]')).not.toBeNull();
  });

  test('appearances beyond three are folded behind a button', () => {
    const dresden = claims.find(({ claim }) => claim.id === 'claim-a-dresden-remark')!;
    const section = mount(<ClaimsHarness claims={[dresden]} />);
    click(section.querySelector('button.bs-claim'));
    const repeated = [...section.querySelectorAll('.bs-row')].find(
      (row) => textOf(row.querySelector('dt')) === 'Repeated by',
    )!;
    expect(repeated.querySelectorAll('li')).toHaveLength(3);
    click([...repeated.querySelectorAll('button')].find((b) => textOf(b).startsWith('Show all'))!);
    expect(repeated.querySelectorAll('li')).toHaveLength(dresden.claim.appearances.length);
  });

  test('only one claim is open at a time, and choosing it again closes it', () => {
    const section = mount(<ClaimsHarness claims={claims} />);
    const [first, second] = section.querySelectorAll('button.bs-claim');
    click(first);
    click(second);
    expect(first!.getAttribute('aria-expanded')).toBe('false');
    expect(second!.getAttribute('aria-expanded')).toBe('true');
    click(second);
    expect(second!.getAttribute('aria-expanded')).toBe('false');
  });

  test('a claim the page cannot find says so', () => {
    const section = mount(<ClaimsHarness claims={claims} showInPage={() => false} />);
    click(section.querySelector('button.bs-claim'));
    expect(textOf(section)).toContain('Its wording could not be found in the page text.');
  });

  test('a claim without a place in the page says it is only listed', () => {
    const listed = claims.map((evidence) => ({ ...evidence, quote: null, method: 'key-facts' as const }));
    const showInPage = vi.fn(() => true);
    const section = mount(<ClaimsHarness claims={listed} showInPage={showInPage} />);
    click(section.querySelector('button.bs-claim'));
    expect(showInPage).not.toHaveBeenCalled();
    expect(textOf(section)).toContain('Backstory knows this claim is in the article but not where.');
    expect(textOf(section)).toContain('Matched by its names and numbers, not its wording.');
  });
});
