/** A claim's provenance: its status in words, who made it, where it began and travelled, and the evidence. */
import type { Source } from '@/lib/corpus/schema';
import type { ClaimEvidence } from '@/lib/report';
import { SaveCorpusNote } from './SaveCorpusNote';
import { Cite } from './Cite';
import { ConfidenceNote, FactRow, FactText } from './FactText';
import { truncate } from './format';
import { STANCE_WORDS } from './labels';
import { ShowMore } from './ShowMore';

/** Where the claim is in this page, as far as the panel knows. */
export type PagePlace = 'shown' | 'not-found' | 'not-shown' | 'listed-only';

const PLACE_WORDS: Record<PagePlace, string | null> = {
  shown: 'Highlighted in the page.',
  'not-found': 'Its wording could not be found in the page text.',
  'not-shown': null,
  'listed-only': 'Backstory knows this claim is in the article but not where.',
};

const METHOD_WORDS: Record<ClaimEvidence['method'], string | null> = {
  exact: null,
  approximate: 'Matched by similar wording, not the exact words.',
  'key-facts': 'Matched by its names and numbers, not its wording.',
};

/** The details shown under an open claim. */
export function ClaimDetails({
  evidence,
  sources,
  place,
}: {
  evidence: ClaimEvidence;
  sources: Record<string, Source>;
  place: PagePlace;
}) {
  const { claim, quote, method } = evidence;
  const notes = [PLACE_WORDS[place], METHOD_WORDS[method]].filter(Boolean).join(' ');
  return (
    <div class="bs-claim-details">
      <p class="bs-text">{claim.statusText}</p>
      {quote && (
        <blockquote class="bs-quote">
          <span class="bs-text">{truncate(quote.exact, 280)}</span>
        </blockquote>
      )}
      <p class="bs-muted" role="status">
        {notes}
      </p>
      <SaveCorpusNote
        link={{ type: 'claim', id: claim.id }}
        label={`Claim: ${truncate(claim.summary || claim.quote, 200)}`}
      />
      <dl class="bs-facts">
        <FactRow label="Who made it" fact={claim.claimant} sources={sources} />
        <FactRow label="First appeared" fact={claim.firstAppeared} sources={sources} />
        <div class="bs-row">
          <dt>Repeated by</dt>
          <dd>
            {claim.appearances.length === 0 ? (
              <span class="bs-unknown">Unknown</span>
            ) : (
              <ShowMore
                items={claim.appearances}
                initial={3}
                noun="appearances"
                render={(fact, index) => (
                  <li key={index}>
                    <FactText fact={fact} sources={sources} />
                  </li>
                )}
              />
            )}
          </dd>
        </div>
      </dl>
      <h4>Evidence</h4>
      {claim.evidence.length === 0 ? (
        <p class="bs-unknown">None recorded.</p>
      ) : (
        <ul class="bs-plain bs-evidence-list">
          {claim.evidence.map((item, index) => (
            <li key={index}>
              <span class={`bs-stance bs-stance-${item.stance}`}>{STANCE_WORDS[item.stance]}</span>{' '}
              <span class="bs-text">{item.text}</span>
              <ConfidenceNote confidence={item.confidence} /> <Cite ids={item.sources} sources={sources} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
