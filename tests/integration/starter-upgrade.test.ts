import { expect, test } from 'vitest';
import starter from '../../assets/packs/starter.json';
import { installStarterPack } from '../../lib/services/starter';
import { saveNote } from '../../lib/services/notes';
import { changeSettings, readSettings } from '../../lib/services/settings';
import { freshDb } from '../helpers/packs';

test('an extension update with a newer starter pack upgrades it and keeps notes and settings', async () => {
  const db = freshDb();
  expect((await installStarterPack(db)).changed).toBe(true);
  const note = await saveNote(db, {
    url: 'https://www.presstv.ir/a',
    canonicalUrl: null,
    title: 'A',
    fingerprint: null,
    body: 'mine',
    tags: [],
    kind: 'question',
    target: null,
    link: { type: 'outlet', id: 'press-tv' },
    outletId: 'press-tv',
  });
  await changeSettings(db, { enabled: false });
  const newer = { ...starter, version: starter.version + 1, reports: starter.reports.slice(1) };
  const upgrade = await installStarterPack(db, newer);
  expect(upgrade).toMatchObject({ changed: true, pack: { version: starter.version + 1 } });
  expect(await db.reports.count()).toBe(starter.reports.length - 1);
  expect(await db.notes.get(note.id)).toEqual(note);
  expect((await readSettings(db)).enabled).toBe(false);
  expect((await installStarterPack(db)).changed).toBe(false); // an older bundle never downgrades
  expect((await db.packs.get('starter'))?.version).toBe(starter.version + 1);
});

test('a broken bundled pack is refused with a message and installs nothing', async () => {
  const db = freshDb();
  await expect(installStarterPack(db, { ...starter, outlets: 'none' })).rejects.toThrow(
    /bundled starter pack is invalid: .*outlets/,
  );
  expect(await db.packs.count()).toBe(0);
});
