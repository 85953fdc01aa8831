/** Numbered source links for a fact; only http(s) links, opened without referrer or opener. */
import type { Source } from '@/lib/corpus/schema';
import { safeHttpUrl } from '@/lib/safe-url';

/** Renders `[source title, date]` links for the given source ids. */
export function Cite({
  ids,
  sources,
  date,
}: {
  ids: string[];
  sources: Record<string, Source>;
  date: string | null;
}) {
  return (
    <span class="bs-cite">
      {date && <span class="bs-date">({date})</span>}
      {ids.map((id) => {
        const source = sources[id];
        if (!source) return null;
        const href = safeHttpUrl(source.url);
        const label = `${source.title}${source.date ? `, ${source.date}` : ''}`;
        return href ? (
          <a key={id} href={href} target="_blank" rel="noopener noreferrer" title={label}>
            [{source.publisher ?? 'source'}]
          </a>
        ) : (
          <span key={id} title={label}>
            [{source.publisher ?? source.title}]
          </span>
        );
      })}
    </span>
  );
}
