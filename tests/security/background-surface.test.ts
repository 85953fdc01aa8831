/**
 * The background maps messages to a fixed set of actions and never takes a URL or code to act
 * on: its handler table is exactly the protocol's list, and no extension source (background,
 * services, content script, UI) calls an API that fetches, navigates, opens tabs, injects script
 * or evaluates code. URLs in payloads are only ever looked up as data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { BACKGROUND_MESSAGES, TAB_MESSAGES } from '../../lib/messages';
import { freshDb } from '../helpers/packs';
import { recordFigures } from './figures';

const root = join(import.meta.dirname, '..', '..');
const EXTENSION_SOURCES = ['lib', 'entrypoints', 'components'];

/** Calls that would let a message act on a URL or code, or send anything out. */
const FORBIDDEN: [string, RegExp][] = [
  ['network: fetch', /\bfetch\s*\(/],
  ['network: XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['network: WebSocket', /\bWebSocket\b/],
  ['network: EventSource', /\bEventSource\b/],
  ['network: sendBeacon', /\bsendBeacon\b/],
  ['network: RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['navigation: tabs.create / update / remove', /\btabs\.(create|update|remove|duplicate|reload)\b/],
  ['navigation: windows.create', /\bwindows\.create\b/],
  ['navigation: location assignment', /\blocation\s*(\.href)?\s*=[^=]|\blocation\.(assign|replace)\(/],
  ['navigation: window.open', /\bwindow\.open\s*\(/],
  ['injection: tabs.executeScript / scripting', /\b(executeScript|insertCSS|scripting\.)/],
  ['downloads', /\bdownloads\.\w+/],
  [
    'code: eval / new Function / string timers',
    /\beval\s*\(|new Function\s*\(|set(Timeout|Interval)\(\s*['"`]/,
  ],
  ['code: importScripts / dynamic import of a variable', /\bimportScripts\b|\bimport\(\s*[^'"`]/],
  [
    'markup: innerHTML / outerHTML / insertAdjacentHTML writes',
    /\.(innerHTML|outerHTML)\s*=[^=]|insertAdjacentHTML|dangerouslySetInnerHTML/,
  ],
  ['markup: document.write', /document\.write(ln)?\s*\(/],
  ['messages from other extensions or pages', /onMessageExternal|onConnectExternal/],
];

/**
 * Uses that are the reader's own action in our own pages, each with why it is safe. Anything
 * else found is a finding.
 */
const ALLOWED: { file: string; pattern: string; why: string }[] = [
  {
    file: 'components/popup/notes/api.ts',
    pattern: 'navigation: tabs.create / update / remove',
    why: "the reader clicks Open on a note in the popup; the URL is the stored note's, which every write path checks is http(s)",
  },
  {
    file: 'entrypoints/content/load-app.ts',
    pattern: 'code: importScripts / dynamic import of a variable',
    why: "the content script imports the extension's own page-app.js, its address from runtime.getURL with a fixed path; nothing a page says reaches it",
  },
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Source without comments, so a comment that names an API is not a finding. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

let scanned = 0;
let findings = 0;

describe('the background acts only on its own fixed list', () => {
  test('the handler table is exactly the protocol: no extra action, none missing', () => {
    const handlers = createHandlers(freshDb(), {
      version: '1',
      lookup: async () => ({ knownUrl: false, report: null }),
      analyze: async () => null,
      broadcastSettings: async () => undefined,
    });
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(BACKGROUND_MESSAGES).sort());
    for (const [type, spec] of Object.entries({ ...BACKGROUND_MESSAGES, ...TAB_MESSAGES }))
      expect(spec.payload.type, type).toBe('strict_object');
  });

  test.each(FORBIDDEN)('no extension source uses %s', (name, pattern) => {
    const files = EXTENSION_SOURCES.flatMap((dir) => sources(join(root, dir)));
    scanned = files.length;
    const hits = files
      .filter((file) => pattern.test(code(file)))
      .map((file) => relative(root, file))
      .filter((file) => !ALLOWED.some((allowed) => allowed.file === file && allowed.pattern === name));
    findings += hits.length;
    expect(hits).toEqual([]);
  });
});

afterAll(() =>
  recordFigures([
    {
      id: 'messages/surface',
      class: 'Messages: actions the background can take',
      where: 'tests/security/background-surface.test.ts',
      tried: FORBIDDEN.length,
      rejected: null,
      executed: findings,
      notesLost: null,
      detail: `${Object.keys(BACKGROUND_MESSAGES).length} fixed actions; ${scanned} sources scanned for ${FORBIDDEN.length} kinds of network, navigation and code calls`,
    },
  ]),
);
