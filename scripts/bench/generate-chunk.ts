/**
 * Child process of the benchmark: writes synthetic articles [from, to) with their fingerprints
 * to a JSON file. Usage: tsx scripts/bench/generate-chunk.ts FROM TO OUT
 */
import { writeFileSync } from 'node:fs';
import { syntheticArticles } from './synthetic';

const [from, to, out] = process.argv.slice(2);
writeFileSync(out ?? 'chunk.json', JSON.stringify(syntheticArticles(Number(from), Number(to))));
