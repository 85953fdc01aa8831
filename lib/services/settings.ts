/** Reading and changing the reader's settings in the database. */
import type { BackstoryDb } from '../db/database';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../settings';

const KEY = 'settings';

/** The stored settings, or the defaults on first run. */
export async function readSettings(db: BackstoryDb): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) };
}

/** Applies a change and answers the new settings. */
export async function changeSettings(db: BackstoryDb, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = applySettingsPatch(await readSettings(db), patch);
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}
