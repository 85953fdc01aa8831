/**
 * Stands in for `@acemir/cssom` in the extension build. linkedom imports it only to build
 * `<style>.sheet`, which extraction never reads, and its browser build has no ES exports the
 * bundler can link. An empty sheet keeps the background bundle small and correct.
 */

/** An empty stylesheet for any CSS text. */
export function parse(_cssText: string): { cssRules: never[] } {
  return { cssRules: [] };
}
