import { describe, expect, test, vi } from 'vitest';
import { BackstoryDb } from '../../../lib/db/database';
import { cachedSettings, readSettings } from '../../../lib/services/settings';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

let dbCount = 0;
const freshDb = () => new BackstoryDb(`settings-cache-${dbCount++}`);

describe('the background settings cache', () => {
  test('reads the database once, then answers from memory', async () => {
    const db = freshDb();
    const cache = cachedSettings(db);
    const get = vi.spyOn(db.settings, 'get');
    expect(await cache.read()).toEqual(DEFAULT_SETTINGS);
    // Written behind the cache's back: only `change` writes settings in the extension.
    await db.settings.put({ key: 'settings', value: { enabled: false } });
    expect((await cache.read()).enabled).toBe(true);
    expect(get).toHaveBeenCalledTimes(1);
    db.close();
  });

  test('keeps a change in the database and in memory', async () => {
    const db = freshDb();
    const cache = cachedSettings(db);
    await cache.read();
    const changed = await cache.change({ site: { host: 'www.example.com', disabled: true } });
    expect(changed.disabledSites).toEqual(['example.com']);
    expect(await cache.read()).toEqual(changed);
    expect(await readSettings(db)).toEqual(changed);
    db.close();
  });

  test('does not keep a failed read: the next read tries the database again', async () => {
    const db = freshDb();
    const cache = cachedSettings(db);
    const get = vi.spyOn(db.settings, 'get').mockRejectedValueOnce(new Error('disk error'));
    await expect(cache.read()).rejects.toThrow('disk error');
    expect(await cache.read()).toEqual(DEFAULT_SETTINGS);
    expect(get).toHaveBeenCalledTimes(2);
    db.close();
  });

  test('keeps the settings it had when a change fails', async () => {
    const db = freshDb();
    const cache = cachedSettings(db);
    const before = await cache.read();
    vi.spyOn(db.settings, 'put').mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(cache.change({ enabled: false })).rejects.toThrow('quota exceeded');
    expect(await cache.read()).toEqual(before);
    expect(await readSettings(db)).toEqual(before);
    db.close();
  });
});
