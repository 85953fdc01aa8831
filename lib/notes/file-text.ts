/**
 * Reading a chosen notes file in the popup before it is sent: refuse oversized files by their
 * byte size (never loading them), and refuse bytes that are not UTF-8 instead of letting the
 * decoder replace them silently.
 */
import { MAX_IMPORT_CHARS } from '../messages';
import { fail, ok, type Result } from '../result';

function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * The file's text, or why it cannot be imported. The size limit is checked on bytes, which are at
 * least as many as characters, so a file under it is never refused again by the background.
 */
export async function readNotesFile(file: Blob): Promise<Result<string>> {
  if (file.size > MAX_IMPORT_CHARS) {
    return fail(`This notes file is ${megabytes(file.size)}; the limit is ${megabytes(MAX_IMPORT_CHARS)}.`);
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
  } catch {
    return fail('This notes file is not valid UTF-8 text.');
  }
}
