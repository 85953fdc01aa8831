/** Tags as the reader types them in the editor: comma-separated, checked like the note schema. */
import { fail, ok, type Result } from '../result';

/** The most tags a note may have and the longest tag, as in schema.ts. */
export const TAG_LIMITS = { count: 20, length: 50 } as const;

/** Splits `a, b ,c` into distinct trimmed tags, or says which rule the text breaks. */
export function parseTags(text: string): Result<string[]> {
  const tags = [...new Set(text.split(',').map((tag) => tag.trim()))].filter((tag) => tag !== '');
  const long = tags.find((tag) => tag.length > TAG_LIMITS.length);
  if (long)
    return fail(`Tags can be at most ${TAG_LIMITS.length} characters: "${long.slice(0, 20)}…" is longer.`);
  if (tags.length > TAG_LIMITS.count) return fail(`A note can have at most ${TAG_LIMITS.count} tags.`);
  return ok(tags);
}

/** Tags back as editor text. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
