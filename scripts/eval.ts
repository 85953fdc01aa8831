/**
 * `npm run eval`: recognition quality on the labelled pages (tests/fixtures/recognition) and on
 * the 130 real pages in /work/shared/real-pages (none is about a corpus story, so any result
 * there is a false positive). Prints per-kind precision and recall, the confusion table, the
 * claim-finding rate and the real-pages false positives; exits 1 if any page is wrong.
 */
import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MATCH_KINDS } from '../lib/recognition/types';
import { databaseWith, recognizeHtml, starterPack } from '../tests/fixtures/recognition/harness';
import { judge, labelledPages } from '../tests/fixtures/recognition/labelled';
import { confusionTable, precisionRecall } from './bench/report';

const REAL_PAGES = process.env.REAL_PAGES_DIR ?? '/work/shared/real-pages';

const db = await databaseWith(starterPack(), 'eval');
const kinds = [...MATCH_KINDS, 'none'] as const;
const pairs: Array<{ want: string; got: string }> = [];
let wrong = 0;
let claimsWanted = 0;
let claimsFound = 0;
const extraClaims: string[] = [];
console.log('Labelled pages');
for (const page of labelledPages()) {
  const outcome = await recognizeHtml(db, page.html, page.labels.url);
  const verdict = judge(page.labels, outcome.recognition);
  pairs.push({ want: page.labels.kind ?? 'none', got: outcome.recognition?.kind ?? 'none' });
  claimsWanted += page.labels.claimIds.length;
  claimsFound += verdict.claimsFound.length;
  extraClaims.push(...verdict.claimsExtra.map((id) => `${page.name}: ${id}`));
  if (!verdict.right) wrong++;
  const claims = page.labels.claimIds.length
    ? ` claims ${verdict.claimsFound.length}/${page.labels.claimIds.length}`
    : '';
  const missed = verdict.claimsMissed.length ? ` missed [${verdict.claimsMissed.join(', ')}]` : '';
  console.log(
    `  ${verdict.right ? 'ok   ' : 'WRONG'} ${page.name}${claims}${verdict.problems.length ? ` — ${verdict.problems.join('; ')}` : ''}${missed}`,
  );
}

console.log('\nPer kind (labelled pages)');
for (const row of precisionRecall(pairs, kinds)) console.log(`  ${row}`);
console.log('\nConfusion (rows: labelled, columns: recognized)');
for (const line of confusionTable(pairs, kinds)) console.log(`  ${line}`);
const rate = claimsWanted ? ((100 * claimsFound) / claimsWanted).toFixed(1) : 'n/a';
console.log(
  `\nClaims found: ${claimsFound}/${claimsWanted} (${rate}%); claims reported but not labelled: ${extraClaims.length}`,
);
for (const extra of extraClaims) console.log(`  extra ${extra}`);

let realPages = 0;
const falsePositives: string[] = [];
if (existsSync(REAL_PAGES)) {
  for (const name of readdirSync(REAL_PAGES).sort()) {
    const file = join(REAL_PAGES, name, 'source.html');
    if (!existsSync(file)) continue;
    realPages++;
    const outcome = await recognizeHtml(db, readFileSync(file, 'utf8'), `https://${name}.example/`);
    if (outcome.recognition?.kind) falsePositives.push(`${name}: ${outcome.recognition.kind}`);
  }
}
console.log(`\nReal pages: ${realPages}, false positives: ${falsePositives.length}`);
for (const entry of falsePositives) console.log(`  ${entry}`);
console.log(`\nLabelled pages right: ${pairs.length - wrong}/${pairs.length}`);
process.exitCode = wrong > 0 || falsePositives.length > 0 ? 1 : 0;
