/**
 * A build plugin: `@mozilla/readability/Readability-readerable.js` (the gate's one library call,
 * in the script injected into every page) is CommonJS, and bundled as it is it brings the
 * bundler's CommonJS interop helpers along (about 250 bytes gzip on every page). Its only export
 * is one function, so the plugin ends the file with an ES default export instead of
 * `module.exports`. If a new version of the file ends differently, the build fails and says so.
 */
import type { Plugin } from 'vite';

const FILE = '/@mozilla/readability/Readability-readerable.js';
const COMMONJS_EXPORT =
  /if \(typeof module === "object"\) \{[^}]*module\.exports = isProbablyReaderable;\s*\}\s*$/;

/** Rewrites the CommonJS export of one source text; throws if it is not the expected one. */
export function readerableAsModule(code: string): string {
  if (!COMMONJS_EXPORT.test(code))
    throw new Error(
      `${FILE} no longer ends with its CommonJS export: update scripts/build/readerable-esm.ts`,
    );
  return code.replace(COMMONJS_EXPORT, 'export default isProbablyReaderable;\n');
}

/** The Vite plugin applying `readerableAsModule` to that one file. */
export function readerableEsm(): Plugin {
  return {
    name: 'backstory:readerable-esm',
    enforce: 'pre',
    transform(code, id) {
      return id.split('?')[0]?.endsWith(FILE) ? readerableAsModule(code) : null;
    },
  };
}
