// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { routeMessage } from '../../../lib/background/router';
import type { BackstoryDb } from '../../../lib/db/database';
import type { Note } from '../../../lib/notes/schema';
import type { NotesApi } from '../../../components/popup/notes/api';
import { NotesSection, SEARCH_DEBOUNCE_MS } from '../../../components/popup/notes/NotesSection';
import { ROW_HEIGHT, VIEWPORT_HEIGHT } from '../../../components/popup/notes/NotesList';
import { freshDb } from '../../helpers/packs';
import { idOf, makeNote } from './factory';

const identity = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const popupSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

/** The real background handlers on a fake-indexeddb database, reached through the router. */
function testApi(db: BackstoryDb) {
  const handlers = createHandlers(db, {
    version: 'test',
    lookup: async () => ({ knownUrl: false, report: null }),
    analyze: async () => null,
    broadcastSettings: async () => undefined,
  });
  const opened: string[] = [];
  const downloads: { text: string; filename: string; type: string }[] = [];
  const api: NotesApi = {
    ask: ((type: string, payload: unknown) =>
      routeMessage({ type, payload }, popupSender, identity, handlers)) as NotesApi['ask'],
    openTab: async (url) => void opened.push(url),
    download: (text, filename, type) => void downloads.push({ text, filename, type }),
  };
  return { api, opened, downloads };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function until<T>(
  find: () => T | null | undefined | false,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}
/** Dispatches an event inside act(), so Preact renders what it causes. */
const fire = (target: EventTarget, event: Event) =>
  act(() => {
    target.dispatchEvent(event);
  });
const $ = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const count = () => $('[data-testid="notes-count"]')?.textContent ?? '';
const rows = () => $$('li.bs-note');
const button = (row: Element, name: string) =>
  [...row.querySelectorAll('button')].find((b) => b.textContent === name)!;

async function mount(notes: Note[], pageUrl: string | null = null) {
  const db = freshDb();
  await db.notes.bulkAdd(notes);
  const world = testApi(db);
  await act(() => render(<NotesSection pageUrl={pageUrl} api={world.api} />, container));
  await until(
    () => (rows().length > 0 || count() !== '') && !count().includes('so far'),
    'the notes to load',
  );
  return { db, ...world };
}

async function type(input: HTMLInputElement, text: string) {
  for (let end = 1; end <= text.length; end += 1) {
    input.value = text.slice(0, end);
    await fire(input, new Event('input', { bubbles: true }));
  }
  await act(() => new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20)));
}

const many = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    makeNote({
      id: idOf(i),
      body: i % 7 === 0 ? `pipeline note ${i}` : `note ${i}`,
      kind: i % 3 === 0 ? 'question' : 'comment',
      createdAt: 1_700_000_000_000 + i * 1000,
      updatedAt: 1_700_000_000_000 + i * 1000,
    }),
  );

