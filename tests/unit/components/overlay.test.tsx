// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import { Overlay } from '../../../components/overlay/Overlay';
import { createOverlayChannel } from '../../../components/overlay/channel';
import { badgeLabel, MATCH_WORDS } from '../../../components/overlay/labels';
import { seedReport } from './corpus-fixtures';
import { click, mount, press, textOf } from './render';

const PRESS_TV = 'press-tv-2017-10-syria-unsc-letters';

const badgeOf = (root: Element) => root.querySelector<HTMLButtonElement>('button.bs-badge')!;
const dialogOf = (root: Element) => root.querySelector('[role="dialog"]');

describe('Overlay: badge and panel', () => {
  test('the badge names the outlet and its ownership, and toggles the panel', () => {
    const report = seedReport(PRESS_TV);
    const root = mount(<Overlay report={report} />);
    const badge = badgeOf(root);
    expect(textOf(badge)).toContain(badgeLabel(report));
    expect(textOf(badge)).toContain('Press TV');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(dialogOf(root)).toBeNull();

    click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    const dialog = dialogOf(root)!;
    expect(badge.getAttribute('aria-controls')).toBe(dialog.id);
    expect(document.activeElement).toBe(dialog);
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(textOf(title)).toBe(`Backstory: ${MATCH_WORDS.exact}`);

    click(badge);
    expect(dialogOf(root)).toBeNull();
  });

  test('the panel has the four sections, in reading order, as headings', () => {
    const root = mount(<Overlay report={seedReport(PRESS_TV)} />);
    click(badgeOf(root));
    const headings = [...root.querySelectorAll('h3')].map(textOf);
    expect(headings).toEqual([
      'Outlet: Press TV (PRESSTV)',
      'Seen before',
      `Claims (${seedReport(PRESS_TV).claims.length})`,
      `Related reports (${seedReport(PRESS_TV).reports.length})`,
    ]);
  });

  test.each([
    ['Escape key', 'escape'],
    ['close button', 'button'],
  ])('the %s closes the panel and returns focus to the badge', (_name, how) => {
    const root = mount(<Overlay report={seedReport(PRESS_TV)} />);
    click(badgeOf(root));
    const inside = root.querySelector<HTMLButtonElement>('button.bs-claim')!;
    inside.focus();
    if (how === 'escape') press(inside, 'Escape');
    else click(root.querySelector('button[aria-label="Close Backstory panel"]'));
    expect(dialogOf(root)).toBeNull();
    expect(document.activeElement).toBe(badgeOf(root));
  });

  test('a request from the page opens the panel on that claim and focuses it', () => {
    const channel = createOverlayChannel();
    const report = seedReport(PRESS_TV);
    const root = mount(<Overlay report={report} channel={channel} />);
    act(() => channel.open({ kind: 'claim', claimId: 'claim-a-raqqa-operation-launched-july' }));
    const expanded = root.querySelector('button.bs-claim[aria-expanded="true"]');
    expect(expanded).not.toBeNull();
    expect(document.activeElement).toBe(expanded);
    expect(textOf(expanded)).toContain('Contradicted');
    expect(textOf(root)).toContain('Contradicted: ');
  });

  test('a request for a passage opens the panel on the matching article', () => {
    const channel = createOverlayChannel();
    const report = seedReport(PRESS_TV);
    const root = mount(<Overlay report={report} channel={channel} />);
    act(() => channel.open({ kind: 'passage', articleId: PRESS_TV }));
    expect(dialogOf(root)).not.toBeNull();
    expect(document.activeElement?.getAttribute('data-article-id')).toBe(PRESS_TV);
    expect(document.activeElement?.className).toContain('bs-focused');
  });

  test('choosing a claim asks the page to show it', () => {
    const channel = createOverlayChannel();
    const showClaimInPage = vi.fn(() => true);
    const report = seedReport(PRESS_TV);
    const root = mount(<Overlay report={report} channel={channel} showClaimInPage={showClaimInPage} />);
    click(badgeOf(root));
    click(root.querySelector('button.bs-claim'));
    expect(showClaimInPage).toHaveBeenCalledWith(report.claims[0]!.claim.id);
  });

  test('a request to open made before the overlay listened opens it once it does', () => {
    // The content script asks the panel's new frame to open before the frame has drawn anything.
    const channel = createOverlayChannel();
    channel.open({ kind: 'claim', claimId: 'claim-a-raqqa-operation-launched-july' });
    channel.open({ kind: 'panel' });
    const root = mount(<Overlay report={seedReport(PRESS_TV)} channel={channel} />);
    const dialog = dialogOf(root);
    expect(dialog).not.toBeNull();
    expect(document.activeElement).toBe(dialog);
    expect(badgeOf(root).getAttribute('aria-expanded')).toBe('true');
    const later = vi.fn();
    channel.subscribe(later);
    expect(later).not.toHaveBeenCalled();
  });

  test('the channel stops delivering to a listener that unsubscribed', () => {
    const channel = createOverlayChannel();
    const listener = vi.fn();
    const stop = channel.subscribe(listener);
    channel.open({ kind: 'claim', claimId: 'x' });
    stop();
    channel.open({ kind: 'claim', claimId: 'y' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ kind: 'claim', claimId: 'x' });
  });

  test('the glance line sums up the outlet and the claims', () => {
    const report = seedReport(PRESS_TV);
    const root = mount(<Overlay report={report} />);
    click(badgeOf(root));
    const glance = [...root.querySelectorAll('.bs-glance li')].map(textOf);
    expect(glance).toContain('State-owned');
    expect(glance).toContain('Iran');
    expect(glance).toContain('Wikipedia source rating: Deprecated');
    expect(glance).toContain(`${report.outlet!.regulatory.length} licence or sanction actions`);
    expect(glance.find((item) => item.startsWith('Claims: '))).toMatch(/^Claims: 1 misattributed, /);
  });

  test('an unknown outlet reads "Unknown" in badge and panel', () => {
    const report = { ...seedReport(PRESS_TV), outlet: null, match: 'story' as const };
    const root = mount(<Overlay report={report} />);
    expect(textOf(badgeOf(root))).toContain('Unknown outlet');
    click(badgeOf(root));
    expect(textOf(root.querySelector('h3'))).toBe('Outlet: Unknown');
    expect(textOf(root.querySelector('.bs-glance'))).toContain('Outlet unknown');
  });
});
