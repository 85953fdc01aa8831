/** The outlet's history, domains and notes: useful, but folded away so the card stays short. */
import type { Outlet, Source } from '@/lib/corpus/schema';
import { Cite } from './Cite';
import { ConfidenceNote, FactText } from './FactText';

const DOMAIN_STATUS_WORDS: Record<Outlet['domains'][number]['status'], string> = {
  home: 'home',
  active: 'in use',
  former: 'former',
  seized: 'seized',
  mirror: 'mirror',
  cdn: 'content host',
};

/** Folded <details> for history, domains and notes; nothing for empty lists. */
export function OutletExtras({ outlet, sources }: { outlet: Outlet; sources: Record<string, Source> }) {
  const facts = [
    { title: 'History', items: outlet.history },
    { title: 'Notes and gaps', items: outlet.notes },
  ];
  return (
    <>
      {facts.map(({ title, items }) =>
        items.length === 0 ? null : (
          <details key={title} class="bs-details">
            <summary>
              {title} ({items.length})
            </summary>
            <ul class="bs-list">
              {items.map((fact, index) => (
                <li key={index}>
                  <FactText fact={fact} sources={sources} />
                </li>
              ))}
            </ul>
          </details>
        ),
      )}
      {outlet.domains.length > 0 && (
        <details class="bs-details">
          <summary>Domains ({outlet.domains.length})</summary>
          <ul class="bs-list">
            {outlet.domains.map((domain) => (
              <li key={domain.domain}>
                <span class="bs-text">{domain.domain}</span> ({DOMAIN_STATUS_WORDS[domain.status]})
                {domain.note ? <span class="bs-text">: {domain.note}</span> : null}
                <ConfidenceNote confidence={domain.confidence} />{' '}
                <Cite ids={domain.sources} sources={sources} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
