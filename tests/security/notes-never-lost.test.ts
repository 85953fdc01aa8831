/**
 * A saved note is never lost or silently dropped. Random runs of saves mixed with storage faults
 * (a full disk, a write cut off as by a dying worker, a write that succeeds but whose transaction
 * aborts before it commits, the database closed, the worker restarting on a new connection) check that 'notes/save' either stores the note and answers ok, or answers
 * a plain message and stores nothing, so the reader knows to try again. Afterwards a fresh
 * connection must find every note answered as saved, and no note that was refused.
 */
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { BackstoryDb } from '../../lib/db/database';
import { STORAGE_MESSAGES } from '../../lib/db/open';
import { recordFigures } from './figures';
import { VALID_PAYLOADS } from './message-samples';
import { ask, faultyDb, pageSender, restartBackground, uniqueName, type FaultyDb } from './storage-harness';

type Step =
  | { kind: 'save' }
  | { kind: 'quota'; on: boolean }
  | { kind: 'kill'; atWrite: number }
  | { kind: 'abort-before-commit' }
  | { kind: 'close' }
  | { kind: 'restart' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ kind: 'save' as const }) },
  { weight: 1, arbitrary: fc.boolean().map((on) => ({ kind: 'quota' as const, on })) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 1, max: 2 }).map((atWrite) => ({ kind: 'kill' as const, atWrite })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'abort-before-commit' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'close' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

const PAGE_URL = 'https://www.presstv.ir/a';
const plainMessages = new Set(Object.values(STORAGE_MESSAGES));
const totals = { tried: 0, saved: 0, refused: 0, lost: 0, silent: 0, phantom: 0, runs: 0 };

test('every save is stored and answered ok, or refused with a message and not stored', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 14 }), async (steps) => {
      const name = uniqueName('never-lost');
      let current: FaultyDb = faultyDb(name);
      await restartBackground(current.db);
      const acknowledged = new Map<string, string>();
      const refused = new Set<string>();
      for (const [index, next] of steps.entries()) {
        if (next.kind === 'quota') current.faults.quota = next.on;
        else if (next.kind === 'kill') current.faults.killAtWrite = next.atWrite;
        else if (next.kind === 'abort-before-commit') current.faults.abortAfterWrite = true;
        else if (next.kind === 'close') current.db.close();
        else if (next.kind === 'restart') {
          current = faultyDb(name, current.faults);
          await restartBackground(current.db);
        } else {
          const body = `note ${index} of ${name}`;
          totals.tried += 1;
          const reply = await ask(
            'notes/save',
            { ...VALID_PAYLOADS['notes/save'], url: PAGE_URL, body },
            pageSender(PAGE_URL),
          );
          if (reply.ok) {
            totals.saved += 1;
            acknowledged.set((reply.value as { id: string }).id, body);
          } else if (plainMessages.has(reply.error)) {
            totals.refused += 1;
            refused.add(body);
          } else {
            totals.silent += 1;
            throw new Error(`a save failed without a plain message: ${reply.error}`);
          }
        }
      }
      const stored = await new BackstoryDb(name).notes.toArray();
      const byId = new Map(stored.map((note) => [note.id, note.body]));
      const lost = [...acknowledged].filter(([id, body]) => byId.get(id) !== body);
      const phantoms = stored.filter((note) => refused.has(note.body));
      totals.lost += lost.length;
      totals.phantom += phantoms.length;
      totals.runs += 1;
      expect(lost).toEqual([]);
      expect(phantoms).toEqual([]);
    }),
    { seed: 42, numRuns: 25 },
  );
  // The faults must actually have bitten, or the property says nothing.
  expect(totals.refused).toBeGreaterThan(5);
  expect(totals.saved).toBeGreaterThan(5);
});

afterAll(() =>
  recordFigures([
    {
      id: 'notes/never-lost',
      class: 'Notes: saves under random storage faults',
      where: 'tests/security/notes-never-lost.test.ts',
      tried: totals.tried,
      rejected: totals.refused,
      executed: null,
      notesLost: totals.lost + totals.silent,
      detail: `${totals.runs} runs; ${totals.saved} saved, ${totals.refused} refused with a message, ${totals.phantom} stored though refused`,
    },
  ]),
);
