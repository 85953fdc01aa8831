/**
 * What the build does to the scripts served into pages, read from the built files: the page app
 * opens with V8's compile hint (wxt.config.ts says why), and the script injected into every page
 * does not, as most pages run only part of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const BUILDS = { chrome: join(root, '.output', 'chrome-mv3'), firefox: join(root, '.output', 'firefox-mv2') };
const HINT = '//# allFunctionsCalledOnLoad\n';

describe('the scripts served into pages', () => {
  test.each(Object.entries(BUILDS))(
    '%s: only the page app asks V8 to compile all its functions',
    (_name, build) => {
      const pageApp = readFileSync(join(build, 'page-app.js'), 'utf8');
      const content = readFileSync(join(build, 'content-scripts', 'content.js'), 'utf8');
      expect(pageApp.startsWith(HINT)).toBe(true);
      expect(content).not.toContain('allFunctionsCalledOnLoad');
    },
  );
});
