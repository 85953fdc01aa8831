import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { readerableAsModule } from '../../../scripts/build/readerable-esm';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('@mozilla/readability/Readability-readerable.js'), 'utf8');

describe('Readability-readerable as an ES module (build plugin)', () => {
  test('the installed file ends with a default export instead of module.exports', () => {
    const rewritten = readerableAsModule(source);
    expect(rewritten).not.toMatch(/module\.exports/);
    expect(rewritten.trimEnd().endsWith('export default isProbablyReaderable;')).toBe(true);
    expect(rewritten.slice(0, 200)).toBe(source.slice(0, 200));
  });

  test.each([
    [
      'another export',
      source.replace('module.exports = isProbablyReaderable;', 'module.exports = { isProbablyReaderable };'),
    ],
    ['no CommonJS export', source.replace(/if \(typeof module === "object"\) \{[\s\S]*$/, '')],
  ])('a file with %s fails the build with a message', (_, changed) => {
    expect(() => readerableAsModule(changed)).toThrow(/no longer ends with its CommonJS export/);
  });
});
