// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import type { NotesView } from '../../../components/notes/view';
import { createEditorSession } from '../../../entrypoints/content/notes/editor-session';
import type { NotesUi } from '../../../entrypoints/content/notes/notes-ui';
import { createPageNotes } from '../../../entrypoints/content/notes/page-notes';
import { MAX_QUOTE_CHARS } from '../../../lib/anchoring/selectors';
import type { Note } from '../../../lib/notes/schema';
import type { PageReport } from '../../../lib/report';
import { SEED, seedPage } from '../anchoring/seed-page';
import { idOf, makeNote } from '../notes/factory';
import { fakeBackground } from './fake-background';

/** A UI that only records what it was asked to show. */
function recordingUi() {
  const shown: (NotesView | null)[] = [];
  const ui: NotesUi = {
    get current() {
      return shown.at(-1) ?? null;
    },
    editorClosedAt: -Infinity,
    show: async (view) => void shown.push(view),
    hide: () => void shown.push(null),
  };
  return { ui, shown };
}

/** Selects `words` in the page, as the reader would. */
function select(words: string): void {
  for (const p of document.querySelectorAll('p')) {
    const text = p.firstChild as Text;
    const at = text.data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + words.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    return;
  }
  throw new Error(`"${words}" not on the page`);
}

const report = {
  outlet: { id: 'radio-habana-cuba' },
  claims: [{ claim: { id: 'claim-rhc-graves' } }],
} as PageReport;

function setUp(notes: Note[] = []) {
  const background = fakeBackground(notes);
  const signal = new AbortController().signal;
  const page = createPageNotes(document, {
    ask: background.ask,
    signal,
    wait: async () => {},
    useMarks: true,
  });
  const { ui, shown } = recordingUi();
  const session = createEditorSession(
    {
      doc: document,
      ask: background.ask,
      notes: page,
      getReport: () => report,
      fingerprint: () => 'article-rhc',
    },
    () => ui,
  );
  return { background, page, session, shown };
}

beforeEach(() => {
  seedPage(SEED.rhc, document);
  document.head.replaceChildren();
  const canonical = document.createElement('link');
  canonical.rel = 'canonical';
  canonical.href = '/canonical/raqqa';
  document.head.append(canonical);
  document.title = 'Damascus demands probe | RHC';
  window.history.replaceState(null, '', '/news/raqqa?x=1#top');
});

