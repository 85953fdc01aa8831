/** The background's answers to every message, over the database and injected helpers. */
import type { BackstoryDb } from '../db/database';
import type { Handlers } from './router';
import type { PageStart } from '../messages';
import type { PageReport } from '../report';
import type { LookupAnswer } from '../services/analyze';
import type { Settings } from '../settings';
import { readPackText } from '../corpus/parse-pack';
import { exportPack, installPack, listPacks, removePack } from '../services/packs';
import { cachedSettings } from '../services/settings';
import {
  deleteNote,
  listNotes,
  notesForPage,
  restoreNote,
  saveNote,
  setAnchorStatus,
  updateNote,
} from '../services/notes';
import { exportNotes, importNotes } from '../services/notes-transfer';
import { readNotesText } from '../notes/import';
import { ownPageNotes } from './own-page';
import { withoutHash } from '../notes/page-url';

/** What the handlers need besides the database. */
export interface HandlerDeps {
  version: string;
  /** Cheap report from URL and domain only. */
  lookup: (url: string, canonicalUrl: string | null) => Promise<LookupAnswer>;
  /** Full report from the page's HTML. */
  analyze: (url: string, canonicalUrl: string | null, html: string | null) => Promise<PageReport | null>;
  /** Tells every open tab that settings changed. */
  broadcastSettings: (settings: Settings) => Promise<void>;
}

/** Builds the handler table. */
export function createHandlers(db: BackstoryDb, deps: HandlerDeps): Handlers {
  const settings = cachedSettings(db);
  // The three reads run together: the page waits for one round trip, not three in a row.
  const startPage = async (url: string, canonicalUrl: string | null): Promise<PageStart> => {
    const [current, known, notes] = await Promise.all([
      settings.read(),
      deps.lookup(url, canonicalUrl),
      notesForPage(db, withoutHash(url), canonicalUrl && withoutHash(canonicalUrl)),
    ]);
    return current.enabled
      ? { settings: current, known, notesOnPage: notes.length }
      : { settings: current, known: null, notesOnPage: 0 };
  };
  // A page sends its first question and, when it looks like an article, its HTML right after
  // (entrypoints/content/analyze.ts). The first answer decides whether the page app loads while
  // the page is analysed, so it does not wait behind an analysis: analyses begin once the starts
  // asked before them are answered.
  const starting = new Set<Promise<PageStart>>();
  return {
    ping: async () => ({ version: deps.version }),
    'page/start': async ({ url, canonicalUrl }) => {
      const answer = startPage(url, canonicalUrl);
      starting.add(answer);
      try {
        return await answer;
      } finally {
        starting.delete(answer);
      }
    },
    'page/lookup': async ({ url, canonicalUrl }) => deps.lookup(url, canonicalUrl),
    // The HTML comes before the page knows the settings: nothing is parsed while Backstory is off.
    'page/analyze': async ({ url, canonicalUrl, html }) => {
      await Promise.allSettled(starting);
      return (await settings.read()).enabled ? deps.analyze(url, canonicalUrl, html) : null;
    },
    'settings/get': async () => settings.read(),
    'settings/set': async (patch) => {
      const next = await settings.change(patch);
      await deps.broadcastSettings(next);
      return next;
    },
    'packs/list': async () => listPacks(db),
    'packs/import': async ({ json }) => {
      const pack = readPackText(json);
      if (!pack.ok) throw new Error(pack.error);
      return installPack(db, pack.value);
    },
    'packs/export': async ({ id }) => JSON.stringify(await exportPack(db, id), null, 1),
    'packs/remove': async ({ id }) => ({ removed: await removePack(db, id) }),
    'notes/save': async (draft) => saveNote(db, draft),
    'notes/for-page': async ({ url, canonicalUrl }) => notesForPage(db, url, canonicalUrl),
    'notes/anchor-status': async ({ ids, status, canonicalUrl }, caller) => {
      await ownPageNotes(db, ids, caller, canonicalUrl ?? null, true);
      return { updated: await setAnchorStatus(db, ids, status) };
    },
    'notes/reattach': async ({ id, target, canonicalUrl }, caller) => {
      await ownPageNotes(db, [id], caller, canonicalUrl ?? null);
      return db.transaction('rw', db.notes, async () => {
        const note = await updateNote(db, id, { target });
        await setAnchorStatus(db, [id], 'anchored');
        return { ...note, anchorStatus: 'anchored' as const };
      });
    },
    'notes/list': async ({ limit }) => listNotes(db, limit),
    'notes/update': async ({ id, patch }) => updateNote(db, id, patch),
    'notes/delete': async ({ id }) => deleteNote(db, id),
    'notes/restore': async ({ note }) => restoreNote(db, note),
    'notes/export': async ({ format }) => exportNotes(db, format),
    'notes/import': async ({ json }) => {
      const notes = readNotesText(json);
      if (!notes.ok) throw new Error(notes.error);
      return importNotes(db, notes.value);
    },
  };
}
