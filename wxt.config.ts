import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { readerableEsm } from './scripts/build/readerable-esm';
import { SCRIPT_CONTEXT } from './scripts/build/script-context';

/** V8's file-wide explicit compile hint (Chrome 136 and later): compile every function of the file now. */
const COMPILE_ALL_AT_ONCE = '//# allFunctionsCalledOnLoad';

// See README "Permissions" for why each entry is here.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), readerableEsm()],
    resolve: {
      alias: [
        // linkedom parses page HTML in the background; see lib/extract/cssom-stub.ts for why.
        { find: '@acemir/cssom', replacement: resolve(import.meta.dirname, 'lib/extract/cssom-stub.ts') },
      ],
    },
  }),
  hooks: {
    // The script injected into every page (budget: 15 KB gzip, BENCHMARKS.md) and the page app it
    // loads on demand (entrypoints/page-app) use the browsers' own promise-based APIs (runtime
    // messages, getURL, id) rather than webextension-polyfill, which is 2.7 KB gzip, and a lighter
    // content-script context than WXT's (scripts/build/script-context.ts); extension pages and the
    // background keep the polyfill. Terser with three passes packs it 200 bytes
    // smaller than the default minifier; `pure_getters` (property reads have no side effects, as
    // nothing here reads a property only to force layout) 30 more.
    //
    // The page app's file opens with V8's compile hint `allFunctionsCalledOnLoad`: an overlay
    // calls most of its functions at once, and compiling them up front instead of one by one as
    // each is first called took 5 to 6 ms off our main-thread time on the seed and many-claims
    // pages (interleaved A/B, 12 runs, 2026-11-22). Not on the content script: most pages run
    // only part of it, and the hint there cost the 20,000-row table 0.7 ms.
    'vite:build:extendConfig': (entrypoints, config) => {
      const pageSide = new Set(['content-script', 'unlisted-script']);
      if (!entrypoints.every((entrypoint) => pageSide.has(entrypoint.type))) return;
      const pageApp = entrypoints.some((entrypoint) => entrypoint.name === 'page-app');
      config.build = {
        ...config.build,
        minify: 'terser',
        terserOptions: {
          compress: { passes: 3, pure_getters: true },
          mangle: { toplevel: true },
          format: { comments: false, ...(pageApp ? { preamble: COMPILE_ALL_AT_ONCE } : {}) },
        },
      };
      const native = '@wxt-dev/browser';
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        for (const entry of alias) if (entry.find === 'wxt/browser') entry.replacement = native;
        alias.unshift(SCRIPT_CONTEXT);
      } else {
        config.resolve = {
          ...config.resolve,
          alias: {
            ...(alias as Record<string, string>),
            'wxt/browser': native,
            [SCRIPT_CONTEXT.find]: SCRIPT_CONTEXT.replacement,
          },
        };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description:
      'Shows who owns the outlet, where the text appeared before and where its claims came from. Everything stays in your browser.',
    permissions: ['unlimitedStorage', 'contextMenus'],
    // The panel and note editor are an extension page framed into web pages, so the page can
    // neither read them nor hear keys typed in them (see entrypoints/content/frame-host.ts). The
    // content script imports the page app only on pages that need it; Chromium lets a content
    // script import only web-accessible files, Firefox its extension's own files without.
    web_accessible_resources:
      browser === 'firefox'
        ? ['frame.html']
        : [
            {
              resources: ['frame.html', 'page-app.js'],
              matches: ['http://*/*', 'https://*/*'],
              use_dynamic_url: true,
            },
          ],
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Show or hide the Backstory overlay on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
