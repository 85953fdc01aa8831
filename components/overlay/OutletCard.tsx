/** Who owns, funds and rates the outlet, each fact with its date, confidence and sources. */
import type { Outlet, Source } from '@/lib/corpus/schema';
import { Cite } from './Cite';
import { ConfidenceNote, FactRow, FactText, When } from './FactText';
import { AFFILIATION_WORDS, OWNERSHIP_WORDS } from './labels';
import { OutletExtras } from './OutletExtras';
import { OwnerChain } from './OwnerChain';
import { SaveCorpusNote } from './SaveCorpusNote';
import { ShowMore } from './ShowMore';

type Sources = Record<string, Source>;

/** Newest first, undated last: the current standing matters most to a reader. */
function newestFirst<T extends { date?: string | null }>(facts: readonly T[]): T[] {
  return [...facts].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

function Affiliation({ outlet, sources }: { outlet: Outlet; sources: Sources }) {
  const affiliation = outlet.stateAffiliation;
  if (!affiliation) return <span class="bs-unknown">Unknown</span>;
  return (
    <>
      <span class="bs-text">
        {AFFILIATION_WORDS[affiliation.class]}
        {affiliation.qualifier ? ` (${affiliation.qualifier})` : ''}
      </span>
      <ConfidenceNote confidence={affiliation.confidence} />{' '}
      <Cite ids={affiliation.sources} sources={sources} />
    </>
  );
}

function Regulatory({ outlet, sources }: { outlet: Outlet; sources: Sources }) {
  if (outlet.regulatory.length === 0) return null;
  return (
    <>
      <h4>Licences, sanctions and bans</h4>
      <ShowMore
        items={newestFirst(outlet.regulatory)}
        initial={3}
        noun="actions"
        render={(fact, index) => (
          <li key={index}>
            <FactText fact={fact} sources={sources} />
          </li>
        )}
      />
    </>
  );
}

function Classifications({ outlet, sources }: { outlet: Outlet; sources: Sources }) {
  if (outlet.classifications.length === 0) return null;
  return (
    <>
      <h4>How others rate it</h4>
      <ul class="bs-list">
        {outlet.classifications.map((item, index) => (
          <li key={index}>
            <When date={item.date} />
            {item.date ? ' · ' : null}
            <span class="bs-text">{item.by}: </span>
            <strong class="bs-text">{item.value}</strong>
            <ConfidenceNote confidence={item.confidence} /> <Cite ids={item.sources} sources={sources} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The outlet section of the panel. */
export function OutletCard({ outlet, sources }: { outlet: Outlet; sources: Sources }) {
  return (
    <section class="bs-section" aria-labelledby="bs-outlet-title">
      <h3 id="bs-outlet-title">
        Outlet: <span class="bs-text">{outlet.name}</span>
      </h3>
      <SaveCorpusNote link={{ type: 'outlet', id: outlet.id }} label={`Outlet: ${outlet.name}`} />
      <dl class="bs-facts">
        <div class="bs-row">
          <dt>Ownership</dt>
          <dd>
            {outlet.ownershipKind ? (
              OWNERSHIP_WORDS[outlet.ownershipKind]
            ) : (
              <span class="bs-unknown">Unknown</span>
            )}
          </dd>
        </div>
        <div class="bs-row">
          <dt>State ties</dt>
          <dd>
            <Affiliation outlet={outlet} sources={sources} />
          </dd>
        </div>
        <FactRow label="Owner" fact={outlet.owner} sources={sources} />
        <OwnerChain chain={outlet.ownerChain} sources={sources} />
        <FactRow label="Country" fact={outlet.country} sources={sources} />
        <FactRow label="Funding" fact={outlet.funding} sources={sources} />
      </dl>
      <Regulatory outlet={outlet} sources={sources} />
      <Classifications outlet={outlet} sources={sources} />
      <OutletExtras outlet={outlet} sources={sources} />
    </section>
  );
}

/** What the panel says when the outlet is not in the corpus. */
export function UnknownOutlet() {
  return (
    <section class="bs-section" aria-labelledby="bs-outlet-title">
      <h3 id="bs-outlet-title">
        Outlet: <span class="bs-unknown">Unknown</span>
      </h3>
      <p class="bs-muted">Backstory has no record of who runs this site.</p>
    </section>
  );
}
