/**
 * `npm run lint:firefox`: Mozilla's web-ext lint on the Firefox build. Fails on any error, and on
 * any warning that is not in the checked-in list of known warnings, each with why it is safe.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}
interface Known {
  code: string;
  file: string;
  why: string;
}

const root = join(import.meta.dirname, '..');
const output = execFileSync(
  'npx',
  [
    'web-ext',
    'lint',
    '--source-dir',
    join(root, '.output', 'firefox-mv2'),
    '--self-hosted',
    '--output',
    'json',
  ],
  { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 },
);
const report = JSON.parse(output.slice(output.indexOf('{'))) as {
  errors: LintMessage[];
  warnings: LintMessage[];
};
const known = JSON.parse(readFileSync(join(root, 'tests', 'web-ext-lint-known.json'), 'utf8')) as Known[];
const isKnown = (warning: LintMessage) =>
  known.some((entry) => entry.code === warning.code && new RegExp(entry.file).test(warning.file ?? ''));
const unknownWarnings = report.warnings.filter((warning) => !isKnown(warning));

for (const item of [...report.errors, ...unknownWarnings])
  console.log(`${item.code} ${item.file ?? ''}: ${item.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unknownWarnings.length} known and explained in tests/web-ext-lint-known.json)`,
);
if (report.errors.length > 0 || unknownWarnings.length > 0) process.exit(1);
