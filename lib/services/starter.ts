/** Installs or upgrades the bundled starter pack; notes and settings are left as they are. */
import type { BackstoryDb, PackRecord } from '../db/database';
import { validatePack } from '../corpus/parse-pack';
import starter from '../../assets/packs/starter.json';
import { installPack } from './packs';

/** Installs the starter pack when missing or older than the bundled one. */
export async function installStarterPack(
  db: BackstoryDb,
  bundled: unknown = starter,
): Promise<{ pack: PackRecord; changed: boolean }> {
  const pack = validatePack(bundled);
  if (!pack.ok) throw new Error(`The bundled starter pack is invalid: ${pack.error}`);
  const installed = await db.packs.get(pack.value.id);
  if (installed && installed.version >= pack.value.version) return { pack: installed, changed: false };
  return installPack(db, pack.value);
}
