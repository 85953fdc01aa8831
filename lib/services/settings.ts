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

/** The settings as the background holds them between messages. */
export interface SettingsCache {
  /** The current settings: read from the database the first time, then from memory. */
  read(): Promise<Settings>;
  /** Applies a change in the database, then in memory; answers the new settings. */
  change(patch: SettingsPatch): Promise<Settings>;
}

/**
 * Settings kept in memory by the background, which is their only writer (through `change`):
 * every page asks for them once or twice as it loads, and a database read cost each analysis
 * a wait before it began. A failed read is not kept; the next one tries the database again.
 */
export function cachedSettings(db: BackstoryDb): SettingsCache {
  let current: Promise<Settings> | null = null;
  return {
    read() {
      if (current) return current;
      const reading = readSettings(db);
      reading.catch(() => {
        if (current === reading) current = null;
      });
      current = reading;
      return reading;
    },
    async change(patch) {
      const next = await changeSettings(db, patch);
      current = Promise.resolve(next);
      return next;
    },
  };
}
