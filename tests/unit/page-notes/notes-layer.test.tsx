// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { NotesLayer } from '../../../components/notes/NotesLayer';
import type { NotesActions, NotesView } from '../../../components/notes/view';
import type { NoteInput } from '../../../components/notes/note-input';
import { KIND_LABELS } from '../../../lib/notes/labels';
import { NOTE_KINDS } from '../../../lib/notes/schema';
import { fail, ok } from '../../../lib/result';
import { buttonNamed, click, mount, press, textOf } from '../components/render';
import { idOf, makeNote } from '../notes/factory';
import { act } from 'preact/test-utils';

const box = { left: 100, top: 200, right: 300, bottom: 220 };
const viewport = { width: 1000, height: 800 };

function recordingActions(saveReply = ok(makeNote())) {
  const calls: { open: string[]; saved: NoteInput[]; attached: string[]; closed: number } = {
    open: [],
    saved: [],
    attached: [],
    closed: 0,
  };
  const actions: NotesActions = {
    openEditor: (mode) => void calls.open.push(mode),
    save: async (input) => (calls.saved.push(input), saveReply),
    attach: async (id) => (calls.attached.push(id), ok(makeNote({ id }))),
    close: () => void calls.closed++,
  };
  return { actions, calls };
}

const orphan = {
  id: idOf(3),
  kind: 'disputed' as const,
  body: 'Lost note',
  createdAt: 0,
  quote: 'old words',
};
const editor = (mode: 'new' | 'attach', orphans = [orphan]): NotesView => ({
  kind: 'editor',
  box,
  mode,
  quote: 'white phosphorus bombs',
  problem: null,
  orphans,
});

/** Types into a field the way Preact hears it. */
function type(field: HTMLInputElement | HTMLTextAreaElement, text: string) {
  act(() => {
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Lets the save promise settle. */
const settle = () => act(async () => await Promise.resolve());

describe('the notes layer', () => {
  test('the button offers "Save note", and attaching when the page has orphans', () => {
    const { actions, calls } = recordingActions();
    const one = mount(
      <NotesLayer view={{ kind: 'button', box, orphanCount: 0 }} viewport={viewport} actions={actions} />,
    );
    expect([...one.querySelectorAll('button')].map(textOf)).toEqual(['Save note']);
    const two = mount(
      <NotesLayer view={{ kind: 'button', box, orphanCount: 2 }} viewport={viewport} actions={actions} />,
    );
    click(buttonNamed(two, 'Attach to an orphaned note…'));
    click(buttonNamed(two, 'Save note'));
    expect(calls.open).toEqual(['attach', 'new']);
  });

  test('the editor shows the quote, each kind with its colour class and its word, and saves with Ctrl+Enter', async () => {
    const { actions, calls } = recordingActions();
    const root = mount(<NotesLayer view={editor('new')} viewport={viewport} actions={actions} />);
    expect(textOf(root.querySelector('blockquote'))).toBe('white phosphorus bombs');
    const kinds = [...root.querySelectorAll('label.bs-kind')];
    expect(kinds.map((label) => [label.className, textOf(label)])).toEqual(
      NOTE_KINDS.map((kind) => [`bs-kind bs-kind-${kind}`, KIND_LABELS[kind]]),
    );
    expect(document.activeElement).toBe(root.querySelector('textarea'));
    type(root.querySelector('textarea')!, 'Who used them?');
    type(root.querySelector('input:not([type])')!, 'weapons, raqqa');
    click(root.querySelector('input[value="disputed"]'));
    act(() => {
      root
        .querySelector('textarea')!
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await settle();
    expect(calls.saved).toEqual([{ body: 'Who used them?', tags: ['weapons', 'raqqa'], kind: 'disputed' }]);
  });

  test('Escape cancels; bad tags and a refused save are explained', async () => {
    const { actions, calls } = recordingActions(fail('The database is full.'));
    const root = mount(<NotesLayer view={editor('new', [])} viewport={viewport} actions={actions} />);
    type(root.querySelector('input:not([type])')!, 'x'.repeat(51));
    click(buttonNamed(root, 'Save'));
    expect(textOf(root.querySelector('[role="alert"]'))).toMatch(/at most 50 characters/);
    type(root.querySelector('input:not([type])')!, 'fine');
    click(buttonNamed(root, 'Save'));
    await settle();
    expect(textOf(root.querySelector('[role="alert"]'))).toBe('The database is full.');
    press(root.querySelector('textarea')!, 'Escape');
    expect(calls.closed).toBe(1);
    expect(root.textContent).not.toContain('Attach to an orphaned note');
  });

  test('attach mode lists the orphans and attaches the chosen one', async () => {
    const { actions, calls } = recordingActions();
    const second = { ...orphan, id: idOf(4), body: 'Another', quote: 'gone' };
    const root = mount(
      <NotesLayer view={editor('attach', [orphan, second])} viewport={viewport} actions={actions} />,
    );
    expect(textOf(root.querySelector('legend'))).toBe('Attach which note to the selected text?');
    expect(textOf(root)).toContain('Disputed old words Lost note');
    click(root.querySelector(`input[value="${idOf(4)}"]`));
    click(buttonNamed(root, 'Attach'));
    await settle();
    expect(calls.attached).toEqual([idOf(4)]);
    click(buttonNamed(root, 'Write a new note instead'));
    expect(calls.open).toEqual(['new']);
  });

  test("a note's card shows its kind, text and tags as text, never as markup", () => {
    const { actions, calls } = recordingActions();
    const note = makeNote({ kind: 'question', body: '<img src=x onerror=alert(1)>', tags: ['a<b'] });
    const root = mount(
      <NotesLayer view={{ kind: 'card', box, note }} viewport={viewport} actions={actions} />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(textOf(root)).toContain('Question');
    expect(textOf(root)).toContain('<img src=x onerror=alert(1)>');
    expect(textOf(root)).toContain('#a<b');
    click(buttonNamed(root, 'Close'));
    expect(calls.closed).toBe(1);
  });

  test('the panel is placed next to the selection, inside the viewport', () => {
    const { actions } = recordingActions();
    const root = mount(<NotesLayer view={editor('new')} viewport={viewport} actions={actions} />);
    const panel = root.querySelector<HTMLElement>('.bs-notes-root')!;
    expect(panel.style.left).toBe('100px');
    expect(panel.style.top).toBe('228px');
  });
});
