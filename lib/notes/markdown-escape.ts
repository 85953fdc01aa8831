/**
 * Escaping page and reader text for Markdown, so a title, quote or note reads as the same text
 * and never as markup: no links, HTML, emphasis, code, headings, lists, tables or breaks it did
 * not have. CommonMark lets any ASCII punctuation be backslash-escaped; we escape the characters
 * that start markup anywhere, and the block markers that only count at the start of a line.
 */

/** Characters that open inline markup wherever they stand (HTML and entities included). */
const INLINE = /[\\`*_[\]<>#|~&!]/g;
/** Line starts that open a block: list bullets, setext underlines, ordered list numbers. */
const BLOCK_START = /^([-+=])|^(\d{1,9})([.)])/;
/** Control characters other than line feeds, which mean nothing in text and can hide markup. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Escapes one line of text (line breaks become spaces) for use inside a heading, link or list. */
export function escapeInline(text: string): string {
  return text
    .replace(/\r\n?|\n|\t/g, ' ')
    .replace(CONTROL, '')
    .replace(INLINE, '\\$&')
    .trim();
}

function escapeLine(line: string): string {
  // Leading spaces would make an indented code block; their layout means nothing here.
  const escaped = escapeInline(line);
  return escaped.replace(BLOCK_START, (_all, mark?: string, digits?: string, dot?: string) =>
    mark ? `\\${mark}` : `${digits ?? ''}\\${dot ?? ''}`,
  );
}

/**
 * Escapes multi-line text as Markdown paragraphs: blank lines separate paragraphs and every other
 * line break stays a line break (a trailing backslash). `prefix` starts every line, e.g. `> `.
 */
export function escapeBlock(text: string, prefix = ''): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map(escapeLine)
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
  return paragraphs
    .map((lines) => lines.map((line) => prefix + line).join('\\\n'))
    .join(`\n${prefix.trimEnd()}\n`);
}

/** A link destination that cannot break out of its brackets: the URL as the URL parser writes it. */
export function markdownUrl(url: string): string {
  // `href` percent-encodes spaces, `<`, `>` and line breaks, so `<...>` holds it safely.
  return `<${new URL(url).href}>`;
}
