import { describe, expect, test } from 'vitest';
import reports from '../../../assets/corpus/reports.json';
import type { RelatedReport } from '../../../lib/corpus/schema';
import { independenceRank, rankReports } from '../../../lib/services/rank-reports';

const all = reports as RelatedReport[];
const pressTv = { id: 'press-tv', ownershipKind: 'state' as const };

describe('ranking related reports', () => {
  test('on a state outlet, reports by non-state publishers come before state ones', () => {
    const ranked = rankReports(all, pressTv);
    const firstState = ranked.findIndex((report) => report.ownershipKind === 'state');
    const lastOther = ranked.findLastIndex((report) => report.ownershipKind !== 'state');
    expect(firstState).toBeGreaterThan(-1);
    expect(lastOther).toBeLessThan(firstState);
    expect(ranked).toHaveLength(all.length);
  });

  test.each([
    ['the same outlet', { outletId: 'press-tv', ownershipKind: 'state' }, 2],
    ['another state outlet', { outletId: 'tass', ownershipKind: 'state' }, 1],
    ['an NGO', { outletId: 'hrw', ownershipKind: 'ngo' }, 0],
    ['an unknown publisher', { outletId: null, ownershipKind: 'intergovernmental' }, 0],
  ])('%s ranks %#', (_name, report, rank) => {
    expect(independenceRank(report as RelatedReport, pressTv)).toBe(rank);
  });

  test('with no known outlet, order is by kind then newest first', () => {
    const ranked = rankReports(all, null);
    const kinds = ranked.map((report) => report.ownershipKind);
    expect(kinds[0]).toBe('ngo');
    const ngoDates = ranked.filter((r) => r.ownershipKind === 'ngo' && r.date).map((r) => r.date!);
    expect(ngoDates).toEqual([...ngoDates].sort().reverse());
  });
});
