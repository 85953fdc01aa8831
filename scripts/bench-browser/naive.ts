/**
 * The naive design, for reference: no extension, but Readability runs on a clone of every page
 * at DOMContentLoaded. Bundled with esbuild into one script the benchmark adds to the page.
 */
import { build } from 'esbuild';

/** Script URL prefix the naive script's trace events carry (its sourceURL). */
export const NAIVE_SOURCE = 'backstory-bench-naive-readability';

/** The naive script: Readability's parse at every DOMContentLoaded, timed into `__naiveParseMs`. */
export async function naiveScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { Readability } from '@mozilla/readability';
document.addEventListener('DOMContentLoaded', () => {
  const start = performance.now();
  const article = new Readability(document.cloneNode(true)).parse();
  window.__naiveParseMs = performance.now() - start;
  window.__naiveWords = article && article.textContent ? article.textContent.split(/\\s+/).length : 0;
});`,
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return `${result.outputFiles[0]?.text ?? ''}\n//# sourceURL=${NAIVE_SOURCE}.js\n`;
}
