// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { NotesPanel } from '../../../components/notes/NotesPanel';
import { buildNoteButtons } from '../../../entrypoints/content/notes/note-buttons';
import type { EditorView, NotesActions } from '../../../components/notes/view';
import type { NoteInput } from '../../../components/notes/note-input';
import { KIND_LABELS } from '../../../lib/notes/labels';
import { NOTE_KINDS } from '../../../lib/notes/schema';
import { fail, ok } from '../../../lib/result';
import { buttonNamed, click, mount, press, textOf } from '../components/render';
import { idOf, makeNote } from '../notes/factory';
import { act } from 'preact/test-utils';

const box = { left: 100, top: 200, right: 300, bottom: 220 };

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
const editor = (mode: 'new' | 'attach', orphans = [orphan]): EditorView => ({
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

describe('the notes panel and the selection buttons', () => {
  test('the button offers "Save note", and attaching when the page has orphans', () => {
    const { actions, calls } = recordingActions();
    const one = buildNoteButtons(0, actions.openEditor);
    expect([...one.element.querySelectorAll('button')].map(textOf)).toEqual(['Save note']);
    const two = buildNoteButtons(2, actions.openEditor);
    expect(two.size.width).toBeGreaterThan(one.size.width);
    const [save, attach] = [...two.element.querySelectorAll('button')];
    attach!.click();
    save!.click();
    expect(calls.open).toEqual(['attach', 'new']);
    // Pressing a button must not take the page's selection away.
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    save!.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });

  test('the editor shows the quote, each kind with its colour class and its word, and saves with Ctrl+Enter', async () => {
    const { actions, calls } = recordingActions();
    const root = mount(<NotesPanel view={editor('new')} actions={actions} />);
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
    const root = mount(<NotesPanel view={editor('new', [])} actions={actions} />);
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
    const root = mount(<NotesPanel view={editor('attach', [orphan, second])} actions={actions} />);
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
    const root = mount(<NotesPanel view={{ kind: 'card', box, note }} actions={actions} />);
    expect(root.querySelector('img')).toBeNull();
    expect(textOf(root)).toContain('Question');
    expect(textOf(root)).toContain('<img src=x onerror=alert(1)>');
    expect(textOf(root)).toContain('#a<b');
    click(buttonNamed(root, 'Close'));
    expect(calls.closed).toBe(1);
  });
});
