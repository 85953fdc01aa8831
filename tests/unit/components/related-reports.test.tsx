// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { RelatedReports } from '../../../components/overlay/RelatedReports';
import { OWNERSHIP_WORDS } from '../../../components/overlay/labels';
import { relatedReports, sources } from './corpus-fixtures';
import { buttonNamed, click, mount, textOf } from './render';

const items = (container: Element) => [...container.querySelectorAll('.bs-report')];

describe('Related reports', () => {
  test("keeps the background's order and shows the first four, then all on request", () => {
    const section = mount(<RelatedReports reports={relatedReports} sources={sources} />);
    expect(items(section).map((item) => textOf(item.querySelector('.bs-report-title')))).toEqual(
      relatedReports.slice(0, 4).map((report) => report.title),
    );
    click(buttonNamed(section, `Show all ${relatedReports.length} reports`));
    expect(items(section)).toHaveLength(relatedReports.length);
  });

  test.each(relatedReports.map((report) => [report.id, report] as const))(
    '%s: publisher, ownership, date, gist and link',
    (_id, report) => {
      const section = mount(<RelatedReports reports={[report]} sources={sources} />);
      const [item] = items(section);
      const meta = textOf(item?.querySelector('.bs-muted'));
      expect(meta).toContain(report.publisher);
      expect(meta).toContain(OWNERSHIP_WORDS[report.ownershipKind]);
      if (report.date === null) expect(meta).toMatch(/date unknown$/);
      else expect(meta).not.toContain('date unknown');
      expect(textOf(item)).toContain(report.gist);
      const link = item?.querySelector('.bs-report-title a');
      if (report.url) expect(link?.getAttribute('href')).toBe(new URL(report.url).href);
      else expect(link).toBeNull();
    },
  );

  test('says so when there are none', () => {
    expect(textOf(mount(<RelatedReports reports={[]} sources={sources} />))).toContain(
      'No other reports on this story are in the corpus.',
    );
  });
});