describe('the popup notes list', () => {
  test("with many notes the newest and this page's show first, the rest when all have loaded", async () => {
    const notes = many(500);
    // An old note on this page: not among the newest, but it must be there from the start.
    const page = 'https://www.presstv.ir/old-story';
    notes[3] = { ...notes[3]!, url: page, site: 'presstv.ir', body: 'old note on this page' };
    const db = freshDb();
    await db.notes.bulkAdd(notes);
    const world = testApi(db);
    let releaseAll: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (releaseAll = resolve));
    const slowApi: NotesApi = {
      ...world.api,
      ask: (async (type: string, payload: { limit?: number }) => {
        if (type === 'notes/list' && payload.limit === undefined) await held;
        return world.api.ask(type as never, payload as never);
      }) as NotesApi['ask'],
    };
    await act(() => render(<NotesSection pageUrl={page} api={slowApi} />, container));
    await until(() => count().includes('so far'), 'the first notes');
    expect($$('li.bs-note').map((row) => row.dataset.noteId)).toEqual([notes[3]!.id]);
    expect(count()).toBe('1 so far; loading the rest…');
    releaseAll();
    await until(() => !count().includes('so far'), 'all notes');
    expect(count()).toBe('1 note');
    // All notes are there once loaded.
    const allTab = $$('[role="tab"]').find((tab) => tab.textContent?.startsWith('All notes'))!;
    await fire(allTab, new MouseEvent('click', { bubbles: true }));
    expect(count()).toBe('500 notes');
  });

  test('10,000 notes render as a short window of rows that follows the scroll', async () => {
    const notes = many(10_000);
    await mount(notes);
    expect(count()).toBe('10,000 notes');
    const first = rows();
    expect(first.length).toBeLessThanOrEqual(Math.ceil(VIEWPORT_HEIGHT / ROW_HEIGHT) + 4);
    expect(first[0]?.getAttribute('aria-setsize')).toBe('10000');
    // Newest first: the last note written is on top.
    expect(first[0]?.dataset.noteId).toBe(idOf(9_999));
    const scroller = $('.bs-notes-scroll')!;
    scroller.scrollTop = 5_000 * ROW_HEIGHT;
    await fire(scroller, new Event('scroll'));
    const indices = rows().map((row) => Number(row.dataset.index));
    expect(indices).toContain(5_000);
    expect(rows().length).toBeLessThan(20);
  }, 60_000);

  test('search answers while typing, and filters narrow the results', async () => {
    const notes = many(300);
    await mount(notes);
    await type($<HTMLInputElement>('#bs-notes-search')!, 'pipeline');
    const expected = notes.filter((note) => note.body.includes('pipeline'));
    expect(count()).toBe(`${expected.length} of 300 notes match`);
    const kind = $<HTMLSelectElement>('#bs-filter-kind')!;
    kind.value = 'question';
    await fire(kind, new Event('change', { bubbles: true }));
    const both = expected.filter((note) => note.kind === 'question');
    expect(count()).toBe(`${both.length} of 300 notes match`);
    expect(rows().every((row) => row.querySelector('[data-kind]')?.textContent === 'Question')).toBe(true);
  });

  test('delete shows Undo, and Undo restores the exact note', async () => {
    const note = makeNote({ id: idOf(1), tags: ['a', 'b'], anchorStatus: 'orphaned' });
    const { db } = await mount([note, makeNote({ id: idOf(2), createdAt: 1 })]);
    const row = rows().find((r) => r.dataset.noteId === idOf(1))!;
    expect(row.textContent).toContain('Not found on the page');
    await act(() => button(row, 'Delete').click());
    await until(() => $('.bs-toast'), 'the undo toast');
    expect(await db.notes.get(idOf(1))).toBeUndefined();
    expect(count()).toBe('1 note');
    await act(() => button($('.bs-toast')!, 'Undo').click());
    await until(() => count() === '2 notes', 'the note to come back');
    expect(await db.notes.get(idOf(1))).toStrictEqual(note);
    expect($('.bs-toast')).toBeNull();
  });

  test('edit changes text, tags and kind in place', async () => {
    const { db } = await mount([makeNote({ id: idOf(1) })]);
    await act(() => button(rows()[0]!, 'Edit').click());
    const form = await until(() => $<HTMLFormElement>('form.bs-note-editor'), 'the editor');
    const [textarea, tags, kind] = [
      form.querySelector('textarea')!,
      form.querySelector('input')!,
      form.querySelector('select')!,
    ];
    expect(document.activeElement).toBe(textarea);
    textarea.value = 'Edited text';
    tags.value = 'one, two , one';
    kind.value = 'disputed';
    await act(() => {
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
      tags.dispatchEvent(new Event('input', { bubbles: true }));
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => form.requestSubmit());
    await until(() => !$('form.bs-note-editor'), 'the editor to close');
    expect(await db.notes.get(idOf(1))).toMatchObject({
      body: 'Edited text',
      tags: ['one', 'two'],
      kind: 'disputed',
    });
    expect(rows()[0]?.querySelector('[data-kind]')?.textContent).toBe('Disputed');
  });

  test('Escape cancels an edit without saving', async () => {
    const { db } = await mount([makeNote({ id: idOf(1) })]);
    await act(() => button(rows()[0]!, 'Edit').click());
    const textarea = await until(() => $<HTMLTextAreaElement>('form textarea'), 'the editor');
    textarea.value = 'not saved';
    await fire(textarea, new Event('input', { bubbles: true }));
    await fire(textarea, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect($('form.bs-note-editor')).toBeNull();
    expect((await db.notes.get(idOf(1)))?.body).toBe('My note');
  });

  test('Open opens the note page with the note fragment', async () => {
    const { opened } = await mount([makeNote({ id: idOf(1), url: 'https://a.example/x#top' })]);
    await act(() => button(rows()[0]!, 'Open').click());
    expect(opened).toEqual([`https://a.example/x#backstory-note=${idOf(1)}`]);
  });

  test('arrow keys move focus between rows, End goes to the last note', async () => {
    await mount(many(50));
    const first = rows()[0]!;
    first.focus();
    await fire(first, new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect((document.activeElement as HTMLElement).dataset.index).toBe('1');
    await fire(document.activeElement!, new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect((document.activeElement as HTMLElement).dataset.index).toBe('49');
    expect(button(document.activeElement!, 'Open').tabIndex).toBe(0);
    expect(button(rows()[0]!, 'Open').tabIndex).toBe(-1);
  });

  test('this page and all notes are two tabs; the page tab starts selected when it has notes', async () => {
    const here = 'https://a.example/here';
    await mount(
      [makeNote({ id: idOf(1), url: here }), makeNote({ id: idOf(2), url: 'https://b.example/' })],
      here,
    );
    const tabs = $$('[role="tab"]');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['This page 1', 'All notes 2']);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    expect(rows().map((row) => row.dataset.noteId)).toEqual([idOf(1)]);
    await act(() => tabs[1]!.click());
    expect(rows()).toHaveLength(2);
  });

  test('export downloads the file; import reports what it added and skipped', async () => {
    const { downloads } = await mount([makeNote({ id: idOf(1) })]);
    await act(() => [...$$('button')].find((b) => b.textContent === 'Export JSON-LD')!.click());
    await until(() => downloads.length > 0, 'the download');
    expect(downloads[0]).toMatchObject({
      type: 'application/ld+json',
      filename: expect.stringMatching(/\.jsonld$/),
    });
    const exported = JSON.parse(downloads[0]!.text);
    exported.first.items.push({ ...exported.first.items[0], id: `urn:uuid:${idOf(2)}` });
    const input = $<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(exported)], 'notes.jsonld')] });
    await fire(input, new Event('change', { bubbles: true }));
    const status = await until(
      () => $$('[role="status"]').find((el) => /Imported/.test(el.textContent ?? '')),
      'the outcome',
    );
    expect(status.textContent).toBe('Imported 1, skipped 1 already present.');
    await until(() => count() === '2 notes', 'the list to reload');
  });

  test('a broken file is refused with the reason', async () => {
    const { db } = await mount([makeNote({ id: idOf(1) })]);
    const input = $<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', {
      value: [new File([new Uint8Array([0x7b, 0xff, 0xfe])], 'bad.json')],
    });
    await fire(input, new Event('change', { bubbles: true }));
    const alert = await until(() => $('.bs-notes-transfer [role="alert"]'), 'the error');
    expect(alert.textContent).toBe('This notes file is not valid UTF-8 text.');
    expect(await db.notes.count()).toBe(1);
  });
});
