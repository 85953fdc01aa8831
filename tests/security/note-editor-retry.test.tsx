// @vitest-environment jsdom
/**
 * The page's note editor over a full disk: saving answers the plain "full" message, the editor
 * shows it and keeps what the reader typed, and the same text saves once there is room. The
 * editor's save goes through the real messaging and background to a database whose writes fail.
 */
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { NoteComposer } from '../../components/notes/NoteComposer';
import type { EditorView, NotesActions } from '../../components/notes/view';
import { STORAGE_MESSAGES } from '../../lib/db/open';
import { askBackground } from '../../lib/messaging';
import { mount } from '../unit/components/render';
import { recordFigures } from './figures';
import { VALID_PAYLOADS } from './message-samples';
import { bridgeContentScript, faultyDb, restartBackground } from './storage-harness';

const PAGE = 'https://www.presstv.ir/a';
const view: EditorView = {
  kind: 'editor',
  box: { left: 10, top: 10, right: 50, bottom: 20 },
  mode: 'new',
  quote: 'the council met',
  problem: null,
  orphans: [],
};

afterEach(() => document.body.replaceChildren());

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

test('a refused save shows the message and keeps the text; the retry saves it', async () => {
  const { db, faults } = faultyDb();
  await restartBackground(db);
  bridgeContentScript(PAGE);
  let closed = 0;
  const actions: NotesActions = {
    openEditor: () => undefined,
    attach: async () => ({ ok: false, error: 'not used' }),
    close: () => void (closed += 1),
    save: (input) =>
      askBackground('notes/save', { ...VALID_PAYLOADS['notes/save'], url: PAGE, ...input } as never),
  };
  const container = mount(<NoteComposer view={view} actions={actions} />);
  const text = container.querySelector('textarea')!;
  const typed = 'Check the second letter against the UN archive.';
  act(() => {
    text.value = typed;
    text.dispatchEvent(new Event('input', { bubbles: true }));
  });

  faults.quota = true;
  act(() => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  await settle();
  expect(container.querySelector('[role="alert"]')?.textContent).toBe(STORAGE_MESSAGES.full);
  expect(container.querySelector('textarea')!.value).toBe(typed);
  expect(await db.notes.count()).toBe(0);

  faults.quota = false;
  act(() => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  await settle();
  expect((await db.notes.toArray()).map((note) => note.body)).toEqual([typed]);
  expect(closed).toBe(0); // closing is the page side's job once a save succeeds
  recordFigures([
    {
      id: 'notes/editor-retry',
      class: 'Notes: page editor saving on a full disk',
      where: 'tests/security/note-editor-retry.test.tsx (jsdom)',
      tried: 2,
      rejected: 1,
      executed: null,
      notesLost: typed === (await db.notes.toArray())[0]?.body ? 0 : 1,
      detail: 'message shown, text kept, retry saved',
    },
  ]);
});
