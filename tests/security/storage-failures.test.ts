/**
 * Storage that fails under the background: a full disk, the database closed or deleted while
 * open, an upgrade that throws, the service worker dying during a pack import, and storage that
 * cannot be opened at all. Every message then answers either its result or one plain message,
 * and the database holds exactly what was answered as saved.
 */
import Dexie from 'dexie';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { BackstoryDb } from '../../lib/db/database';
import { openDatabase, STORAGE_MESSAGES, StorageError, withDatabase } from '../../lib/db/open';
import { SCHEMA_V1, SCHEMA_V2 } from '../../lib/db/versions';
import { BACKGROUND_MESSAGES, type BackgroundMessageType } from '../../lib/messages';
import { dumpDb, testPack } from '../helpers/packs';
import { recordFigures, type FigureRow } from './figures';
import { VALID_PAYLOADS } from './message-samples';
import {
  ask,
  dbWithFactory,
  faultyDb,
  pageSender,
  popupSender,
  restartBackground,
  uniqueName,
  unavailableIndexedDb,
} from './storage-harness';

const figures: FigureRow[] = [];
afterEach(() => vi.restoreAllMocks());
const PAGE_URL = 'https://www.presstv.ir/a';
const draft = (body: string) => ({ ...VALID_PAYLOADS['notes/save'], url: PAGE_URL, body });
const senderFor = (type: BackgroundMessageType) =>
  BACKGROUND_MESSAGES[type].access === 'any' ? pageSender(PAGE_URL) : popupSender();
const packJson = JSON.stringify(testPack());

/** Rows of the test pack in each table, to tell "all there" from "not at all". */
async function testPackRows(db: BackstoryDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) {
    if (table.name === 'packs') counts.packs = (await table.get('test-pack')) ? 1 : 0;
    else if (table.schema.indexes.some((index) => index.name === 'packId'))
      counts[table.name] = await table.where('packId').equals('test-pack').count();
  }
  return counts;
}

describe('a full disk: every write answers the "full" message and changes nothing', () => {
  test('writes of every kind are refused with the message; reads still work; then saving works again', async () => {
    const { db, faults } = faultyDb();
    await restartBackground(db);
    const kept = await ask('notes/save', draft('kept before the disk filled'), pageSender(PAGE_URL));
    expect(kept.ok).toBe(true);
    const noteId = kept.ok ? (kept.value as { id: string }).id : '';
    const exported = await ask('notes/export', { format: 'jsonld' });
    const before = await dumpDb(db);

    faults.quota = true;
    const writes: [BackgroundMessageType, unknown][] = [
      ['notes/save', draft('written on a full disk')],
      ['notes/update', { id: noteId, patch: { body: 'edited on a full disk' } }],
      ['notes/delete', { id: noteId }],
      ['notes/anchor-status', { ids: [noteId], status: 'orphaned', canonicalUrl: null }],
      [
        'notes/import',
        {
          json: (exported.ok ? (exported.value as string) : '').replaceAll(
            noteId,
            '11111111-1111-4111-8111-111111111111',
          ),
        },
      ],
      ['packs/import', { json: packJson }],
      ['packs/remove', { id: 'starter' }],
      ['settings/set', { enabled: false }],
    ];
    let refused = 0;
    for (const [type, payload] of writes) {
      const reply = await ask(type, payload, senderFor(type));
      expect(reply, type).toEqual({ ok: false, error: STORAGE_MESSAGES.full });
      refused += 1;
    }
    expect(await dumpDb(db)).toEqual(before);
    expect((await ask('notes/list', {})).ok).toBe(true);

    faults.quota = false;
    const saved = await ask('notes/save', draft('saved once there was room'), pageSender(PAGE_URL));
    expect(saved.ok).toBe(true);
    expect((await db.notes.toArray()).map((note) => note.body).sort()).toEqual([
      'kept before the disk filled',
      'saved once there was room',
    ]);
    figures.push({
      id: 'storage/quota',
      class: 'Storage: quota exceeded on every kind of write',
      where: 'tests/security/storage-failures.test.ts',
      tried: writes.length,
      rejected: refused,
      executed: null,
      notesLost: 0,
      detail: 'database unchanged; saving works again once there is room',
    });
  });
});

