// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { OutletCard } from '../../../components/overlay/OutletCard';
import { AFFILIATION_WORDS } from '../../../components/overlay/labels';
import { NoteOnEntryContext, type CorpusLink } from '../../../components/overlay/SaveCorpusNote';
import { outlet, sources } from './corpus-fixtures';
import { buttonNamed, click, mount, textOf } from './render';

/** The <dd> of the row labelled `label`. */
const row = (container: Element, label: string) =>
  [...container.querySelectorAll('.bs-row')]
    .find((el) => textOf(el.querySelector('dt')) === label)
    ?.querySelector('dd');

describe('OutletCard with real outlet records', () => {
  test('Press TV: the owner chain names IRIB and ends at the Supreme Leader', () => {
    const pressTv = outlet('press-tv');
    const card = mount(<OutletCard outlet={pressTv} sources={sources} />);
    const chain = [...card.querySelectorAll('.bs-chain > li')].map(textOf);
    expect(chain).toHaveLength(pressTv.ownerChain.length);
    expect(chain[0]).toContain('Islamic Republic of Iran Broadcasting (IRIB)');
    expect(chain.at(-1)).toMatch(/^Ultimately: .*Supreme Leader/);
    expect(textOf(row(card, 'Owner'))).toContain('IRIB');
    expect(textOf(row(card, 'Country'))).toContain('Iran');
    expect(textOf(row(card, 'State ties'))).toContain(AFFILIATION_WORDS['state-owned']);
  });

  test.each([
    ['irib-news', ['Owner', 'Country', 'Funding', 'State ties', 'Ownership']],
    ['al-watan-syria', ['Funding']],
    ['cubadebate', ['Owner', 'Funding', 'State ties', 'Ownership']],
  ])('%s: every unknown field reads "Unknown" (%j)', (id, unknownRows) => {
    const card = mount(<OutletCard outlet={outlet(id)} sources={sources} />);
    for (const label of unknownRows) expect(textOf(row(card, label))).toBe('Unknown');
  });

  test('a known field never reads "Unknown"', () => {
    const card = mount(<OutletCard outlet={outlet('radio-habana-cuba')} sources={sources} />);
    for (const label of ['Owner', 'Country', 'Funding', 'State ties', 'Ownership']) {
      expect(textOf(row(card, label))).not.toBe('Unknown');
    }
  });

  test('licence and sanction actions: newest three first, then all on request, each dated and cited', () => {
    const pressTv = outlet('press-tv');
    const card = mount(<OutletCard outlet={pressTv} sources={sources} />);
    const heading = [...card.querySelectorAll('h4')].find(
      (h) => textOf(h) === 'Licences, sanctions and bans',
    );
    const list = () => [...(heading?.nextElementSibling?.querySelectorAll('li') ?? [])].map(textOf);
    expect(list()).toHaveLength(3);
    expect(list()[0]).toContain('15 Sep 2023');
    expect(list().join(' ')).not.toContain('revoked the UK licence');

    const more = buttonNamed(card, `Show all ${pressTv.regulatory.length} actions`);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(list()).toHaveLength(pressTv.regulatory.length);
    const revoked = list().find((item) => item.includes('revoked the UK licence'));
    expect(revoked).toMatch(/^20 Jan 2012 · /);
    expect(revoked).toContain('[Press Gazette]');
  });

  test('the Wikipedia RSP rating is shown with its sources', () => {
    const card = mount(<OutletCard outlet={outlet('press-tv')} sources={sources} />);
    const ratings = [...card.querySelectorAll('li')].map(textOf).filter((text) => text.includes('(RSP)'));
    expect(ratings.some((text) => text.includes('Deprecated'))).toBe(true);
    expect(ratings.every((text) => text.includes('['))).toBe(true);
  });

  test('medium and low confidence facts say so; high confidence ones stay quiet', () => {
    const pressTv = outlet('press-tv');
    const card = mount(<OutletCard outlet={pressTv} sources={sources} />);
    expect(pressTv.funding?.confidence).toBe('M');
    expect(textOf(row(card, 'Funding'))).toContain('(medium confidence)');
    expect(pressTv.country?.confidence).toBe('H');
    expect(textOf(row(card, 'Country'))).not.toContain('confidence');
  });

  test('source links are http(s), open in a new tab, and leak neither opener nor referrer', () => {
    const card = mount(<OutletCard outlet={outlet('press-tv')} sources={sources} />);
    const links = [...card.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
  });

  test('history, notes and domains are folded away in <details>', () => {
    const rhc = outlet('radio-habana-cuba');
    const card = mount(<OutletCard outlet={rhc} sources={sources} />);
    const summaries = [...card.querySelectorAll('details > summary')].map(textOf);
    expect(summaries).toContain(`History (${rhc.history.length})`);
    expect(summaries).toContain(`Domains (${rhc.domains.length})`);
    for (const details of card.querySelectorAll('details')) expect(details.open).toBe(false);
  });
});

describe('"Save a note" on the outlet card', () => {
  test('shows only where saving is provided, and names the outlet', () => {
    const pressTv = outlet('press-tv');
    const plain = mount(<OutletCard outlet={pressTv} sources={sources} />);
    expect([...plain.querySelectorAll('button')].map(textOf)).not.toContain('Save a note on this outlet');

    const asked: [CorpusLink, string][] = [];
    const card = mount(
      <NoteOnEntryContext.Provider value={(link, label) => void asked.push([link, label])}>
        <OutletCard outlet={pressTv} sources={sources} />
      </NoteOnEntryContext.Provider>,
    );
    click(buttonNamed(card, 'Save a note on this outlet'));
    expect(asked).toEqual([[{ type: 'outlet', id: 'press-tv' }, `Outlet: ${pressTv.name}`]]);
  });
});
