/**
 * Reading a pack file: size, encoding, JSON, schema, then references between records.
 * Every failure names what is wrong and where, and nothing is written before all checks pass.
 */
import * as v from 'valibot';
import { MAX_IMPORT_CHARS } from '../messages';
import { fail, ok, type Result } from '../result';
import { PACK_FORMAT_VERSION, PackSchema, type Pack } from './schema';
import { findReferenceProblems } from './references';

function formatSize(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

/** Parses JSON text (a leading BOM is allowed), naming the failure in plain words. */
export function parseJsonText(text: string, what: string): Result<unknown> {
  if (text.length > MAX_IMPORT_CHARS) {
    return fail(`This ${what} is ${formatSize(text.length)}; the limit is ${formatSize(MAX_IMPORT_CHARS)}.`);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\uFFFD')) return fail(`This ${what} is not valid UTF-8 text.`);
  if (body.trim() === '') return fail(`This ${what} is empty.`);
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : '';
    return fail(`This ${what} is not valid JSON (it may be truncated). ${detail}`.trim());
  }
}

/** Describes the first few schema issues with their paths, e.g. `outlets[3].homeDomain: ...`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], limit = 3): string {
  const lines = issues.slice(0, limit).map((issue) => {
    const path = (issue.path ?? [])
      .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('')
      .replace(/^\./, '');
    return `${path || '(top level)'}: ${issue.message}`;
  });
  const more = issues.length > limit ? ` (and ${issues.length - limit} more)` : '';
  return lines.join('; ') + more;
}

/** Validates parsed JSON as a pack of the current format, with references checked. */
export function validatePack(data: unknown): Result<Pack> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('This is not a Backstory pack: expected a JSON object.');
  }
  const header = data as { format?: unknown; formatVersion?: unknown };
  if (header.format !== 'backstory-pack') {
    return fail('This is not a Backstory pack: "format" must be "backstory-pack".');
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > PACK_FORMAT_VERSION) {
    return fail(
      `This pack uses format version ${header.formatVersion}; this version of Backstory reads version ${PACK_FORMAT_VERSION}. Update Backstory to import it.`,
    );
  }
  const parsed = v.safeParse(PackSchema, data);
  if (!parsed.success) return fail(`Invalid pack: ${describeIssues(parsed.issues)}`);
  const problems = findReferenceProblems(parsed.output);
  if (problems.length > 0) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    return fail(`Invalid pack: ${problems.slice(0, 3).join('; ')}${more}`);
  }
  return ok(parsed.output);
}

/** Reads pack file text all the way to a validated pack. */
export function readPackText(text: string): Result<Pack> {
  const json = parseJsonText(text, 'pack file');
  return json.ok ? validatePack(json.value) : json;
}
