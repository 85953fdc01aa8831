import { describe, expect, test } from 'vitest';
import { readPackText } from '../../lib/corpus/parse-pack';
import { exportPack, installPack, listPacks, removePack } from '../../lib/services/packs';
import { saveNote, listNotes } from '../../lib/services/notes';
import { lookupPage } from '../../lib/services/analyze';
import { changeSettings, readSettings } from '../../lib/services/settings';
import { dumpDb, freshDb, testPack } from '../helpers/packs';

const noteDraft = {
  url: 'https://outlet-a.example/news/a',
  canonicalUrl: null,
  title: 'Article A',
  fingerprint: null,
  body: 'My note',
  tags: ['mine'],
  kind: 'comment' as const,
  target: null,
  link: null,
  outletId: null,
};

describe('installing packs', () => {
  test('a pack installs with its counts and lookup rows', async () => {
    const db = freshDb();
    const { pack, changed } = await installPack(db, testPack());
    expect(changed).toBe(true);
    expect(pack.counts).toEqual({ sources: 1, outlets: 1, articles: 1, stories: 1, reports: 1, claims: 1 });
    expect(await db.domains.get(['outlet-a.example', 'outlet-a'])).toMatchObject({ packId: 'test-pack' });
    expect(await lookupPage(db, 'https://www.outlet-a.example/news/a', null)).toMatchObject({
      knownUrl: true,
      report: { match: 'outlet', outlet: { id: 'outlet-a' } },
    });
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['test-pack']);
  });

  test('installing the same version twice changes nothing', async () => {
    const db = freshDb();
    await installPack(db, testPack(), 1000);
    const before = await dumpDb(db);
    const again = await installPack(db, testPack(), 2000);
    expect(again.changed).toBe(false);
    expect(await dumpDb(db)).toEqual(before);
  });

  test('a newer version replaces the older one, dropping records it no longer has', async () => {
    const db = freshDb();
    await installPack(db, testPack());
    const v2 = testPack({ version: 2, reports: [], title: 'Test pack v2' });
    const { changed, pack } = await installPack(db, v2);
    expect(changed).toBe(true);
    expect(pack.version).toBe(2);
    expect(await db.reports.count()).toBe(0);
    expect(await db.outlets.get('outlet-a')).toBeDefined();
  });

  test('an older version is refused and nothing changes', async () => {
    const db = freshDb();
    await installPack(db, testPack({ version: 3 }));
    const before = await dumpDb(db);
    await expect(installPack(db, testPack({ version: 2 }))).rejects.toThrow(/version 3 is installed/);
    expect(await dumpDb(db)).toEqual(before);
  });

  test('a pack whose ids belong to another pack is refused atomically', async () => {
    const db = freshDb();
    await installPack(db, testPack());
    const before = await dumpDb(db);
    const intruder = testPack({ id: 'other-pack', reports: [], claims: [] });
    await expect(installPack(db, intruder)).rejects.toThrow(
      /already belongs to the installed pack "test-pack"/,
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  test('a pack whose article id belongs to another pack is refused atomically', async () => {
    const db = freshDb();
    await installPack(db, testPack());
    const before = await dumpDb(db);
    const intruder = testPack({
      id: 'other-pack',
      sources: [],
      outlets: [],
      stories: [],
      reports: [],
      claims: [],
    });
    await expect(installPack(db, intruder)).rejects.toThrow(
      /"article-a" in articles already belongs to the installed pack "test-pack"/,
    );
    expect(await dumpDb(db)).toEqual(before);
  });
});

describe('removing and exporting packs', () => {
  test('removing a pack removes its records and keeps notes and settings', async () => {
    const db = freshDb();
    await installPack(db, testPack());
    await saveNote(db, noteDraft);
    await changeSettings(db, { site: { host: 'www.outlet-a.example', disabled: true } });
    const removed = await removePack(db, 'test-pack');
    expect(removed).toBe(6);
    for (const table of [
      'packs',
      'sources',
      'outlets',
      'articleBlocks',
      'articleTexts',
      'stories',
      'reports',
      'claims',
      'domains',
      'urls',
    ]) {
      expect(await db.table(table).count(), table).toBe(0);
    }
    expect((await listNotes(db)).map((n) => n.body)).toEqual(['My note']);
    expect((await readSettings(db)).disabledSites).toEqual(['outlet-a.example']);
  });

  test('removing an unknown pack says so', async () => {
    await expect(removePack(freshDb(), 'nope')).rejects.toThrow('No installed pack is called "nope".');
  });

  test('export then import into an empty database gives back the same data', async () => {
    const source = freshDb();
    await installPack(source, testPack(), 5);
    const exported = JSON.stringify(await exportPack(source, 'test-pack'));
    const parsed = readPackText(exported);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(testPack());
    const target = freshDb();
    await installPack(target, parsed.value, 5);
    expect(await dumpDb(target)).toEqual(await dumpDb(source));
  });
});
