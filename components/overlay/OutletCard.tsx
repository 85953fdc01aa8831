/** Who owns and funds the outlet, with every fact's source and date. */
import type { Fact, Outlet, Source } from '@/lib/corpus/schema';
import { Cite } from './Cite';
import { OWNERSHIP_WORDS } from './labels';

function FactLine({
  label,
  fact,
  sources,
}: {
  label: string;
  fact: Fact | null;
  sources: Record<string, Source>;
}) {
  return (
    <div class="bs-fact">
      <dt>{label}</dt>
      <dd>
        {fact ? (
          <>
            {fact.text} <Cite ids={fact.sources} sources={sources} date={fact.date ?? null} />
          </>
        ) : (
          'Unknown'
        )}
      </dd>
    </div>
  );
}

/** The outlet ownership card. */
export function OutletCard({ outlet, sources }: { outlet: Outlet; sources: Record<string, Source> }) {
  const affiliation = outlet.stateAffiliation;
  return (
    <section class="bs-section" aria-labelledby="bs-outlet-title">
      <h3 id="bs-outlet-title">{outlet.name}</h3>
      <p class="bs-kind">
        {outlet.ownershipKind ? OWNERSHIP_WORDS[outlet.ownershipKind] : 'Ownership: unknown'}
        {affiliation && (
          <>
            {' · '}
            {affiliation.class}
            {affiliation.qualifier ? ` (${affiliation.qualifier})` : ''}{' '}
            <Cite ids={affiliation.sources} sources={sources} date={null} />
          </>
        )}
      </p>
      <dl class="bs-facts">
        <FactLine label="Owner" fact={outlet.owner} sources={sources} />
        {outlet.ownerChain.map((link, index) => (
          <FactLine
            key={index}
            label={index === outlet.ownerChain.length - 1 ? 'Ultimately' : 'Then'}
            fact={link}
            sources={sources}
          />
        ))}
        <FactLine label="Country" fact={outlet.country} sources={sources} />
        <FactLine label="Funding" fact={outlet.funding} sources={sources} />
      </dl>
      {outlet.regulatory.length > 0 && (
        <>
          <h4>Regulation and sanctions</h4>
          <ul class="bs-list">
            {outlet.regulatory.map((fact, index) => (
              <li key={index}>
                {fact.date ? <time>{fact.date}</time> : null} {fact.text}{' '}
                <Cite ids={fact.sources} sources={sources} date={null} />
              </li>
            ))}
          </ul>
        </>
      )}
      {outlet.classifications.length > 0 && (
        <>
          <h4>How others classify it</h4>
          <ul class="bs-list">
            {outlet.classifications.map((item, index) => (
              <li key={index}>
                {item.by}: <strong>{item.value}</strong>{' '}
                <Cite ids={item.sources} sources={sources} date={item.date ?? null} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
