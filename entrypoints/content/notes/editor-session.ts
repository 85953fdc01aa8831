/**
 * One note being written: opened on the reader's selection (from the button, the shortcut or the
 * context menu), saved as a new note or attached to an orphaned one, then closed.
 */
import type { NoteInput } from '@/components/notes/note-input';
import type { ScreenBox } from '@/components/notes/placement';
import type { CorpusLink } from '@/components/overlay/SaveCorpusNote';
import type { EditorView, NotesActions, OrphanSummary } from '@/components/notes/view';
import { MAX_QUOTE_CHARS, type NoteTarget } from '@/lib/anchoring/selectors';
import type { askBackground } from '@/lib/messaging';
import type { Note } from '@/lib/notes/schema';
import type { PageReport } from '@/lib/report';
import { fail, ok, type Result } from '@/lib/result';
import { buildDraft } from './draft';
import type { NotesUi } from './notes-ui';
import type { PageNotes } from './page-notes';
import { readPageAddress } from './page-text';
import { readSelection, targetForSelection, type NoteSelection } from './selection';

/** What a session needs. */
export interface EditorSessionDeps {
  doc: Document;
  ask: typeof askBackground;
  notes: PageNotes;
  getReport: () => PageReport | null;
  fingerprint?: () => string | null;
}

function summary(note: Note): OrphanSummary {
  return {
    id: note.id,
    kind: note.kind,
    body: note.body,
    createdAt: note.createdAt,
    quote: note.target?.quote.exact ?? '',
  };
}

// Not toLocaleString: it loads the browser's locale data into the page's script world, ~6 ms
// on every page load, for a message few readers see.
const TOO_LONG = `The selection is longer than ${MAX_QUOTE_CHARS} characters; select less to save a note.`;

/** Where the editor for a note on a corpus entry goes: the upper middle of the window. */
function centreBox(doc: Document): ScreenBox {
  const view = doc.defaultView;
  const x = Math.round((view?.innerWidth ?? 800) / 2 - 170);
  const y = Math.round((view?.innerHeight ?? 600) / 4);
  return { left: x, top: y, right: x, bottom: y };
}

/** The editor's actions over `ui`; `remember` keeps the selection the button was shown for. */
export function createEditorSession(deps: EditorSessionDeps, getUi: () => NotesUi) {
  let remembered: NoteSelection | null = null;
  let target: NoteTarget | null = null;
  /** The corpus entry of a note opened from the panel (an outlet card or a claim), else null. */
  let linked: CorpusLink | null = null;
  /** The address the editor was opened on: a navigation elsewhere makes its selection stale. */
  let openedOn: string | null = null;

  // Once saved, the note's highlight marks the words. A selection left on them would offer the
  // "Save note" button again as soon as the keys of the save chord are released (as Hypothesis
  // clears it after an annotation is made).
  const clearSelection = () => deps.doc.getSelection()?.removeAllRanges();

  const close = () => {
    target = null;
    linked = null;
    openedOn = null;
    remembered = null;
    deps.notes.focus(null); // a note's card may have emphasised its highlight
    getUi().hide();
  };

  /** Opens the editor on the live selection (or the one the button was shown for). */
  const open = async (mode: EditorView['mode']): Promise<boolean> => {
    const selection = readSelection(deps.doc) ?? remembered;
    const found = selection ? targetForSelection(deps.doc, selection) : null;
    if (!selection || !found) return false;
    remembered = selection;
    target = found;
    linked = null;
    openedOn = readPageAddress(deps.doc).url;
    const tooLong = found.quote.exact.length > MAX_QUOTE_CHARS;
    await getUi().show({
      kind: 'editor',
      box: selection.box,
      mode,
      quote: tooLong ? `${found.quote.exact.slice(0, 300)}…` : found.quote.exact,
      problem: tooLong ? TOO_LONG : null,
      orphans: deps.notes.orphans().map(summary),
    });
    return true;
  };

  /** The selection's selectors if a note can keep them, else why not. */
  const usableTarget = (): Result<NoteTarget> => {
    if (!target) return fail('Select some text on the page first.');
    return target.quote.exact.length > MAX_QUOTE_CHARS ? fail(TOO_LONG) : ok(target);
  };

  /** Opens the editor for a note on a corpus entry: no selection, the entry named as the quote. */
  const openLinked = async (link: CorpusLink, label: string): Promise<boolean> => {
    const report = deps.getReport();
    const known =
      link.type === 'outlet'
        ? report?.outlet?.id === link.id
        : (report?.claims.some(({ claim }) => claim.id === link.id) ?? false);
    if (!known) return false;
    target = null;
    linked = link;
    remembered = null;
    openedOn = readPageAddress(deps.doc).url;
    const box = centreBox(deps.doc);
    await getUi().show({ kind: 'editor', box, mode: 'new', quote: label, problem: null, orphans: [] });
    return true;
  };

  const save = async (input: NoteInput): Promise<Result<Note>> => {
    const usable: Result<NoteTarget | null> = linked ? ok(null) : usableTarget();
    if (!usable.ok) return usable;
    const draft = buildDraft(
      readPageAddress(deps.doc),
      usable.value,
      input,
      deps.getReport(),
      deps.fingerprint?.() ?? null,
      linked,
    );
    const reply = await deps.ask('notes/save', draft);
    if (reply.ok) {
      if (!linked) clearSelection();
      close();
      await deps.notes.add(reply.value);
    }
    return reply;
  };

  const attach = async (noteId: string): Promise<Result<Note>> => {
    const usable = usableTarget();
    if (!usable.ok) return usable;
    const { canonicalUrl } = readPageAddress(deps.doc);
    const reply = await deps.ask('notes/reattach', { id: noteId, target: usable.value, canonicalUrl });
    if (reply.ok) {
      clearSelection();
      close();
      await deps.notes.replace(reply.value);
    }
    return reply;
  };

  const actions: NotesActions = { openEditor: (mode) => void open(mode), save, attach, close };
  return {
    actions,
    open,
    openLinked,
    /** Whether an editor is open on this address (and so survives a reload of the notes). */
    isOpenOn: (url: string) => openedOn === url,
    /** Keeps the selection the button is shown for, in case the click takes the live one away. */
    remember(selection: NoteSelection | null) {
      remembered = selection;
    },
  };
}
