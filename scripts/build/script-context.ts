import { resolve } from 'node:path';

/**
 * The scripts served into pages get a lighter content-script context than WXT's (0.5 KB gzip on
 * every page, and no event that tells the page Backstory is installed): see
 * entrypoints/content/script-context.ts. wxt.config.ts aliases it for the page-side builds and
 * vitest.config.ts for the unit tests, so both run the class that ships.
 */
export const SCRIPT_CONTEXT = {
  find: 'wxt/utils/content-script-context',
  replacement: resolve(import.meta.dirname, '..', '..', 'entrypoints', 'content', 'script-context.ts'),
};
