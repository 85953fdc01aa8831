/**
 * The background accepts only this extension's own contexts, only known message types, only
 * payloads its schemas accept, and nothing too large. This fuzz test sends the real router (with
 * the real handlers, each wrapped to count calls) thousands of messages that must be refused, and
 * checks every one was refused before any handler ran. Valid messages are sent first as a
 * control: each reaches its handler, so every refusal below is due to what was changed.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { MAX_MESSAGE_CHARS, routeMessage, type Handlers, type SenderInfo } from '../../lib/background/router';
import { BACKGROUND_MESSAGES, MAX_IMPORT_CHARS, type BackgroundMessageType } from '../../lib/messages';
import { freshDb } from '../helpers/packs';
import { recordFigures, type FigureRow } from './figures';
import {
  expectedCap,
  isBoundedOtherwise,
  isOptional,
  leavesOf,
  maxLengthOf,
  payloadSchema,
  REMOVE,
  replaceAt,
  unwrap,
  VALID_PAYLOADS,
} from './message-samples';

const ID = 'our-id';
const identity = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}/` };
const POPUP: SenderInfo = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const PAGE: SenderInfo = { id: ID, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
const TYPES = Object.keys(BACKGROUND_MESSAGES) as BackgroundMessageType[];
const senderFor = (type: BackgroundMessageType) =>
  BACKGROUND_MESSAGES[type].access === 'any' ? PAGE : POPUP;
/** A fixed seed: the run is repeatable, and a failure names the input. */
const SEED = 20_261_121;

function setup() {
  const db = freshDb();
  let calls = 0;
  const real = createHandlers(db, {
    version: '1.0.0',
    lookup: async () => ({ knownUrl: false, report: null }),
    analyze: async () => null,
    broadcastSettings: async () => undefined,
  });
  const counted = Object.fromEntries(
    Object.entries(real).map(([name, run]) => [
      name,
      (...args: unknown[]) => {
        calls += 1;
        return (run as (...a: unknown[]) => Promise<unknown>)(...args);
      },
    ]),
  ) as Handlers;
  return {
    calls: () => calls,
    send: (message: unknown, sender: SenderInfo) => routeMessage(message, sender, identity, counted),
  };
}

const tally = new Map<string, { tried: number; rejected: number; reachedHandler: number }>();
const { send, calls } = setup();

/** Sends one message that must be refused, and counts it under `name`. */
async function mustRefuse(name: string, message: unknown, sender: SenderInfo): Promise<boolean> {
  const before = calls();
  const reply = await send(message, sender);
  const row = tally.get(name) ?? { tried: 0, rejected: 0, reachedHandler: 0 };
  row.tried += 1;
  const reached = calls() !== before;
  if (reached) row.reachedHandler += 1;
  const refused = !reply.ok && !reached && reply.error.startsWith('Refused');
  if (refused) row.rejected += 1;
  tally.set(name, row);
  return refused;
}

const message = (type: unknown, payload: unknown) => ({ type, payload });

/** `object` plus an own `key` (JSON.parse makes "__proto__" an own key, as a cloned message carries it). */
function withOwnKey(object: object, key: string, value: unknown): Record<string, unknown> {
  const fields = [JSON.stringify(key) + ':' + JSON.stringify(value), JSON.stringify(object).slice(1, -1)];
  return JSON.parse(`{${fields.filter(Boolean).join(',')}}`) as Record<string, unknown>;
}
/** Every string field bigger than every cap: the total size cap refuses it whatever its schema. */
const GIANT = 'x'.repeat(MAX_MESSAGE_CHARS + 1);

