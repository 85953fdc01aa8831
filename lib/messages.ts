/**
 * The one typed message protocol. Every message the background answers is listed in
 * `BACKGROUND_MESSAGES` with its payload schema, who may send it and a doc line; every message a
 * content script answers is listed in `TAB_MESSAGES`. Replies are always a serializable `Result`.
 */
import * as v from 'valibot';
import type { PackRecord } from './db/database';
import type { PageReport } from './report';
import type { LookupAnswer } from './services/analyze';
import type { Settings } from './settings';
import type { Note } from './notes/schema';
import { ANCHOR_STATUSES, NoteDraftSchema, NotePatchSchema, NoteTargetSchema } from './notes/schema';
import { NoteIdSchema, StoredNoteSchema } from './notes/stored';
import type { ImportCounts } from './services/notes-transfer';
import { SettingsPatchSchema } from './settings';

import { MAX_PAGE_HTML, type TabMessageType } from './tab-message-types';

export { MAX_PAGE_HTML, type TabMessageType };
/** Largest pack or notes file the background accepts, in characters. */
export const MAX_IMPORT_CHARS = 32 * 1024 * 1024;

/** Page addresses: http(s) only, so no handler ever sees a script or data URL. */
const Url = v.pipe(
  v.string(),
  v.maxLength(4096),
  v.url(),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);
const Empty = v.strictObject({});
/** Installed packs' ids (the pack schema keeps them short); a cap so no message field is unbounded. */
const PackId = v.pipe(v.string(), v.maxLength(200));
/** Import files: the limit, said in the reader's terms. */
const ImportText = v.pipe(
  v.string(),
  v.maxLength(MAX_IMPORT_CHARS, `the file is larger than the ${MAX_IMPORT_CHARS / 1024 / 1024} MB limit`),
);

/** Who may send a message: any of our contexts, or only our own extension pages (popup, options). */
export type Access = 'any' | 'extension-page';

/** Page signals the content script gathers cheaply before asking for analysis. */
export const PageSignalsSchema = v.strictObject({
  url: Url,
  canonicalUrl: v.nullable(Url),
  title: v.pipe(v.string(), v.maxLength(2000)),
  /** Serialized page HTML, sent only when the cheap gate says the page may be an article. */
  html: v.nullable(v.pipe(v.string(), v.maxLength(MAX_PAGE_HTML))),
});

/** Every message the background answers: payload schema, access and a doc line. */
export const BACKGROUND_MESSAGES = {
  ping: { access: 'any', payload: Empty, doc: 'Is the background alive? Answers its version.' },
  'page/start': {
    access: 'any',
    payload: v.strictObject({ url: Url, canonicalUrl: v.nullable(Url) }),
    doc: "A page's first question, in one round trip: the settings and, when Backstory is on, the cheap lookup and how many notes the page has.",
  },
  'page/lookup': {
    access: 'any',
    payload: v.strictObject({ url: Url, canonicalUrl: v.nullable(Url) }),
    doc: 'Cheap lookup by URL and domain: is this a known article or outlet?',
  },
  'page/analyze': {
    access: 'any',
    payload: PageSignalsSchema,
    doc: 'Extract, fingerprint and recognize a page; answers the report the overlay renders (null while Backstory is off).',
  },
  'settings/get': { access: 'any', payload: Empty, doc: 'The current settings.' },
  'settings/set': {
    access: 'extension-page',
    payload: SettingsPatchSchema,
    doc: 'Change settings; every open tab is told at once.',
  },
  'packs/list': { access: 'extension-page', payload: Empty, doc: 'Installed packs with counts.' },
  'packs/import': {
    access: 'extension-page',
    payload: v.strictObject({ json: ImportText }),
    doc: 'Validate and install a pack atomically; a newer version replaces the older one.',
  },
  'packs/export': {
    access: 'extension-page',
    payload: v.strictObject({ id: PackId }),
    doc: 'Export one installed pack as JSON text.',
  },
  'packs/remove': {
    access: 'extension-page',
    payload: v.strictObject({ id: PackId }),
    doc: "Remove a pack's records; never touches notes or settings.",
  },
  'notes/save': {
    access: 'any',
    payload: NoteDraftSchema,
    doc: 'Save a new note for the sending page.',
  },
  'notes/for-page': {
    access: 'any',
    payload: v.strictObject({ url: Url, canonicalUrl: v.nullable(Url) }),
    doc: 'Notes to re-anchor on a page (by URL or canonical URL).',
  },
  'notes/anchor-status': {
    access: 'any',
    payload: v.strictObject({
      ids: v.pipe(v.array(NoteIdSchema), v.maxLength(10_000)),
      status: v.picklist(ANCHOR_STATUSES),
      /** The page's canonical link, for notes it found through it (see lib/background/own-page.ts). */
      canonicalUrl: v.optional(v.nullable(Url)),
    }),
    doc: "Record whether the sending page found its notes again; only notes of the sender's own page.",
  },
  'notes/reattach': {
    access: 'any',
    payload: v.strictObject({
      id: NoteIdSchema,
      target: NoteTargetSchema,
      canonicalUrl: v.optional(v.nullable(Url)),
    }),
    doc: "Attach an orphaned note to a new selection on the sender's own page.",
  },
  'notes/list': {
    access: 'extension-page',
    payload: v.strictObject({
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
    }),
    doc: 'All notes (or the newest `limit`), most recently changed first.',
  },
  'notes/update': {
    access: 'extension-page',
    payload: v.strictObject({ id: NoteIdSchema, patch: NotePatchSchema }),
    doc: 'Edit a note.',
  },
  'notes/delete': {
    access: 'extension-page',
    payload: v.strictObject({ id: NoteIdSchema }),
    doc: 'Delete a note; answers it so the popup can undo.',
  },
  'notes/restore': {
    access: 'extension-page',
    payload: v.strictObject({ note: StoredNoteSchema }),
    doc: 'Undo a delete: put the deleted note back exactly as it was.',
  },
  'notes/export': {
    access: 'extension-page',
    payload: v.strictObject({ format: v.picklist(['jsonld', 'markdown']) }),
    doc: 'All notes as file text: W3C Web Annotation JSON-LD (imports back) or Markdown.',
  },
  'notes/import': {
    access: 'extension-page',
    payload: v.strictObject({ json: ImportText }),
    doc: 'Validate and store a JSON-LD notes file atomically; notes already present are skipped.',
  },
} as const satisfies Record<string, { access: Access; payload: v.GenericSchema; doc: string }>;