describe('a note written on the selection', () => {
  test('opens on the selection and saves a draft with selectors, page, outlet and fingerprint', async () => {
    const { background, session, shown } = setUp();
    select('white phosphorus bombs');
    expect(await session.open('new')).toBe(true);
    expect(shown.at(-1)).toMatchObject({
      kind: 'editor',
      mode: 'new',
      quote: 'white phosphorus bombs',
      problem: null,
    });
    const reply = await session.actions.save({ body: 'Source?', tags: ['weapons'], kind: 'question' });
    expect(reply.ok).toBe(true);
    const [draft] = background.of('notes/save');
    expect(draft?.payload).toMatchObject({
      url: 'http://localhost:3000/news/raqqa?x=1',
      canonicalUrl: 'http://localhost:3000/canonical/raqqa',
      title: 'Damascus demands probe | RHC',
      fingerprint: 'article-rhc',
      outletId: 'radio-habana-cuba',
      body: 'Source?',
      tags: ['weapons'],
      kind: 'question',
      link: null,
      target: { quote: { exact: 'white phosphorus bombs', prefix: expect.stringMatching(/including $/) } },
    });
    expect(shown.at(-1)).toBeNull();
    expect(document.querySelector('mark[data-backstory-note="question"]')?.textContent).toBe(
      'white phosphorus bombs',
    );
    // The highlight marks the words now; the selection is gone, so no button is offered again.
    expect(document.getSelection()!.isCollapsed).toBe(true);
  });

  test.each([
    ['outlet', 'radio-habana-cuba', 'Outlet: Radio Habana Cuba'],
    ['claim', 'claim-rhc-graves', 'Claim: more than 4,000 bodies'],
  ] as const)('a note on the %s keeps the link and needs no selection', async (type, id, label) => {
    const { background, session, shown } = setUp();
    document.getSelection()!.removeAllRanges();
    expect(await session.openLinked({ type, id }, label)).toBe(true);
    expect(shown.at(-1)).toMatchObject({ kind: 'editor', mode: 'new', quote: label, orphans: [] });
    const reply = await session.actions.save({ body: 'Follow up', tags: [], kind: 'comment' });
    expect(reply.ok).toBe(true);
    expect(background.of('notes/save')[0]?.payload).toMatchObject({
      link: { type, id },
      target: null,
      outletId: 'radio-habana-cuba',
      body: 'Follow up',
    });
    expect(shown.at(-1)).toBeNull();
  });

  test('a link to something this page does not show is refused', async () => {
    const { background, session, shown } = setUp();
    expect(await session.openLinked({ type: 'outlet', id: 'press-tv' }, 'Outlet: Press TV')).toBe(false);
    expect(await session.openLinked({ type: 'claim', id: 'no-such-claim' }, 'Claim: ?')).toBe(false);
    expect(shown).toEqual([]);
    expect(background.of('notes/save')).toEqual([]);
  });

  test('after a note on an outlet, a note on a selection is anchored again', async () => {
    const { background, session } = setUp();
    await session.openLinked({ type: 'outlet', id: 'radio-habana-cuba' }, 'Outlet: Radio Habana Cuba');
    session.actions.close();
    select('white phosphorus bombs');
    expect(await session.open('new')).toBe(true);
    await session.actions.save({ body: 'On the text', tags: [], kind: 'comment' });
    expect(background.of('notes/save')[0]?.payload).toMatchObject({
      link: null,
      target: { quote: { exact: 'white phosphorus bombs' } },
    });
  });

  test('cancelled: the selection stays for the reader to use', async () => {
    const { background, session, shown } = setUp();
    select('white phosphorus bombs');
    await session.open('new');
    session.actions.close();
    expect(shown.at(-1)).toBeNull();
    expect(background.of('notes/save')).toEqual([]);
    expect(document.getSelection()!.toString()).toBe('white phosphorus bombs');
  });

  test('nothing selected: the editor does not open', async () => {
    const { session, shown } = setUp();
    document.getSelection()!.removeAllRanges();
    expect(await session.open('new')).toBe(false);
    expect(shown).toEqual([]);
  });

  test('a selection longer than a note may quote opens with the reason and cannot be saved', async () => {
    const { background, session, shown } = setUp();
    const range = document.createRange();
    const long = document.createElement('p');
    long.textContent = 'word '.repeat(MAX_QUOTE_CHARS / 4);
    document.querySelector('article')!.append(long);
    range.selectNodeContents(document.querySelector('article')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await session.open('new');
    expect(shown.at(-1)).toMatchObject({
      kind: 'editor',
      problem: expect.stringMatching(/longer than 5000 characters/),
    });
    // The editor disables Save; the session refuses the draft too.
    expect(await session.actions.save({ body: '', tags: [], kind: 'comment' })).toMatchObject({ ok: false });
    expect(background.of('notes/save')).toEqual([]);
  });

  test('attaching an orphan sends the new selectors for that note and paints it', async () => {
    const orphan = makeNote({ id: idOf(7), url: 'http://localhost:3000/news/raqqa?x=1', body: 'lost' });
    const { background, page, session, shown } = setUp([orphan]);
    await page.load();
    await page.settled();
    select('Antonio Guterres');
    await session.open('attach');
    expect(shown.at(-1)).toMatchObject({ mode: 'attach', orphans: [{ id: idOf(7), body: 'lost' }] });
    expect((await session.actions.attach(idOf(7))).ok).toBe(true);
    expect(background.of('notes/reattach')[0]?.payload).toMatchObject({
      id: idOf(7),
      target: { quote: { exact: 'Antonio Guterres' } },
      canonicalUrl: 'http://localhost:3000/canonical/raqqa',
    });
    expect(page.orphans()).toEqual([]);
    expect(document.querySelector('mark[data-backstory-note]')?.textContent).toBe('Antonio Guterres');
    expect(document.getSelection()!.isCollapsed).toBe(true);
  });
});
