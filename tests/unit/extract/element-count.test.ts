// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { elementCount } from '../../../lib/extract/gate-signals';
import { MAX_GATE_ELEMENTS } from '../../../lib/recognition/gate';

function tableOf(rows: number): void {
  document.body.innerHTML = `<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(rows)}</table>`;
}

test.each([
  // html, head, body, table, tbody, then three elements per row
  [10, 1_000, 5 + 30],
  [10, 12, 12],
  [10, 35, 35],
  [10, 36, 35],
])('%i rows counted up to %i: %i', (rows, cap, expected) => {
  tableOf(rows);
  expect(elementCount(document, cap)).toBe(expected);
});

test('a page over the gate limit answers one more than the limit', () => {
  tableOf(Math.ceil(MAX_GATE_ELEMENTS / 3) + 10);
  expect(elementCount(document)).toBe(MAX_GATE_ELEMENTS + 1);
});