describe('the database closed or deleted under us', () => {
  const cases: [string, (db: BackstoryDb) => Promise<void>][] = [
    ['closed (db.close())', async (db) => db.close()],
    ['deleted while open (db.delete())', (db) => db.delete()],
    ['deleted by another connection (site data cleared)', (db) => new Dexie(db.name).delete()],
  ];
  test.each(cases)('%s: the next save reopens it, stores the note and answers ok', async (name, breakIt) => {
    const { db } = faultyDb();
    await restartBackground(db);
    expect((await ask('notes/save', draft('before'), pageSender(PAGE_URL))).ok).toBe(true);
    await breakIt(db);
    const reply = await ask('notes/save', draft('after'), pageSender(PAGE_URL));
    expect(reply.ok).toBe(true);
    const bodies = (await new BackstoryDb(db.name).notes.toArray()).map((note) => note.body);
    expect(bodies).toContain('after');
    // Closing keeps the data; deleting loses what was there, by the reader's (or browser's) choice.
    expect(bodies.includes('before')).toBe(name.startsWith('closed'));
    // The starter corpus is put back after a deletion, so pages are recognized again.
    expect((await ask('packs/list', {})).ok && (await db.packs.get('starter'))).toBeTruthy();
    figures.push({
      id: `storage/${name.split(' ')[0]}-${name.includes('another') ? 'other' : 'own'}`,
      class: `Storage: database ${name}`,
      where: 'tests/security/storage-failures.test.ts',
      tried: 1,
      rejected: 0,
      executed: null,
      notesLost: reply.ok && bodies.includes('after') ? 0 : 1,
      detail: 'reopened and saved; starter pack reinstalled',
    });
  });
});

describe('closed between two steps of one operation', () => {
  test('the operation runs again on the reopened database, once', async () => {
    const { db } = faultyDb();
    await db.open();
    let runs = 0;
    const answer = await withDatabase(db, async () => {
      runs += 1;
      await db.notes.count();
      if (runs === 1) db.close(); // as the browser does when site data is cleared mid-operation
      return db.notes.count();
    });
    expect([answer, runs]).toEqual([0, 2]);
  });
});

/** The current schema plus a version 5 whose upgrade fails, as a broken update would. */
class BrokenUpgradeDb extends BackstoryDb {
  constructor(name: string) {
    super(name);
    this.version(5)
      .stores({})
      .upgrade(() => {
        throw new Error('the upgrade failed half-way');
      });
  }
}

describe('an upgrade that throws', () => {
  test('the open fails with the upgrade message, and version 2 with its notes stays intact', async () => {
    const name = uniqueName('upgrade');
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const notes = [1, 2, 3].map((n) => ({
      ...draft(`note ${n}`),
      id: `n${n}`,
      site: 'presstv.ir',
      createdAt: n,
      updatedAt: n,
    }));
    await v2.table('notes').bulkAdd(notes);
    v2.close();

    const broken = new BrokenUpgradeDb(name);
    const failure = await openDatabase(broken).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).message).toBe(STORAGE_MESSAGES.upgrade);
    broken.close();

    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    await old.open();
    expect(old.verno).toBe(2);
    expect(await old.table('notes').toArray()).toEqual(notes);
    old.close();

    // The background on the broken version answers every message with the same plain message.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await restartBackground(new BrokenUpgradeDb(name));
    expect(logged).toHaveBeenCalledTimes(1);
    expect(await ask('notes/list', {})).toEqual({ ok: false, error: STORAGE_MESSAGES.upgrade });

    // A working version upgrades the same database with every note in it.
    const fixed = new BackstoryDb(name);
    expect((await fixed.notes.toArray()).map((note) => note.body)).toEqual(['note 1', 'note 2', 'note 3']);
    figures.push({
      id: 'storage/upgrade-throws',
      class: 'Storage: an upgrade that throws',
      where: 'tests/security/storage-failures.test.ts',
      tried: 2,
      rejected: 2,
      executed: null,
      notesLost: 3 - (await fixed.notes.count()),
      detail: 'open refused with the upgrade message; version 2 and its 3 notes intact',
    });
  });
});

