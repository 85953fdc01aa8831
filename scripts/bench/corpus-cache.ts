/**
 * Synthetic corpora on disk, generated once (two child processes, one per core) and reused:
 * files are keyed by a hash of a sample fingerprint, so any change to fingerprints regenerates them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprintArticle } from '../../lib/recognition/fingerprint';
import { hashString } from '../../lib/text/hash';
import { syntheticText } from './synthetic';

/** Articles per chunk file (one fetch each in the browser). */
export const CHUNK = 10_000;
/** Where generated chunks live. */
export const CACHE_DIR = join(
  tmpdir(),
  'backstory-bench',
  `fingerprint-${hashString(JSON.stringify(fingerprintArticle(syntheticText(0), 'en'))).toString(36)}`,
);

/** The file of articles [from, from + CHUNK) of the largest corpus generated. */
const chunkFile = (from: number) => join(CACHE_DIR, `articles-${from}-${from + CHUNK}.json`);

/**
 * The chunks holding articles [0, size): each is (a prefix of) a chunk file, so every scale
 * reads the same generated articles. Sizes are rounded up to whole chunks when generating.
 */
export function chunkFiles(size: number): Array<{ from: number; to: number; file: string }> {
  const chunks = [];
  for (let from = 0; from < size; from += CHUNK)
    chunks.push({ from, to: Math.min(size, from + CHUNK), file: chunkFile(from) });
  return chunks;
}

function run(from: number, to: number, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'generate-chunk.ts'), String(from), String(to), file],
      {
        stdio: 'inherit',
      },
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`chunk ${from}-${to} failed (${code})`)),
    );
  });
}

/** Makes sure the chunks of a corpus of `size` articles exist; at most `parallel` at a time. */
export async function ensureCorpus(size: number, parallel = 2): Promise<void> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const queue = chunkFiles(size).filter((chunk) => !existsSync(chunk.file));
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let chunk = queue.shift(); chunk; chunk = queue.shift())
        await run(chunk.from, chunk.from + CHUNK, chunk.file);
    }),
  );
}
