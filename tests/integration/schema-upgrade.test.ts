import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { BackstoryDb } from '../../lib/db/database';
import { SCHEMA_V1, SCHEMA_VERSION } from '../../lib/db/versions';
import { listNotes } from '../../lib/services/notes';

test('a database created by schema version 1, with notes in it, upgrades without losing anything', async () => {
  const name = `upgrade-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  const notes = [1, 2, 3].map((n) => ({
    id: `note-${n}`,
    url: `https://www.site${n}.example/page`,
    canonicalUrl: null,
    title: `Page ${n}`,
    fingerprint: null,
    body: `Body ${n}`,
    tags: ['t'],
    kind: 'comment',
    target: null,
    link: null,
    outletId: null,
    createdAt: n,
    updatedAt: n,
  }));
  await old.table('notes').bulkAdd(notes);
  await old
    .table('settings')
    .put({ key: 'settings', value: { enabled: false, disabledSites: ['x.example'] } });
  old.close();

  const db = new BackstoryDb(name);
  const upgraded = await listNotes(db);
  expect(db.verno).toBe(SCHEMA_VERSION);
  expect(upgraded).toHaveLength(3);
  expect(upgraded.map((note) => [note.id, note.body, note.site])).toEqual([
    ['note-3', 'Body 3', 'site3.example'],
    ['note-2', 'Body 2', 'site2.example'],
    ['note-1', 'Body 1', 'site1.example'],
  ]);
  expect(await db.notes.where('site').equals('site2.example').count()).toBe(1);
  expect((await db.settings.get('settings'))?.value).toEqual({
    enabled: false,
    disabledSites: ['x.example'],
  });
});
