/**
 * Bad corpus packs and notes files, sent as the options page and popup send them ('packs/import'
 * and 'notes/import' from an extension page) to the real background on the fake browser. Each
 * is refused with a message naming the problem, and the whole database (notes, settings, packs,
 * lookup rows) is exactly as before. Two controls import a good file with a BOM, to show the
 * same path does change the database when the file is good.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the table edits parsed JSON at arbitrary paths */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BackstoryDb } from '../../lib/db/database';
import { MAX_IMPORT_CHARS } from '../../lib/messages';
import { exportJsonLd, VERSION_KEY } from '../../lib/notes/jsonld';
import { dumpDb, freshDb, testPack } from '../helpers/packs';
import { idOf, makeNote } from '../unit/notes/factory';
import { recordFigures } from './figures';
import { installStarterPack } from '../../lib/services/starter';
import { directBackground } from './storage-harness';

type Kind = 'pack' | 'notes';
const PACK = JSON.stringify(testPack({ id: 'incoming', version: 1 }));
/** Compact, like the pack, so the edits below can find their places in the text. */
const NOTES = JSON.stringify(
  JSON.parse(exportJsonLd([makeNote({ id: idOf(10) }), makeNote({ id: idOf(11), body: 'Second' })])),
);
const valid = (kind: Kind) => (kind === 'pack' ? PACK : NOTES);
const edit = (kind: Kind, change: (file: any) => void) => {
  const file = JSON.parse(valid(kind));
  change(file);
  return JSON.stringify(file);
};
/** Puts an own "__proto__" key (as JSON.parse reads it) into the text of a JSON object. */
function withProtoKey(text: string, marker: string): string {
  if (!text.includes(marker)) throw new Error(`no ${marker} in the file`);
  return text.replace(marker, `${marker}"__proto__":{"polluted":"yes"},`);
}
/** Bytes that are not UTF-8 (a Latin-1 "é"), decoded as a browser's File.text() decodes them. */
const latin1 = (text: string) =>
  new TextDecoder('utf-8').decode(
    Buffer.from(text.replace('Test pack', 'Caf\u00e9').replace('My note', 'Caf\u00e9'), 'latin1'),
  );
let hundredMegabytes = '';

/** One class of bad file: how to make it for each kind, and what the message must say. */
interface BadFile {
  name: string;
  make: (kind: Kind) => string;
  message: Record<Kind, RegExp>;
}

const both = (pattern: RegExp) => ({ pack: pattern, notes: pattern });

const BAD_FILES: BadFile[] = [
  { name: 'empty', make: () => '', message: both(/is empty/) },
  { name: 'only a BOM and spaces', make: () => '\uFEFF  \n', message: both(/is empty/) },
  {
    name: 'malformed JSON',
    make: (kind) => valid(kind).replace('{', '{oops '),
    message: both(/not valid JSON/),
  },
  {
    name: 'truncated',
    make: (kind) => valid(kind).slice(0, Math.floor(valid(kind).length * 0.6)),
    message: both(/not valid JSON \(it may be truncated\)/),
  },
  {
    name: 'a BOM, then truncated',
    make: (kind) => `\uFEFF${valid(kind).slice(0, 100)}`,
    message: both(/may be truncated/),
  },
  { name: 'invalid UTF-8', make: (kind) => latin1(valid(kind)), message: both(/not valid UTF-8/) },
  {
    name: 'duplicate ids',
    make: (kind) =>
      edit(kind, (file) => {
        if (kind === 'pack') file.outlets.push({ ...file.outlets[0] });
        else file.first.items[1].id = file.first.items[0].id;
      }),
    message: { pack: /outlets.*duplicate|duplicate.*outlet-a/i, notes: /duplicate id/ },
  },
  {
    name: '"__proto__" key at the top',
    make: (kind) => withProtoKey(valid(kind), '{'),
    message: { pack: /__proto__/, notes: /"__proto__" is not allowed/ },
  },
  {
    name: '"__proto__" key nested in a record',
    make: (kind) => withProtoKey(valid(kind), kind === 'pack' ? '"outlets":[{' : '"items":[{'),
    message: { pack: /outlets\[0\].*__proto__/, notes: /items\[0\].*"__proto__" is not allowed/ },
  },
  {
    name: 'a future format version',
    make: (kind) =>
      edit(kind, (file) => {
        if (kind === 'pack') file.formatVersion = 2;
        else file[VERSION_KEY] = 2;
      }),
    message: both(/format version 2.*Update Backstory/),
  },
  {
    name: 'the other kind of file',
    make: (kind) => valid(kind === 'pack' ? 'notes' : 'pack'),
    message: { pack: /not a Backstory pack/, notes: /not a Backstory notes file/ },
  },
  {
    name: 'a JSON number',
    make: () => '42',
    message: { pack: /not a Backstory pack/, notes: /not a Backstory notes file/ },
  },
  {
    name: 'nested 100,000 deep',
    make: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    message: { pack: /not a Backstory pack|not valid JSON/, notes: /Invalid notes file|not valid JSON/ },
  },
  {
    name: 'a wrong field',
    make: (kind) =>
      edit(kind, (file) => {
        if (kind === 'pack') file.outlets[0].homeDomain = 'NOT A DOMAIN';
        else file.first.items[0].target.source = 'javascript:alert(1)';
      }),
    message: { pack: /outlets\[0\]\.homeDomain/, notes: /items\[0\]\.target\.source/ },
  },
  {
    name: 'a script URL in a link',
    make: (kind) =>
      edit(kind, (file) => {
        if (kind === 'pack') file.sources[0].url = 'javascript:alert(1)';
        else file.first.items[0]['backstory:note'].canonicalUrl = 'javascript:alert(1)';
      }),
    message: { pack: /sources\[0\]\.url/, notes: /items\[0\].*canonicalUrl/ },
  },
  {
    name: 'a reference to a missing record',
    make: (kind) =>
      edit(kind, (file) => {
        if (kind === 'pack') file.claims[0].storyId = 'no-such-story';
        else file.first.items[0].id = 'not a uuid';
      }),
    message: { pack: /no-such-story/, notes: /items\[0\]\.id/ },
  },
  {
    name: '100 MB',
    make: () => hundredMegabytes,
    message: both(/too large/),
  },
  {
    name: 'one character over the limit',
    make: () => `{"x":"${'a'.repeat(MAX_IMPORT_CHARS - 7)}"}`,
    message: both(/json: (Invalid length|the file is larger)|limit is 32\.0 MB/),
  },
];