describe('the service worker restarting during a pack import', () => {
  test('killed at each write of the import: after the restart the pack is all there or not at all', async () => {
    // A dry run counts the import's writes and gives the rows of a complete install.
    const dry = faultyDb();
    await restartBackground(dry.db);
    const startWrites = dry.faults.writes;
    expect((await ask('packs/import', { json: packJson })).ok).toBe(true);
    const writes = dry.faults.writes - startWrites;
    const complete = await testPackRows(dry.db);
    const none = Object.fromEntries(Object.keys(complete).map((table) => [table, 0]));
    expect(writes).toBeGreaterThan(3);

    const outcomes = { all: 0, none: 0, partial: 0 };
    for (let killAt = 1; killAt <= writes + 1; killAt += 1) {
      const name = uniqueName('restart');
      const first = faultyDb(name);
      await restartBackground(first.db);
      first.faults.killAtWrite = killAt;
      const reply = await ask('packs/import', { json: packJson });
      // The restart: a new worker opens the same database and starts again.
      const second = new BackstoryDb(name);
      await restartBackground(second);
      const rows = await testPackRows(second);
      const outcome =
        JSON.stringify(rows) === JSON.stringify(complete)
          ? 'all'
          : JSON.stringify(rows) === JSON.stringify(none)
            ? 'none'
            : 'partial';
      outcomes[outcome] += 1;
      expect(outcome, `killed at write ${killAt}`).not.toBe('partial');
      // What the options page was told matches what is there.
      expect(reply.ok, `killed at write ${killAt}: ${JSON.stringify(reply)}`).toBe(outcome === 'all');
      if (!reply.ok) expect(Object.values(STORAGE_MESSAGES)).toContain(reply.error);
    }
    expect(outcomes.none).toBe(writes);
    figures.push({
      id: 'storage/restart-during-import',
      class: 'Storage: worker killed at each write of a pack import',
      where: 'tests/security/storage-failures.test.ts',
      tried: writes + 1,
      rejected: outcomes.none,
      executed: null,
      notesLost: null,
      detail: `${outcomes.all} complete, ${outcomes.none} absent, ${outcomes.partial} partial`,
    });
  });

  test('started twice on the same database while an import runs: the pack is installed once, whole', async () => {
    const name = uniqueName('twice');
    await restartBackground(new BackstoryDb(name));
    const importing = ask('packs/import', { json: packJson });
    const second = new BackstoryDb(name);
    await restartBackground(second);
    expect((await importing).ok).toBe(true);
    const reference = faultyDb();
    await restartBackground(reference.db);
    await ask('packs/import', { json: packJson });
    expect(await testPackRows(second)).toEqual(await testPackRows(reference.db));
    expect((await second.packs.toArray()).map((pack) => pack.id).sort()).toEqual(['starter', 'test-pack']);
  });
});

describe('storage that cannot be used at all', () => {
  test('indexedDB.open throws (a private window): every message answers the "unavailable" message', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = dbWithFactory(unavailableIndexedDb());
    await restartBackground(db);
    expect(logged).toHaveBeenCalledWith(
      'Backstory: the starter corpus could not be installed.',
      expect.any(StorageError),
    );
    const types = Object.keys(BACKGROUND_MESSAGES) as BackgroundMessageType[];
    const replies = await Promise.all(types.map((type) => ask(type, VALID_PAYLOADS[type], senderFor(type))));
    replies.forEach((reply, index) =>
      expect(reply, types[index]).toEqual({ ok: false, error: STORAGE_MESSAGES.unavailable }),
    );
    figures.push({
      id: 'storage/unavailable',
      class: 'Storage: indexedDB.open throws (private window)',
      where: 'tests/security/storage-failures.test.ts',
      tried: types.length,
      rejected: replies.filter((reply) => !reply.ok && reply.error === STORAGE_MESSAGES.unavailable).length,
      executed: null,
      notesLost: null,
      detail: 'every message answered with the plain message',
    });
  });

  test('an open blocked by an old connection that will not close: "busy", then it recovers', async () => {
    const name = uniqueName('blocked');
    const old = new Dexie(name);
    old.version(1).stores({ notes: 'id' });
    await old.open();
    old.on('versionchange', () => false); // false: do not close, so the upgrade stays blocked
    const db = new BackstoryDb(name);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie's "blocked" warning
    const started = Date.now();
    await restartBackground(db, { openTimeoutMs: 300 });
    const types = Object.keys(BACKGROUND_MESSAGES) as BackgroundMessageType[];
    const replies = await Promise.all(types.map((type) => ask(type, VALID_PAYLOADS[type], senderFor(type))));
    for (const reply of replies) expect(reply).toEqual({ ok: false, error: STORAGE_MESSAGES.busy });
    const waited = Date.now() - started;
    expect(logged).toHaveBeenCalledTimes(1); // the starter install gave up, and said so
    old.close();
    expect((await ask('notes/save', draft('after the old window closed'), pageSender(PAGE_URL))).ok).toBe(
      true,
    );
    figures.push({
      id: 'storage/blocked',
      class: 'Storage: open blocked by an old connection',
      where: 'tests/security/storage-failures.test.ts',
      tried: types.length,
      rejected: replies.filter((reply) => !reply.ok).length,
      executed: null,
      notesLost: null,
      detail: `answered "busy" after ${waited} ms; recovered once unblocked`,
    });
  });
});

afterAll(() => recordFigures(figures));
