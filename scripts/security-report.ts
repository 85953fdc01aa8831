/**
 * `npm run security:report`: renders the figures the security tests wrote
 * (test-results/security-figures.json) as a table into SECURITY.md, between
 * `<!-- figures:start -->` and `<!-- figures:end -->`. Run the tests first (`npm run test:unit`
 * and `npm run test:e2e`); rows a run did not measure keep their last figures and dates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  FIGURES_FILE,
  readFigures,
  renderFiguresTable,
  replaceBetweenMarkers,
} from '../tests/security/figures';

const target = join(import.meta.dirname, '..', 'SECURITY.md');
const figures = readFigures();
const rows = Object.values(figures.rows);
if (rows.length === 0) {
  console.error(`No figures in ${FIGURES_FILE}: run the tests first.`);
  process.exit(1);
}
const updated = replaceBetweenMarkers(readFileSync(target, 'utf8'), renderFiguresTable(figures));
// Formatted as the rest of the repository, so `npm run format:check` stays clean.
writeFileSync(target, await format(updated, { ...(await resolveConfig(target)), filepath: target }));
const mustBeZero = rows.filter(
  (row) => !row.knownGap && [row.executed, row.leaked, row.notesLost].some((value) => (value ?? 0) > 0),
);
console.log(`SECURITY.md: ${rows.length} rows of figures written.`);
for (const row of mustBeZero) console.warn(`Not zero: ${row.class} (${row.where})`);
if (mustBeZero.length > 0) process.exit(1);
