/**
 * This page's notes: loaded from the background, re-anchored in the page's text, painted in their
 * kind's colour, and their anchor status reported back so the popup can list orphans. Notes
 * without a quote (about the whole page) are kept but neither painted nor reported.
 */
import { reanchor } from '@/lib/anchoring/reanchor';
import type { askBackground } from '@/lib/messaging';
import { ANCHOR_STATUSES, type AnchorStatus } from '@/lib/notes/kinds';
import type { Note } from '@/lib/notes/schema';
import { paintNotes, type NoteMark, type NotePainter } from './note-painter';
import { injectNoteStyle } from './note-style';
import { indexPageText, readPageAddress } from './page-text';

/** What the page's notes need from outside: the protocol, and time. */
export interface PageNotesDeps {
  ask: typeof askBackground;
  /** Aborts when the content script ends. */
  signal: AbortSignal;
  /** Resolves after `ms` (the content script's own timer, which stops with it). */
  wait: (ms: number) => Promise<void>;
  /** Force the <mark> fallback. */
  useMarks?: boolean;
  /** How long to wait before looking again for notes not found at first (pages that load late). */
  retryMs?: number;
}

/** The notes of the page, painted. */
export interface PageNotes {
  /** Asks for this page's notes and paints them; resolves once painted (status reports follow). */
  load(): Promise<void>;
  /** Resolves when the last load's second look and status reports are done (for tests). */
  settled(): Promise<void>;
  /** Notes with a quote that could not be found in the page. */
  orphans(): Note[];
  /** A note by id. */
  get(id: string): Note | undefined;
  /** Adds a note just saved on this page and paints it. */
  add(note: Note): Promise<void>;
  /** Replaces a note (e.g. re-attached) and paints again. */
  replace(note: Note): Promise<void>;
  /** Ids of the notes under a click. */
  idsAt(event: MouseEvent): string[];
  /** Emphasises a note's highlight and answers a Range over it, or null when it is not painted. */
  focus(id: string | null): Range | null;
  /** Removes every highlight and forgets the notes. */
  clear(): void;
}

/** Creates the page's notes for `doc`; nothing is loaded until {@link PageNotes.load}. */
export function createPageNotes(doc: Document, deps: PageNotesDeps): PageNotes {
  let notes: Note[] = [];
  /** Notes saved here since the page was loaded: a load already under way may not have them. */
  const savedHere = new Set<string>();
  let anchored = new Set<string>();
  let painter: NotePainter | null = null;
  let style: HTMLStyleElement | null = null;
  let generation = 0;
  let settled: Promise<void> = Promise.resolve();

  const unpaint = () => {
    painter?.remove();
    painter = null;
    style?.remove();
    style = null;
  };

  const paint = () => {
    unpaint();
    anchored = new Set();
    // Most pages have no notes: their text is never indexed (a whole-page walk on every visit).
    if (!notes.some((note) => note.target)) return;
    const index = indexPageText(doc);
    const marks: NoteMark[] = [];
    for (const note of notes) {
      const anchor = note.target ? reanchor(index, note.target) : null;
      if (anchor) marks.push({ id: note.id, kind: note.kind, span: anchor });
    }
    anchored = new Set(marks.map((mark) => mark.id));
    if (marks.length === 0) return;
    style = injectNoteStyle(doc);
    painter = paintNotes(doc, index, marks, deps.useMarks);
  };

  const statusOf = (note: Note): AnchorStatus => (anchored.has(note.id) ? 'anchored' : 'orphaned');

  /** Tells the background about notes whose status changed since it last heard. */
  const report = async () => {
    const { canonicalUrl } = readPageAddress(doc);
    for (const status of ANCHOR_STATUSES) {
      const changed = notes.filter(
        (note) => note.target && note.anchorStatus !== status && statusOf(note) === status,
      );
      if (changed.length === 0) continue;
      const reply = await deps.ask('notes/anchor-status', {
        ids: changed.map((n) => n.id),
        status,
        canonicalUrl,
      });
      if (reply.ok) for (const note of changed) note.anchorStatus = status;
    }
  };

  const orphans = () => notes.filter((note) => note.target !== null && !anchored.has(note.id));

  return {
    async load() {
      const mine = ++generation;
      const page = readPageAddress(doc);
      const reply = await deps.ask('notes/for-page', { url: page.url, canonicalUrl: page.canonicalUrl });
      if (mine !== generation || deps.signal.aborted) return;
      const stored = reply.ok ? reply.value : [];
      const storedIds = new Set(stored.map((note) => note.id));
      notes = [...stored, ...notes.filter((note) => savedHere.has(note.id) && !storedIds.has(note.id))];
      paint();
      settled = (async () => {
        if (orphans().length > 0) {
          await deps.wait(deps.retryMs ?? 1500);
          if (mine !== generation || deps.signal.aborted) return;
          paint();
        }
        if (mine === generation) await report();
      })();
    },
    settled: () => settled,
    orphans,
    get: (id) => notes.find((note) => note.id === id),
    async add(note) {
      savedHere.add(note.id);
      notes = [...notes.filter((other) => other.id !== note.id), note];
      paint();
      await report();
    },
    async replace(note) {
      notes = notes.map((other) => (other.id === note.id ? note : other));
      paint();
      await report();
    },
    idsAt: (event) => painter?.idsAt(event) ?? [],
    focus: (id) => painter?.focus(id) ?? null,
    clear() {
      generation++;
      notes = [];
      savedHere.clear();
      anchored = new Set();
      unpaint();
    },
  };
}
