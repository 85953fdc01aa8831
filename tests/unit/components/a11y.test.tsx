// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import { Overlay } from '../../../components/overlay/Overlay';
import { seedReport } from './corpus-fixtures';
import { click, mount } from './render';

const css = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'components', 'overlay', 'overlay.css'),
  'utf8',
);

/** The panel fully open: every claim list, fold and "show all" expanded, one claim's details shown. */
function openPanel(articleId: string): HTMLElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  const root = mount(<Overlay report={seedReport(articleId)} />);
  click(root.querySelector('button.bs-badge'));
  click(root.querySelector('button.bs-claim'));
  for (const button of root.querySelectorAll('button.bs-more')) click(button);
  for (const details of root.querySelectorAll('details')) details.open = true;
  return root;
}

describe('accessibility (axe-core)', () => {
  test.each(['press-tv-2017-10-syria-unsc-letters', 'rhc-2018-11-raqqa-probe'])(
    'the open panel for %s has no serious or critical violations',
    async (articleId) => {
      const root = openPanel(articleId);
      // Every rule runs. jsdom has no layout, so axe files colour contrast under "incomplete", not
      // "violations"; contrast is measured in Chromium instead (see the lead's report).
      const results = await axe.run(root);
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(10);
    },
    // axe runs every rule over the whole open panel: about 2 s here, more on a loaded machine.
    30_000,
  );
});
