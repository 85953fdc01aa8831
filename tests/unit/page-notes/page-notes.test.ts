// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { normalizeForMatch } from '../../../lib/anchoring/normalize';
import { selectorsForSpan } from '../../../lib/anchoring/selectors';
import { buildTextIndex } from '../../../lib/anchoring/text-index';
import type { Note, NoteKind } from '../../../lib/notes/schema';
import { createPageNotes } from '../../../entrypoints/content/notes/page-notes';
import { NOTE_HIGHLIGHT_CSS } from '../../../entrypoints/content/notes/note-style';
import { SEED, seedPage } from '../anchoring/seed-page';
import { idOf, makeNote } from '../notes/factory';
import { fakeBackground } from './fake-background';

const PAGE = 'https://www.radiohc.cu/news/raqqa-probe';

/** A note saved on `words` of the current page, as the page would have saved it. */
function noteOn(n: number, words: string, kind: NoteKind = 'comment', body = `note ${n}`): Note {
  const index = buildTextIndex(document.body);
  const start = index.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not on the page`);
  const target = selectorsForSpan(index, { start, end: start + words.length });
  return makeNote({ id: idOf(n), url: PAGE, kind, body, target });
}

const marks = () => [...document.querySelectorAll('mark[data-backstory-note]')];
const signal = new AbortController().signal;

beforeEach(() => {
  seedPage(SEED.rhc, document);
  window.history.replaceState(null, '', '/news/raqqa-probe');
});
afterEach(() => document.head.replaceChildren());

describe('the page notes', () => {
  test('asks for the notes of this address, paints them by kind, and reports their status once', async () => {
    const notes = [
      noteOn(1, 'proof of bloody carnage', 'disputed'),
      noteOn(2, 'white phosphorus bombs', 'question'),
      makeNote({ id: idOf(3), url: PAGE, target: null }), // about the whole page: not painted
    ];
    const background = fakeBackground(notes);
    const page = createPageNotes(document, {
      ask: background.ask,
      signal,
      wait: async () => {},
      useMarks: true,
    });
    await page.load();
    await page.settled();
    expect(background.of('notes/for-page')[0]?.payload).toEqual({
      url: 'http://localhost:3000/news/raqqa-probe',
      canonicalUrl: null,
    });
    expect(
      marks().map((mark) => [mark.getAttribute('data-backstory-note'), normalizeForMatch(mark.textContent!)]),
    ).toEqual([
      ['disputed', 'proof of bloody carnage'],
      ['question', 'white phosphorus bombs'],
    ]);
    expect(background.of('notes/anchor-status').map((m) => m.payload)).toEqual([
      { ids: [idOf(1), idOf(2)], status: 'anchored', canonicalUrl: null },
    ]);
    // A second look changes nothing, so nothing more is reported.
    await page.load();
    await page.settled();
    expect(background.of('notes/anchor-status')).toHaveLength(1);
  });

  test('a quote gone from the page is looked for again, then reported orphaned and offered for attaching', async () => {
    const gone = noteOn(1, 'The letters then censured the silence of some countries');
    const background = fakeBackground([gone]);
    let waited = 0;
    const page = createPageNotes(document, {
      ask: background.ask,
      signal,
      wait: async () => void waited++,
      useMarks: true,
    });
    [...document.querySelectorAll('p')]
      .find((p) => p.textContent!.startsWith('The letters then censured'))!
      .remove();
    await page.load();
    await page.settled();
    expect(waited).toBe(1);
    expect(page.orphans().map((note) => note.id)).toEqual([gone.id]);
    expect(background.of('notes/anchor-status').map((m) => m.payload.status)).toEqual(['orphaned']);
    expect(marks()).toEqual([]);
  });

  test('the page stylesheet holds colours only: no note text, tags or ids', async () => {
    const note = noteOn(1, 'proof of bloody carnage', 'verified', 'SECRET BODY');
    const page = createPageNotes(document, {
      ask: fakeBackground([{ ...note, tags: ['SECRET-TAG'] }]).ask,
      signal,
      wait: async () => {},
      useMarks: true,
    });
    await page.load();
    const css = [...document.head.querySelectorAll('style')].map((style) => style.textContent).join('\n');
    expect(css).toBe(NOTE_HIGHLIGHT_CSS);
    expect(document.documentElement.textContent).not.toMatch(/SECRET|0000-4000/);
    expect(document.documentElement.outerHTML).not.toMatch(/SECRET|0000-4000/);
  });

  test('focus marks the chosen note; clear puts the page back exactly as it was', async () => {
    const before = document.body.cloneNode(true) as HTMLElement;
    const page = createPageNotes(document, {
      ask: fakeBackground([
        noteOn(1, 'mass graves uncovered'),
        noteOn(2, 'graves uncovered in the northwestern', 'question'),
      ]).ask,
      signal,
      wait: async () => {},
      useMarks: true,
    });
    await page.load();
    expect(normalizeForMatch(page.focus(idOf(2))!.toString())).toBe('graves uncovered in the northwestern');
    expect(document.querySelectorAll('mark[data-backstory-note-active]').length).toBeGreaterThan(0);
    page.clear();
    expect(marks()).toEqual([]);
    expect(document.body.isEqualNode(before)).toBe(true);
    expect(document.body.childNodes.length).toBe(before.childNodes.length);
  });

  test('a note saved while the notes are loading is kept when the (older) answer arrives', async () => {
    const background = fakeBackground([noteOn(1, 'mass graves uncovered')]);
    const page = createPageNotes(document, {
      ask: background.ask,
      signal,
      wait: async () => {},
      useMarks: true,
    });
    const loading = page.load();
    await page.add(noteOn(2, 'white phosphorus bombs', 'question'));
    await loading;
    expect(marks().map((mark) => mark.textContent)).toEqual([
      'mass graves uncovered',
      'white phosphorus bombs',
    ]);
  });

  test('a note just saved or re-attached is painted at once', async () => {
    const background = fakeBackground([]);
    const page = createPageNotes(document, {
      ask: background.ask,
      signal,
      wait: async () => {},
      useMarks: true,
    });
    await page.load();
    await page.add(noteOn(5, 'Ma Zhaoxu', 'verified'));
    expect(marks().map((mark) => mark.textContent)).toEqual(['Ma Zhaoxu']);
    expect(background.of('notes/anchor-status').at(-1)?.payload).toMatchObject({
      ids: [idOf(5)],
      status: 'anchored',
    });
  });
});
