/**
 * Saved notes on any web page: the reader selects text and saves a note (from the button by the
 * selection, Alt+Shift+N, or the context menu), and on every visit the page's notes are found
 * again, highlighted in their kind's colour, and the one named by `#backstory-note=<id>` is
 * scrolled to. Everything ends with `ctx`.
 */
import type { ContentScriptContext } from '#imports';
import { scrollRangeIntoView } from '@/lib/anchoring/scroll';
import { askBackground } from '@/lib/messaging';
import { noteIdFromHash } from '@/lib/notes/links';
import type { CorpusLink } from '@/components/overlay/SaveCorpusNote';
import type { PageReport } from '@/lib/report';
import { createEditorSession } from './editor-session';
import { createNotesUi, type NotesUi } from './notes-ui';
import { createPageNotes } from './page-notes';
import { NOTES_HOST, readPageAddress } from './page-text';
import { readSelection } from './selection';
import { isSaveNoteShortcut } from './shortcut';

/** What the page controller hands the notes. */
export interface NotesOptions {
  /** The page's current report (for the note's outlet), or null. */
  getReport: () => PageReport | null;
  /** The matched article's fingerprint or id, when the page knows it; else notes store null. */
  fingerprint?: () => string | null;
  /** Whether Backstory is switched on (the reader's setting); when off, notes offer nothing. */
  isEnabled?: () => boolean;
  /** Force the <mark> fallback instead of CSS custom highlights. */
  useMarks?: boolean;
}

/** What the page controller can do with the notes. */
export interface NotesHandle {
  /** Loads this page's notes again and re-anchors them (on load and after SPA navigation). */
  refresh(): Promise<void>;
  /** Opens the editor on the current selection (the context menu's tab message). */
  openEditor(): Promise<{ opened: boolean }>;
  /** Opens the editor for a note on an outlet or a claim of the page's report. */
  openLinked(link: CorpusLink, label: string): Promise<boolean>;
  /** Offers the note button for the current selection (one that ended before notes started). */
  selectionEnded(): void;
}

/** Keys whose release right after the editor closed belongs to the editor, not the page. */
const RELEASED_KEYS = new Set(['Escape', 'Enter', 'Control', 'Meta']);
const RELEASE_WINDOW_MS = 1000;

/** Events from our own UI reach the page's listeners retargeted to the host; they are not page events. */
function fromOurUi(event: Event): boolean {
  return (event.target as Element | null)?.localName === NOTES_HOST;
}

/** Starts notes on this page. */
export function initNotes(ctx: ContentScriptContext, options: NotesOptions): NotesHandle {
  const doc = document;
  const notes = createPageNotes(doc, {
    ask: askBackground,
    signal: ctx.signal,
    wait: (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)),
    useMarks: options.useMarks,
  });
  let ui: NotesUi | null = null;
  const session = createEditorSession({ doc, ask: askBackground, notes, ...options }, () => ui!);
  ui = createNotesUi(ctx, session.actions);
  const showing = () => ui!.current?.kind ?? null;
  const enabled = () => options.isEnabled?.() ?? true;

  const showNote = (id: string): boolean => {
    const range = notes.focus(id);
    if (range) scrollRangeIntoView(range, window);
    return range !== null;
  };

  /** After a mouse or keyboard selection ends: offer the button, or take it away. */
  const offerForSelection = () => {
    if (showing() === 'editor' || !enabled()) return;
    ctx.setTimeout(() => {
      const selection = readSelection(doc);
      session.remember(selection);
      if (selection)
        void ui!.show({ kind: 'button', box: selection.box, orphanCount: notes.orphans().length });
      else if (showing() === 'button') ui!.hide();
    }, 0);
  };
  const onSelectionEnd = (event: Event) => {
    if (!fromOurUi(event)) offerForSelection();
  };
  ctx.addEventListener(doc, 'pointerup', onSelectionEnd);
  ctx.addEventListener(doc, 'keyup', onSelectionEnd);
  ctx.addEventListener(doc, 'selectionchange', () => {
    if (showing() === 'button' && doc.getSelection()?.isCollapsed !== false) ui!.hide();
  });
  // The button and a note's card are placed by the selection; they go when the page moves.
  const hideFloating = () => {
    if (showing() === 'card') notes.focus(null);
    if (showing() === 'button' || showing() === 'card') ui!.hide();
  };
  ctx.addEventListener(window, 'scroll', hideFloating, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', hideFloating);

  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!isSaveNoteShortcut(event) || fromOurUi(event) || !enabled() || !readSelection(doc)) return;
      // Only the shortcut, and only with a selection, is kept from the page.
      event.preventDefault();
      event.stopPropagation();
      void session.open('new');
    },
    { capture: true },
  );

  // The editor closes on the key press (Escape, Ctrl+Enter); the releases that follow would reach
  // the page, whose own Escape or Enter handlers would then act on keys meant for us.
  ctx.addEventListener(
    window,
    'keyup',
    (event) => {
      const recent = performance.now() - ui!.editorClosedAt < RELEASE_WINDOW_MS;
      if (recent && RELEASED_KEYS.has(event.key)) event.stopPropagation();
    },
    { capture: true },
  );

  ctx.addEventListener(doc, 'click', (event) => {
    if (fromOurUi(event) || showing() === 'editor' || event.button !== 0) return;
    if (doc.getSelection()?.isCollapsed === false) return; // the click ended a selection
    const id = notes.idsAt(event).pop();
    const note = id ? notes.get(id) : undefined;
    if (!note) return hideFloating();
    notes.focus(note.id);
    const box = { left: event.clientX, top: event.clientY, right: event.clientX, bottom: event.clientY };
    void ui!.show({ kind: 'card', box, note });
  });

  ctx.addEventListener(window, 'hashchange', () => {
    const id = noteIdFromHash(location.hash);
    if (id) showNote(id);
  });
  ctx.onInvalidated(() => notes.clear());

  return {
    async refresh() {
      // The reader may be writing already (notes load after the page's settings arrive); an
      // editor stays open unless the address changed under it. The button and a card go.
      if (session.isOpenOn(readPageAddress(doc).url)) notes.focus(null);
      else session.actions.close();
      session.remember(null);
      if (!enabled()) return notes.clear();
      await notes.load();
      const id = noteIdFromHash(location.hash);
      if (id) showNote(id);
    },
    openEditor: async () => ({ opened: enabled() && (await session.open('new')) }),
    openLinked: async (link, label) => enabled() && (await session.openLinked(link, label)),
    selectionEnded: offerForSelection,
  };
}
