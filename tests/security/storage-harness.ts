/**
 * Breaking storage on purpose: a database whose writes can be made to fail as a full disk does
 * (a QuotaExceededError DOMException from IndexedDB) or be cut off part-way like a killed service
 * worker (the transaction aborts after its n-th write), an IndexedDB that cannot be opened at all,
 * and the background started on the fake browser to answer messages over such a database.
 */
import Dexie, { type DBCoreMutateRequest } from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground, type BackgroundOptions } from '../../lib/background/start';
import { BackstoryDb } from '../../lib/db/database';
import { createHandlers } from '../../lib/background/handlers';
import { routeMessage } from '../../lib/background/router';
import { guardEach } from '../../lib/db/open';
import type { Result } from '../../lib/result';
import { analyzePage, lookupPage } from '../../lib/services/analyze';

/** Switches for a {@link FaultyDb}; change them at any time. */
export interface Faults {
  /** Every write fails as IndexedDB fails when the disk or quota is full. */
  quota: boolean;
  /** The transaction of the n-th write from now is aborted, as if the process died (then resets). */
  killAtWrite: number | null;
  /**
   * The next write succeeds, then its transaction is aborted before it commits (as when the disk
   * fills at commit time, or the process dies between the write and the commit).
   */
  abortAfterWrite?: boolean;
  /** Writes seen so far. */
  writes: number;
}

/** A BackstoryDb with {@link Faults} between Dexie and IndexedDB. */
export interface FaultyDb {
  db: BackstoryDb;
  faults: Faults;
}

let counter = 0;

/** A unique database name. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Opens (lazily) a BackstoryDb named `name` whose writes obey `faults`. */
export function faultyDb(
  name = uniqueName('faulty'),
  faults: Faults = { quota: false, killAtWrite: null, writes: 0 },
): FaultyDb {
  const db = new BackstoryDb(name);
  db.use({
    stack: 'dbcore',
    name: 'test-faults',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            faults.writes += 1;
            if (faults.quota) {
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            if (faults.abortAfterWrite) {
              faults.abortAfterWrite = false;
              return table.mutate(request).then((result) => {
                request.trans.abort();
                return result;
              });
            }
            if (faults.killAtWrite !== null && --faults.killAtWrite <= 0) {
              faults.killAtWrite = null;
              // What a dying process leaves: IndexedDB aborts the transaction, nothing of it stays.
              request.trans.abort();
              return Promise.reject(new DOMException('The transaction was aborted.', 'AbortError'));
            }
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return { db, faults };
}

/** An IndexedDB factory that refuses to open anything, as some private windows do. */
export function unavailableIndexedDb(
  error = new DOMException('The operation is insecure.', 'SecurityError'),
): IDBFactory {
  return {
    open: () => {
      throw error;
    },
    deleteDatabase: () => {
      throw error;
    },
    databases: () => Promise.reject(error),
    cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
  } as IDBFactory;
}

/** Constructs a BackstoryDb while Dexie sees `factory` as the browser's IndexedDB. */
export function dbWithFactory(factory: IDBFactory, name = uniqueName('nostorage')): BackstoryDb {
  const saved = Dexie.dependencies.indexedDB;
  Dexie.dependencies.indexedDB = factory;
  try {
    return new BackstoryDb(name);
  } finally {
    Dexie.dependencies.indexedDB = saved;
  }
}

/** The popup, as the router sees it on the fake browser. */
export const popupSender = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/popup.html'),
});
/** A content script in a news page's top frame. */
export const pageSender = (url = 'https://www.presstv.ir/a') => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: 3 },
  frameId: 0,
});

/** Starts the background on `db` (as after a service worker restart: old listeners are gone). */
export async function restartBackground(db: BackstoryDb, options?: BackgroundOptions): Promise<void> {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  // The fake browser has no context menus; without them the background skips its menu item.
  Object.assign(fakeBrowser, { contextMenus: undefined });
  await startBackground(db, options);
}

/** Sends one message to the background's listener, as `sender`, and answers its reply. */
export async function ask(
  type: string,
  payload: unknown,
  sender: object = popupSender(),
): Promise<Result<unknown>> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ type, payload }, sender, () => undefined);
  if (replies.length !== 1) throw new Error(`${replies.length} listeners answered`);
  return (await replies[0]) as Result<unknown>;
}

/**
 * The background's message path without the fake browser (whose state each test resets): the
 * real router and handlers behind the storage guard, as `startBackground` wires them.
 */
export function directBackground(db: BackstoryDb) {
  const handlers = guardEach(
    db,
    createHandlers(db, {
      version: '1.0.0',
      lookup: (url, canonicalUrl) => lookupPage(db, url, canonicalUrl),
      analyze: (url, canonicalUrl, html) => analyzePage(db, url, canonicalUrl, html),
      broadcastSettings: async () => undefined,
    }),
  );
  const identity = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
  const popup = { id: 'our-id', url: 'chrome-extension://our-id/options.html' };
  return (type: string, payload: unknown) => routeMessage({ type, payload }, popup, identity, handlers);
}

/**
 * Lets the content script's `askBackground` reach the background as a page would: the fake
 * browser's own sendMessage sends no sender and drops promise answers.
 */
export function bridgeContentScript(url: string): void {
  fakeBrowser.runtime.sendMessage = (async (message: unknown) => {
    const sender = pageSender(url) as unknown as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
    return reply;
  }) as typeof fakeBrowser.runtime.sendMessage;
}