describe('the router refuses everything that is not a valid message from our own contexts', () => {
  test('control: a valid payload of every message reaches its handler', async () => {
    for (const type of TYPES) {
      const before = calls();
      await send(message(type, VALID_PAYLOADS[type]), senderFor(type));
      expect(calls(), type).toBe(before + 1);
    }
  });

  test('wrong senders: other extensions, web pages and missing ids', async () => {
    const spoofs: SenderInfo[] = [
      {},
      { url: POPUP.url },
      { id: 'another-extension', url: POPUP.url },
      { id: 'another-extension', url: 'chrome-extension://another-extension/page.html' },
      { id: '', url: POPUP.url },
      { id: ID.toUpperCase(), url: POPUP.url },
      { id: `${ID} `, url: POPUP.url },
    ];
    for (const type of TYPES)
      for (const sender of spoofs)
        expect(await mustRefuse('wrong sender', message(type, VALID_PAYLOADS[type]), sender)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.constantFrom(...TYPES), async (id, type) =>
        id === ID ? true : mustRefuse('wrong sender', message(type, VALID_PAYLOADS[type]), { ...POPUP, id }),
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  test("pages asking for what only the extension's own pages may do", async () => {
    const pageLike: SenderInfo[] = [
      PAGE,
      { id: ID },
      { id: ID, url: `https://evil.example/chrome-extension://${ID}/popup.html` },
      { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html` },
      { id: ID, url: `moz-extension://${ID}/popup.html` },
      { id: ID, url: 'data:text/html,<script>alert(1)</script>' },
    ];
    const privileged = TYPES.filter((type) => BACKGROUND_MESSAGES[type].access === 'extension-page');
    expect(privileged.length).toBeGreaterThan(5);
    for (const type of privileged)
      for (const sender of pageLike)
        expect(
          await mustRefuse('privileged message from a page', message(type, VALID_PAYLOADS[type]), sender),
        ).toBe(true);
  });

  test('unknown types and things that are not messages', async () => {
    const inherited = Object.getOwnPropertyNames(Object.prototype);
    for (const type of [
      ...inherited,
      'db/drop',
      'packs/install',
      'eval',
      'tabs/create',
      '',
      42,
      null,
      {},
      ['ping'],
    ])
      expect(await mustRefuse('unknown type', message(type, {}), POPUP)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.anything()), async (type) =>
        typeof type === 'string' && Object.hasOwn(BACKGROUND_MESSAGES, type)
          ? true
          : mustRefuse('unknown type', message(type, {}), POPUP),
      ),
      { seed: SEED, numRuns: 300 },
    );
    for (const notAMessage of [null, undefined, 'ping', 42, true, [], [{ type: 'ping' }]])
      expect(await mustRefuse('not a message', notAMessage, POPUP)).toBe(true);
  });

  test('malformed payloads: not an object, unknown keys, missing keys, wrong types', async () => {
    for (const type of TYPES) {
      const sample = VALID_PAYLOADS[type];
      const schema = payloadSchema(type);
      const sender = senderFor(type);
      for (const payload of ['x', 1, true, [], [sample], new Date(0)])
        expect(await mustRefuse('malformed payload', message(type, payload), sender), type).toBe(true);
      for (const leaf of leavesOf(sample, schema)) {
        const node = unwrap(leaf.schema);
        if (node.entries) {
          for (const [key, entry] of Object.entries(node.entries)) {
            if (isOptional(entry) || leaf.value === null) continue;
            const missing = replaceAt(sample, [...leaf.path, key], REMOVE);
            expect(
              await mustRefuse('malformed payload', message(type, missing), sender),
              `${type} -${key}`,
            ).toBe(true);
          }
        }
        if (leaf.path.length === 0) continue;
        // Nullable fields accept null and their own type, so null becomes a number (no field takes one).
        const wrong =
          typeof leaf.value === 'string' || leaf.value === null
            ? 42
            : Array.isArray(leaf.value)
              ? 'not a list'
              : 'not this type';
        const mutated = replaceAt(sample, leaf.path, wrong);
        expect(
          await mustRefuse('malformed payload', message(type, mutated), sender),
          leaf.path.join('.'),
        ).toBe(true);
      }
      // Unknown keys, at the top and in every nested object, with random names and values.
      const objects = leavesOf(sample, schema).filter(
        (leaf) => unwrap(leaf.schema).entries && leaf.value !== null,
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...objects),
          fc.string({ minLength: 1 }),
          fc.anything(),
          async (leaf, key, value) => {
            if (Object.hasOwn(unwrap(leaf.schema).entries!, key)) return true;
            const mutated = replaceAt(sample, leaf.path, { ...(leaf.value as object), [key]: value });
            return mustRefuse('malformed payload', message(type, mutated), sender);
          },
        ),
        { seed: SEED, numRuns: 40 },
      );
    }
  });

  test('addresses that are not http(s): script, data, file and extension URLs', async () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      `chrome-extension://${ID}/options.html`,
      'about:blank',
      'blob:https://news.example/1',
      'https://',
      'not a url',
    ];
    for (const type of TYPES) {
      const sample = VALID_PAYLOADS[type];
      for (const leaf of leavesOf(sample, payloadSchema(type))) {
        if (typeof leaf.value !== 'string' || !/^https?:\/\//.test(leaf.value)) continue;
        for (const url of hostile)
          expect(
            await mustRefuse(
              'non-http(s) address',
              message(type, replaceAt(sample, leaf.path, url)),
              senderFor(type),
            ),
          ).toBe(true);
      }
    }
  });

  test('oversized payloads: each field one over its cap, lists one over theirs, and giant ones', async () => {
    const uncapped: string[] = [];
    for (const type of TYPES) {
      const sample = VALID_PAYLOADS[type];
      const sender = senderFor(type);
      for (const leaf of leavesOf(sample, payloadSchema(type))) {
        if (leaf.path.length === 0) continue;
        const cap = expectedCap(type, leaf.path);
        // The schema must still say what the protocol says (a cap dropped or raised is a finding).
        if (cap !== null) expect(maxLengthOf(leaf.schema), `${type} ${leaf.path.join('.')}`).toBe(cap);
        if (typeof leaf.value === 'string') {
          if (cap === null && !isBoundedOtherwise(leaf.schema))
            uncapped.push(`${type}: ${leaf.path.join('.')}`);
          const over = cap === null ? GIANT : 'x'.repeat(cap + 1);
          expect(
            await mustRefuse('oversized', message(type, replaceAt(sample, leaf.path, over)), sender),
            `${type} ${leaf.path.join('.')}`,
          ).toBe(true);
          expect(
            await mustRefuse('oversized', message(type, replaceAt(sample, leaf.path, GIANT)), sender),
          ).toBe(true);
        } else if (Array.isArray(leaf.value) && cap !== null) {
          const first: unknown = leaf.value[0];
          const over = Array.from({ length: cap + 1 }, () => first);
          expect(
            await mustRefuse('oversized', message(type, replaceAt(sample, leaf.path, over)), sender),
          ).toBe(true);
        }
      }
      // Many small strings adding up past the cap on the whole message.
      const padding = Array.from({ length: 40 }, () => 'y'.repeat(MAX_IMPORT_CHARS / 32));
      expect(await mustRefuse('oversized', message(type, { ...sample, padding }), sender)).toBe(true);
    }
    console.log(
      `[security] string fields with no cap of their own (the message cap covers them): ${uncapped.join(', ')}`,
    );
  });

  test('prototype pollution: __proto__, constructor and prototype keys anywhere', async () => {
    for (const type of TYPES) {
      const sample = VALID_PAYLOADS[type];
      const sender = senderFor(type);
      const objects = leavesOf(sample, payloadSchema(type)).filter(
        (leaf) => unwrap(leaf.schema).entries && leaf.value !== null,
      );
      for (const leaf of objects) {
        for (const key of ['__proto__', 'constructor', 'prototype']) {
          const inner = withOwnKey(leaf.value as object, key, {
            polluted: 'yes',
            prototype: { polluted: 'yes' },
          });
          const mutated = replaceAt(sample, leaf.path, inner);
          expect(
            await mustRefuse('prototype pollution', message(type, mutated), sender),
            `${type} ${key}`,
          ).toBe(true);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

afterAll(() => {
  const rows: FigureRow[] = [...tally].map(([name, row]) => ({
    id: `messages/${name.replace(/[^a-z0-9]+/gi, '-')}`,
    class: `Messages: ${name}`,
    where: 'tests/security/message-fuzz.test.ts (real router and handlers)',
    tried: row.tried,
    rejected: row.rejected,
    executed: null,
    notesLost: null,
    detail: row.reachedHandler ? `${row.reachedHandler} reached a handler` : 'none reached a handler',
  }));
  const total = rows.reduce(
    (sum, row) => ({ tried: sum.tried + row.tried, rejected: sum.rejected + row.rejected! }),
    {
      tried: 0,
      rejected: 0,
    },
  );
  console.log(`[security] messages: ${total.rejected} of ${total.tried} hostile messages refused`);
  recordFigures(rows);
});
