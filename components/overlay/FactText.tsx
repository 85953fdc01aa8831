/** One cited fact as a reader sees it: when, what, how sure, and from where. */
import type { Confidence, Fact, Source } from '@/lib/corpus/schema';
import { Cite } from './Cite';
import { formatPartialDate } from './format';
import { CONFIDENCE_WORDS } from './labels';

/** "(medium confidence)" and the like; nothing for high confidence. */
export function ConfidenceNote({ confidence }: { confidence: Confidence }) {
  const words = CONFIDENCE_WORDS[confidence];
  return words ? <span class="bs-confidence"> ({words})</span> : null;
}

/** A date in reader's words inside a <time>, or nothing when there is no date. */
export function When({ date }: { date: string | null | undefined }) {
  const words = formatPartialDate(date);
  return words && date ? (
    <time class="bs-when" dateTime={date}>
      {words}
    </time>
  ) : null;
}

/** The fact's date, text, confidence and sources. */
export function FactText({ fact, sources }: { fact: Fact; sources: Record<string, Source> }) {
  return (
    <>
      <When date={fact.date} />
      {fact.date ? ' · ' : null}
      <span class="bs-text">{fact.text}</span>
      <ConfidenceNote confidence={fact.confidence} /> <Cite ids={fact.sources} sources={sources} />
    </>
  );
}

/** A labelled row of a <dl>: the fact, or "Unknown" when no source says. */
export function FactRow({
  label,
  fact,
  sources,
}: {
  label: string;
  fact: Fact | null;
  sources: Record<string, Source>;
}) {
  return (
    <div class="bs-row">
      <dt>{label}</dt>
      <dd>{fact ? <FactText fact={fact} sources={sources} /> : <span class="bs-unknown">Unknown</span>}</dd>
    </div>
  );
}
