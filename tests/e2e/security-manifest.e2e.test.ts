/**
 * The built extensions ask for the narrowest permissions, each justified in SECURITY.md; the
 * Firefox build has a fixed id and declares no data collection; and the bundles contain no
 * network or code-loading call beyond the known, extension-internal ones listed here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { recordFigures } from '../security/figures';

const root = join(import.meta.dirname, '..', '..');
const BUILDS = { chrome: join(root, '.output', 'chrome-mv3'), firefox: join(root, '.output', 'firefox-mv2') };
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
};
const manifest = (build: string) =>
  JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Manifest;

/** Code spans in the first column of SECURITY.md's permissions table. */
function justifiedPermissions(): Set<string> {
  const text = readFileSync(join(root, 'SECURITY.md'), 'utf8');
  const section = text.slice(
    text.indexOf('## Permissions'),
    text.indexOf('\n## ', text.indexOf('## Permissions') + 1),
  );
  return new Set([...section.matchAll(/^\|\s*`([^`]+)`/gm)].map((match) => match[1]!));
}

/**
 * Network and code-loading calls the bundles may contain, each extension-internal: Vite's
 * module-preload helper fetches the extension pages' own chunks (popup, options, the panel
 * frame) from the extension, and the content script imports the page app from the extension's
 * own address (`runtime.getURL`), never from a page-given one.
 */
const KNOWN_CALLS = [
  { file: /^chunks\/[\w-]+\.js$/, near: /;fetch\(\w+\.href,\w+\)/ },
  { file: /^content-scripts\/content\.js$/, near: /import\(\w+\.runtime\.getURL\("\/page-app\.js"\)\)/ },
];

/**
 * The web-accessible files, as each browser declares them: the page framed into web pages (the
 * panel and note editor) and, in Chromium, the page app the content script imports where a page
 * needs it (Firefox lets a content script import its extension's own files without).
 */
const WEB_ACCESSIBLE = {
  chrome: [
    {
      resources: ['frame.html', 'page-app.js'],
      matches: ['http://*/*', 'https://*/*'],
      use_dynamic_url: true,
    },
  ],
  firefox: ['frame.html'],
};
const RISKY =
  /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|\beval\(|new Function\(|importScripts|\bimport\(/g;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : path.endsWith('.js') ? [path] : [];
  });
}

const counts = { permissions: 0, unjustified: 0, calls: 0, unknownCalls: 0 };

describe('the built manifests', () => {
  test.each(Object.entries(BUILDS))(
    '%s: narrowest permissions, each justified in SECURITY.md',
    (name, build) => {
      const m = manifest(build);
      const asked = [
        ...(m.permissions ?? []),
        ...(m.optional_permissions ?? []),
        ...(m.host_permissions ?? []),
        ...(m.content_scripts ?? []).flatMap((script) => script.matches),
      ];
      const justified = justifiedPermissions();
      counts.permissions += asked.length;
      counts.unjustified += asked.filter((permission) => !justified.has(permission)).length;
      expect(asked.filter((permission) => !justified.has(permission))).toEqual([]);
      expect(m.permissions?.sort()).toEqual(['contextMenus', 'unlimitedStorage']);
      for (const key of [
        'host_permissions',
        'optional_permissions',
        'externally_connectable',
        'content_security_policy',
        'update_url',
      ])
        expect(m, key).not.toHaveProperty(key);
      expect(m.web_accessible_resources).toEqual(WEB_ACCESSIBLE[name as keyof typeof BUILDS]);
      for (const script of m.content_scripts ?? []) {
        expect(script.matches.sort()).toEqual(['http://*/*', 'https://*/*']);
        expect(script.all_frames ?? false).toBe(false);
        expect(script.match_about_blank ?? false).toBe(false);
      }
    },
  );

  test('Firefox: a fixed add-on id, and no data collected', () => {
    const gecko = (manifest(BUILDS.firefox).browser_specific_settings as { gecko: Record<string, unknown> })
      .gecko;
    expect(gecko.id).toBe('backstory@backstory.invalid');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test.each(Object.entries(BUILDS))(
    '%s: no network or code-loading call but the known ones',
    (_name, build) => {
      const unknown: string[] = [];
      for (const path of scripts(build)) {
        const file = relative(build, path);
        const code = readFileSync(path, 'utf8');
        for (const match of code.matchAll(RISKY)) {
          counts.calls += 1;
          const around = code.slice(Math.max(0, match.index - 40), match.index + 60);
          if (!KNOWN_CALLS.some((known) => known.file.test(file) && known.near.test(around)))
            unknown.push(`${file}: ${around}`);
        }
      }
      counts.unknownCalls += unknown.length;
      expect(unknown).toEqual([]);
    },
  );
});

afterAll(() =>
  recordFigures([
    {
      id: 'build/permissions',
      class: 'Built manifests: permissions and network calls',
      where: 'tests/e2e/security-manifest.e2e.test.ts',
      tried: counts.permissions + counts.calls,
      rejected: null,
      executed: null,
      leaked: counts.unjustified + counts.unknownCalls,
      notesLost: null,
      detail: `${counts.permissions} permissions and matches, all justified; ${counts.calls} fetch-like calls in the bundles, all known and extension-internal`,
    },
  ]),
);
