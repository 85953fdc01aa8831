/** A new note as the page sends it: what the reader wrote, where it is, and about which page. */
import type { NoteTarget } from '@/lib/anchoring/selectors';
import type { NoteInput } from '@/components/notes/note-input';
import type { NoteDraft } from '@/lib/notes/schema';
import type { PageReport } from '@/lib/report';
import type { PageAddress } from './page-text';

/**
 * The draft for `notes/save`. The outlet comes from the page's report; the fingerprint is the
 * matched article's when the page knows it (the note schema allows 200 characters). A note on an
 * outlet card or a claim has `link` and may have no target in the page's text.
 */
export function buildDraft(
  page: PageAddress,
  target: NoteTarget | null,
  input: NoteInput,
  report: PageReport | null,
  fingerprint: string | null,
  link: NoteDraft['link'] = null,
): NoteDraft {
  return {
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    fingerprint: fingerprint === null ? null : fingerprint.slice(0, 200),
    body: input.body,
    tags: input.tags,
    kind: input.kind,
    target,
    link,
    outletId: report?.outlet?.id ?? null,
  };
}
