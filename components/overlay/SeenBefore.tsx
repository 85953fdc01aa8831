/** How this page relates to the corpus: which articles it repeats, how much, and which passages. */
import type { Source, Story } from '@/lib/corpus/schema';
import type { ArticleEvidence, PageReport } from '@/lib/report';
import { safeHttpUrl } from '@/lib/safe-url';
import { formatPartialDate, formatPercent, truncate } from './format';
import { StoryList } from './StoryList';

/** "Radio Habana Cuba, 3 Nov 2018", with unknowns said as such. */
function byline(evidence: ArticleEvidence): string {
  const date = formatPartialDate(evidence.published) ?? 'date unknown';
  return `${evidence.outletName ?? 'unknown outlet'}, ${date}`;
}

/** The article title, linked when it has a safe address. */
function ArticleTitle({ evidence }: { evidence: ArticleEvidence }) {
  const href = safeHttpUrl(evidence.url);
  const title = <span class="bs-text">“{evidence.title}”</span>;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    title
  );
}

/** One matching article in a sentence: "Copy: 92% of "<title>" (RHC, 3 Nov 2018) is in this page." */
export function EvidenceLine({ evidence }: { evidence: ArticleEvidence }) {
  const share = formatPercent(evidence.containment);
  return (
    <p class="bs-evidence">
      {evidence.relation === 'exact' ? (
        <>
          <strong>Exact:</strong> this page is <ArticleTitle evidence={evidence} /> ({byline(evidence)}).
        </>
      ) : (
        <>
          <strong>{evidence.relation === 'copy' ? 'Copy' : 'Reuse'}:</strong> {share} of{' '}
          <ArticleTitle evidence={evidence} /> ({byline(evidence)}) is in this page.
        </>
      )}
      <span class="bs-muted bs-block">
        Estimated overlap of the two texts: {formatPercent(evidence.jaccard)}.
      </span>
    </p>
  );
}

function Passages({ evidence }: { evidence: ArticleEvidence }) {
  if (evidence.passages.length === 0) return null;
  return (
    <details class="bs-details">
      <summary>Shared passages ({evidence.passages.length}), underlined in the page</summary>
      <ol class="bs-list">
        {evidence.passages.map((passage, index) => (
          <li key={index}>
            <q class="bs-text">{truncate(passage.exact, 220)}</q>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** Props of {@link SeenBefore}. */
export interface SeenBeforeProps {
  report: Pick<PageReport, 'match' | 'articles' | 'stories'>;
  sources: Record<string, Source>;
  /** The article to bring to the reader's attention (a passage of it was clicked in the page). */
  focusArticleId?: string | null;
}

/** The "Seen before" section. */
export function SeenBefore({ report, sources, focusArticleId }: SeenBeforeProps) {
  const stories: Story[] = report.stories;
  return (
    <section class="bs-section" aria-labelledby="bs-seen-title">
      <h3 id="bs-seen-title">Seen before</h3>
      {report.articles.length === 0 && (
        <p>
          {report.match === 'story'
            ? 'This text is not in the corpus, but the story it reports is.'
            : 'Backstory has not seen this text before.'}
        </p>
      )}
      {report.articles.length > 0 && (
        <ul class="bs-plain">
          {report.articles.map((evidence) => (
            <li
              key={evidence.articleId}
              data-article-id={evidence.articleId}
              tabIndex={-1}
              class={focusArticleId === evidence.articleId ? 'bs-focused' : undefined}
            >
              <EvidenceLine evidence={evidence} />
              <Passages evidence={evidence} />
            </li>
          ))}
        </ul>
      )}
      <StoryList stories={stories} sources={sources} />
    </section>
  );
}
