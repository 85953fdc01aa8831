import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import { forgetCorpus, outletById, sourcesById } from '../../../lib/services/corpus-cache';
import { installPack, removePack } from '../../../lib/services/packs';
import { freshDb, testPack } from '../../helpers/packs';

async function installed() {
  const db = freshDb();
  await installPack(db, testPack());
  return db;
}

describe('the corpus records reports cite, kept in memory', () => {
  test('a second read of the same sources does not go to the database', async () => {
    const db = await installed();
    const reads = vi.spyOn(db.sources, 'bulkGet');
    const first = await sourcesById(db, ['src-a', 'no-such-source']);
    const second = await sourcesById(db, ['src-a', 'no-such-source']);
    expect([...first.keys()]).toEqual(['src-a']);
    expect(second.get('src-a')).toEqual(first.get('src-a'));
    expect(reads).toHaveBeenCalledTimes(1);
  });

  test('a newer pack version is read afresh, and a removed pack is gone', async () => {
    const db = await installed();
    expect((await sourcesById(db, ['src-a'])).get('src-a')?.title).toBe('Test source A');
    expect((await outletById(db, 'outlet-a'))?.name).toBe('Outlet A');
    const next = testPack({ version: 2 });
    next.sources[0] = { ...next.sources[0]!, title: 'Test source A, corrected' };
    await installPack(db, next);
    expect((await sourcesById(db, ['src-a'])).get('src-a')?.title).toBe('Test source A, corrected');
    await removePack(db, next.id);
    expect(await outletById(db, 'outlet-a')).toBeUndefined();
    expect((await sourcesById(db, ['src-a'])).size).toBe(0);
  });

  test('a read under way when the corpus changes does not keep what it read', async () => {
    const db = await installed();
    const reads = vi.spyOn(db.sources, 'bulkGet');
    const pending = sourcesById(db, ['src-a']);
    forgetCorpus(db); // a pack changed while the read was in flight
    expect((await pending).has('src-a')).toBe(true); // this caller still gets its answer
    await sourcesById(db, ['src-a']);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  test('records already cached stay in an answer whose other reads a pack change overtook', async () => {
    const db = await installed();
    await sourcesById(db, ['src-a']);
    const pending = sourcesById(db, ['src-a', 'not-cached-yet']);
    forgetCorpus(db);
    expect([...(await pending).keys()]).toEqual(['src-a']);
  });
});