/** Names of background messages. */
export type BackgroundMessageType = keyof typeof BACKGROUND_MESSAGES;

/** The payload type of a background message. */
export type BackgroundPayload<K extends BackgroundMessageType> = v.InferOutput<
  (typeof BACKGROUND_MESSAGES)[K]['payload']
>;

/** What each background message answers with (inside `Result.value`). */
export interface BackgroundReplies {
  ping: { version: string };
  'page/start': PageStart;
  'page/lookup': LookupAnswer;
  'page/analyze': PageReport | null;
  'settings/get': Settings;
  'settings/set': Settings;
  'packs/list': PackRecord[];
  'packs/import': { pack: PackRecord; changed: boolean };
  'packs/export': string;
  'packs/remove': { removed: number };
  'notes/save': Note;
  'notes/for-page': Note[];
  'notes/anchor-status': { updated: number };
  'notes/reattach': Note;
  'notes/list': Note[];
  'notes/update': Note;
  'notes/delete': Note;
  'notes/restore': Note;
  'notes/export': string;
  'notes/import': ImportCounts;
}

/** Every message a content script answers (sent by the background or the popup). */
export const TAB_MESSAGES = {
  'tab/status': { payload: Empty, doc: "This tab's current report and whether the overlay shows." },
  'tab/settings-changed': {
    payload: v.strictObject({ settings: v.unknown() }),
    doc: 'Settings changed somewhere; re-evaluate the overlay now.',
  },
  'tab/toggle-overlay': { payload: Empty, doc: 'Show or hide the overlay on this page only.' },
  'tab/open-note-editor': {
    payload: Empty,
    doc: 'The context menu\'s "Save a Backstory note on the selection": open the note editor.',
  },
} as const satisfies { [K in TabMessageType]: { payload: v.GenericSchema; doc: string } };

/** What a page learns when it starts (`page/start`). */
export interface PageStart {
  settings: Settings;
  /** The cheap lookup; null when Backstory is switched off. */
  known: LookupAnswer | null;
  /** Notes saved on the page (by its address or canonical link); 0 when switched off. */
  notesOnPage: number;
}

/** What a tab reports about itself to the popup. */
export interface TabStatus {
  url: string;
  report: PageReport | null;
  overlayShown: boolean;
  hiddenOnPage: boolean;
}

/** What each tab message answers with. */
export interface TabReplies {
  'tab/status': TabStatus;
  'tab/settings-changed': null;
  'tab/toggle-overlay': { overlayShown: boolean };
  /** Whether the editor opened (false when nothing is selected in the top frame). */
  'tab/open-note-editor': { opened: boolean };
}

/** The envelope every message travels in. */
export interface Envelope<K extends string = string> {
  type: K;
  payload: unknown;
}
