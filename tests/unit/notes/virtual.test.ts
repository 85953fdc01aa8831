import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  indexAt,
  rowHeightAt,
  rowTop,
  scrollToShow,
  totalHeight,
  visibleRange,
  type RowLayout,
} from '../../../components/popup/notes/virtual';

const flat: RowLayout = { rowHeight: 100, expanded: null };
const editing: RowLayout = { rowHeight: 100, expanded: { index: 2, height: 250 } };

describe('list windowing', () => {
  test('row positions and total height, with and without a taller row', () => {
    expect([0, 1, 2, 3].map((i) => rowTop(i, flat))).toEqual([0, 100, 200, 300]);
    expect([0, 1, 2, 3, 4].map((i) => rowTop(i, editing))).toEqual([0, 100, 200, 450, 550]);
    expect(totalHeight(5, editing)).toBe(650);
    expect(totalHeight(0, flat)).toBe(0);
  });

  test('the window covers the viewport plus overscan, clamped to the list', () => {
    expect(visibleRange(0, 300, 10_000, flat, 2)).toEqual({ start: 0, end: 5 });
    expect(visibleRange(500_000, 300, 10_000, flat, 2)).toEqual({ start: 4998, end: 5005 });
    expect(visibleRange(10_000_000, 300, 10, flat, 2)).toEqual({ start: 7, end: 10 });
    expect(visibleRange(0, 300, 0, flat)).toEqual({ start: 0, end: 0 });
  });

  test('scrolling to a row moves as little as possible', () => {
    expect(scrollToShow(5, 0, 300, flat)).toBe(300);
    expect(scrollToShow(1, 0, 300, flat)).toBe(0);
    expect(scrollToShow(0, 250, 300, flat)).toBe(0);
    expect(scrollToShow(2, 0, 300, editing)).toBe(150);
  });

  test('property: indexAt finds the row whose span holds the offset', () => {
    const layouts = fc.record({
      rowHeight: fc.integer({ min: 1, max: 200 }),
      expanded: fc.option(fc.record({ index: fc.nat(50), height: fc.integer({ min: 1, max: 500 }) }), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(layouts, fc.integer({ min: 1, max: 60 }), fc.nat(20_000), (layout, count, y) => {
        const index = indexAt(y, count, layout);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(count);
        if (y < totalHeight(count, layout)) {
          expect(rowTop(index, layout)).toBeLessThanOrEqual(y);
          expect(y).toBeLessThan(rowTop(index, layout) + rowHeightAt(index, layout));
        }
      }),
    );
  });
});