let db: BackstoryDb;
let ask: ReturnType<typeof directBackground>;
const outcomes: { kind: Kind; name: string; refused: boolean; unchanged: boolean; notesLost: number }[] = [];

beforeAll(async () => {
  hundredMegabytes = `{"format":"backstory-pack","x":"${'a'.repeat(100 * 1024 * 1024)}"}`;
  db = freshDb();
  ask = directBackground(db);
  await installStarterPack(db);
  // Something of everything a bad file must not touch: the starter pack, notes, settings.
  expect((await ask('notes/import', { json: exportJsonLd([makeNote({ id: idOf(1) })]) })).ok).toBe(true);
  expect((await ask('settings/set', { site: { host: 'example.com', disabled: true } })).ok).toBe(true);
});

afterAll(() => {
  hundredMegabytes = '';
  const refused = outcomes.filter((outcome) => outcome.refused && outcome.unchanged).length;
  recordFigures(
    (['pack', 'notes'] as const).map((kind) => {
      const mine = outcomes.filter((outcome) => outcome.kind === kind);
      return {
        id: `files/${kind}`,
        class: `Bad ${kind === 'pack' ? 'corpus pack' : 'notes'} files (${mine.length} classes)`,
        where: 'tests/security/bad-files.test.ts (real router and handlers)',
        tried: mine.length,
        rejected: mine.filter((outcome) => outcome.refused && outcome.unchanged).length,
        executed: null,
        notesLost: mine.reduce((sum, outcome) => sum + outcome.notesLost, 0),
        detail: 'each refused with a message naming the problem; database unchanged',
      };
    }),
  );
  console.log(`[security] bad files: ${refused} of ${outcomes.length} refused with the database unchanged`);
});

describe.each(['pack', 'notes'] as const)('a bad %s file is refused by name and changes nothing', (kind) => {
  test.each(BAD_FILES)('$name', async ({ name, make, message }) => {
    const before = await dumpDb(db);
    const reply = await ask(kind === 'pack' ? 'packs/import' : 'notes/import', { json: make(kind) });
    const after = await dumpDb(db);
    const unchanged = JSON.stringify(after) === JSON.stringify(before);
    const ids = new Set(after.notes!.map((note) => (note as { id: string }).id));
    const notesLost = before.notes!.filter((note) => !ids.has((note as { id: string }).id)).length;
    outcomes.push({ kind, name, refused: !reply.ok, unchanged, notesLost });
    console.log(`[security] ${kind} file, ${name}: ${reply.ok ? 'ACCEPTED' : reply.error.slice(0, 160)}`);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(message[kind]);
    expect(unchanged).toBe(true);
  });

  test('control: the good file with a BOM imports, and changes the database', async () => {
    const before = await dumpDb(db);
    const reply = await ask(kind === 'pack' ? 'packs/import' : 'notes/import', {
      json: `\uFEFF${valid(kind)}`,
    });
    expect(reply.ok).toBe(true);
    expect(JSON.stringify(await dumpDb(db))).not.toBe(JSON.stringify(before));
  });
});
