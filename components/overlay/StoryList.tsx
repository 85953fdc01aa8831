/** The corpus stories this page belongs to, with their dates and a folded summary. */
import type { Source, Story } from '@/lib/corpus/schema';
import { FactText } from './FactText';
import { formatPartialDate } from './format';

/** "1–3 Nov 2018"-style span in plain words; "dates unknown" when neither end is known. */
export function storyDates(story: Pick<Story, 'start' | 'end'>): string {
  const start = formatPartialDate(story.start);
  const end = formatPartialDate(story.end);
  if (start && end) return start === end ? start : `${start} to ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return 'dates unknown';
}

/** The story list; nothing when the page belongs to no known story. */
export function StoryList({
  stories,
  sources,
}: {
  stories: readonly Story[];
  sources: Record<string, Source>;
}) {
  if (stories.length === 0) return null;
  return (
    <>
      <h4>{stories.length === 1 ? 'Story' : 'Stories'}</h4>
      <ul class="bs-plain">
        {stories.map((story) => (
          <li key={story.id}>
            <details class="bs-details">
              <summary>
                <span class="bs-text">{story.title}</span> <span class="bs-muted">({storyDates(story)})</span>
              </summary>
              <p class="bs-text">{story.summary}</p>
              {story.events.length > 0 && (
                <ul class="bs-list">
                  {story.events.map((event, index) => (
                    <li key={index}>
                      <FactText fact={event} sources={sources} />
                    </li>
                  ))}
                </ul>
              )}
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
