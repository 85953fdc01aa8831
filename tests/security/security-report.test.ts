/** The figures file merges rows from parallel test files, and the report renders them between the markers. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import {
  MARKERS,
  readFigures,
  recordFigures,
  renderFiguresTable,
  replaceBetweenMarkers,
  type FigureRow,
} from './figures';

const row = (id: string, overrides: Partial<FigureRow> = {}): FigureRow => ({
  id,
  class: `Class ${id}`,
  where: 'somewhere',
  tried: 3,
  rejected: 3,
  executed: 0,
  notesLost: null,
  ...overrides,
});

describe('security figures', () => {
  test('rows from separate writers merge by id; a later write replaces a row', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const file = join(mkdtempSync(join(tmpdir(), 'figures-')), 'figures.json');
    recordFigures([row('messages/a')], file);
    recordFigures([row('storage/b'), row('messages/a', { tried: 9 })], file);
    const figures = readFigures(file);
    expect(Object.keys(figures.rows).sort()).toEqual(['messages/a', 'storage/b']);
    expect(figures.rows['messages/a']!.tried).toBe(9);
    vi.restoreAllMocks();
  });

  test('the table: one row per class in reading order, pipes escaped, totals above it', () => {
    const table = renderFiguresTable({
      generatedAt: '2026-11-21T00:00:00.000Z',
      rows: {
        'build/x': { ...row('build/x', { class: 'a | b', leaked: 0 }), measuredAt: '' },
        'messages/y': { ...row('messages/y', { tried: 10, rejected: 10 }), measuredAt: '' },
      },
    });
    const lines = table.split('\n');
    expect(lines[1]).toBe(
      '13 inputs tried, 13 refused; executed 0, leaked 0 (plus 0 through the known gaps), notes lost 0.',
    );
    expect(lines[5]).toContain('| Class messages/y | somewhere | 10 | 10 | 0 | – | – |');
    expect(lines[6]).toContain('| a \\| b |');
  });

  test('only the text between the markers changes; missing markers are an error', () => {
    const document = `# Title\n\n${MARKERS.start}\nold\n${MARKERS.end}\n\nAfter.\n`;
    expect(replaceBetweenMarkers(document, 'new')).toBe(
      `# Title\n\n${MARKERS.start}\nnew\n${MARKERS.end}\n\nAfter.\n`,
    );
    expect(() => replaceBetweenMarkers('# no markers', 'new')).toThrow(/figures:start/);
  });

  test('SECURITY.md has the markers', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'SECURITY.md'), 'utf8');
    expect(text.indexOf(MARKERS.start)).toBeGreaterThan(0);
    expect(text.indexOf(MARKERS.end)).toBeGreaterThan(text.indexOf(MARKERS.start));
  });
});
