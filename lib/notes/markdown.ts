/**
 * Notes as a Markdown document for reading and sharing: grouped by page, each note with its
 * quote as a blockquote, its text, kind, tags and date. All page and reader text is escaped.
 * The Markdown is for people; the JSON-LD export is the one that imports back.
 */
import { KIND_LABELS, ORPHANED_LABEL, formatUtcMinute } from './labels';
import { escapeBlock, escapeInline, markdownUrl } from './markdown-escape';
import type { Note } from './schema';

/** Notes about one page: same canonical URL, or same URL when there is none. */
interface PageGroup {
  url: string;
  title: string;
  notes: Note[];
  latest: number;
}

function groupByPage(notes: readonly Note[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const note of notes) {
    const url = note.canonicalUrl ?? note.url;
    const group = groups.get(url) ?? { url, title: '', notes: [], latest: 0 };
    group.notes.push(note);
    if (note.createdAt >= group.latest) {
      group.latest = note.createdAt;
      group.title = note.title.trim() || group.title;
    }
    groups.set(url, group);
  }
  // Pages with the newest notes first; within a page, notes in the order they were written.
  const sorted = [...groups.values()].sort((a, b) => b.latest - a.latest || a.url.localeCompare(b.url));
  for (const group of sorted)
    group.notes.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  return sorted;
}

function noteSection(note: Note): string {
  const orphaned = note.anchorStatus === 'orphaned' ? ` (${ORPHANED_LABEL.toLowerCase()})` : '';
  const lines = [`### ${KIND_LABELS[note.kind]} · ${formatUtcMinute(note.createdAt)}${orphaned}`];
  if (note.target) lines.push(escapeBlock(note.target.quote.exact, '> '));
  if (note.body.trim()) lines.push(escapeBlock(note.body));
  if (note.tags.length > 0) lines.push(`Tags: ${note.tags.map(escapeInline).join(', ')}`);
  if (note.url !== (note.canonicalUrl ?? note.url)) lines.push(`Written on ${markdownUrl(note.url)}`);
  return lines.join('\n\n');
}

function pageSection(group: PageGroup): string {
  const text = escapeInline(group.title) || escapeInline(group.url);
  const count = group.notes.length === 1 ? '1 note' : `${group.notes.length} notes`;
  const head = `## [${text}](${markdownUrl(group.url)})\n\n${count}`;
  return [head, ...group.notes.map(noteSection)].join('\n\n');
}

/** The whole Markdown document; `now` dates the export. */
export function exportMarkdown(notes: readonly Note[], now = Date.now()): string {
  const groups = groupByPage(notes);
  const pages = groups.length === 1 ? '1 page' : `${groups.length} pages`;
  const total = notes.length === 1 ? '1 note' : `${notes.length} notes`;
  const head = `# Backstory notes\n\nExported ${formatUtcMinute(now)}: ${total} on ${pages}.`;
  return [head, ...groups.map(pageSection)].join('\n\n') + '\n';
}
