/**
 * `npm run corpus:build`: reads the reviewable corpus in assets/corpus/, fingerprints the
 * articles with the extension's own code, validates the result and writes assets/packs/starter.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assemblePack } from '../lib/corpus/assemble';
import { validatePack } from '../lib/corpus/parse-pack';
import { fingerprintArticle } from '../lib/recognition/fingerprint';
import { readCorpusSource } from './corpus-source';

const pack = assemblePack(readCorpusSource(), fingerprintArticle);
const checked = validatePack(pack);
if (!checked.ok) {
  console.error(checked.error);
  process.exit(1);
}
const dir = join(import.meta.dirname, '..', 'assets', 'packs');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'starter.json'), JSON.stringify(pack) + '\n');
const counts = (['sources', 'outlets', 'articles', 'stories', 'reports', 'claims'] as const)
  .map((key) => `${pack[key].length} ${key}`)
  .join(', ');
console.log(`Wrote assets/packs/starter.json (version ${pack.version}): ${counts}.`);
