/** Source links for a fact: http(s) only, opened in a new tab without opener or referrer. */
import { Fragment } from 'preact';
import type { Source } from '@/lib/corpus/schema';
import { safeHttpUrl } from '@/lib/safe-url';
import { formatPartialDate, truncate } from './format';

/** What a source is, in full, for the tooltip (and a screen reader's description of the link). */
function describe(source: Source): string {
  const date = formatPartialDate(source.date);
  const when = date ? `, ${date}${source.dateNote ? ` (${source.dateNote})` : ''}` : '';
  return `${source.title}${when}`;
}

/** One source, in brackets: a link when it has a safe address, else plain text. */
function SourceRef({ source }: { source: Source }) {
  const href = safeHttpUrl(source.url);
  const label = truncate(source.publisher ?? source.title, 36);
  const description = describe(source);
  return (
    <span class="bs-source">
      [
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={description}>
          {label}
        </a>
      ) : (
        <span title={description}>{label}</span>
      )}
      ]
    </span>
  );
}

/** The cited sources, by id; an id missing from `sources` is shown as missing, not dropped. */
export function Cite({ ids, sources }: { ids: readonly string[]; sources: Record<string, Source> }) {
  return (
    <span class="bs-cite">
      {ids.map((id) => {
        const source = sources[id];
        // A space between references keeps copied text readable ("[TASS] [BBC]").
        return (
          <Fragment key={id}>
            {' '}
            {source ? <SourceRef source={source} /> : <span class="bs-source">[source missing]</span>}
          </Fragment>
        );
      })}
    </span>
  );
}
