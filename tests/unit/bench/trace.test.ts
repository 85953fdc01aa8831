/**
 * The browser benchmark's attribution of main-thread time: script events by URL, and V8's CPU
 * samples whose stack holds one of our scripts (work in promise continuations has no event).
 */
import { describe, expect, test } from 'vitest';
import type { TraceEvent } from '../../../scripts/bench-browser/chromium';
import { mainThreadCost } from '../../../scripts/bench-browser/trace';

const PAGE = 'https://news.example/a';
const OURS = 'chrome-extension://abc/';
const main = { pid: 1, tid: 1 };

function event(name: string, ts: number, extra: Partial<TraceEvent> = {}): TraceEvent {
  return { name, cat: 'x', ph: 'X', ...main, ts, dur: 0, ...extra };
}

/** A page load whose profile has samples at 100, 200, 300 and 5300 µs: (program), ours, a native call of ours, (program). */
function trace(extra: TraceEvent[] = []): TraceEvent[] {
  return [
    event('ParseHTML', 0, { args: { beginData: { url: PAGE } } }),
    event('MarkLoad', 50, { ph: 'R' }),
    { ...event('Profile', 0, { ph: 'P', args: { data: { startTime: 0 } } }), id: '0x1' } as TraceEvent,
    {
      ...event('ProfileChunk', 10, {
        ph: 'P',
        tid: 9,
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { url: '' } },
                { id: 2, parent: 1, callFrame: { url: '' } },
                { id: 3, parent: 1, callFrame: { url: `${OURS}content-scripts/content.js` } },
                { id: 4, parent: 3, callFrame: { url: '' } },
              ],
              samples: [2, 3, 4, 2],
            },
            timeDeltas: [100, 100, 100, 5000],
          },
        },
      }),
      id: '0x1',
    } as TraceEvent,
    ...extra,
  ];
}

describe('main-thread time attributed to the extension', () => {
  test('counts CPU samples under our scripts, each until the next sample but at most 1 ms', () => {
    // [200, 300] in our script, then [300, 1300] in a native call it made (the gap after is capped).
    expect(mainThreadCost(trace(), PAGE, OURS, 1500)?.attributedMs).toBeCloseTo(1.1, 5);
  });

  test("counts no samples for a prefix that is not in any stack, and another profile's chunks not at all", () => {
    expect(mainThreadCost(trace(), PAGE, 'chrome-extension://other/', 1500)?.attributedMs).toBe(0);
    const elsewhere = trace().map((item) => (item.name === 'ProfileChunk' ? { ...item, id: '0x2' } : item));
    expect(mainThreadCost(elsewhere as TraceEvent[], PAGE, OURS, 1500)?.attributedMs).toBe(0);
  });

  test('takes the union with script events that carry our URL', () => {
    const script = event('FunctionCall', 1000, { dur: 2000, args: { data: { url: `${OURS}page-app.js` } } });
    // Samples [200, 1300] and the event [1000, 3000]: 2.8 ms together.
    expect(mainThreadCost(trace([script]), PAGE, OURS, 1500)?.attributedMs).toBeCloseTo(2.8, 5);
  });
});

describe('long tasks and the ones we caused', () => {
  const task = (ts: number, dur: number) => event('RunTask', ts, { dur });
  const nested = (ts: number, dur: number) => [
    task(ts, dur),
    event('ThreadControllerImpl::RunTask', ts + 10, { dur: dur - 20 }),
  ];
  const ours = (ts: number, dur: number) =>
    event('FunctionCall', ts, { dur, args: { data: { url: `${OURS}content-scripts/content.js` } } });
  const cost = (extra: TraceEvent[]) => mainThreadCost(trace(extra), PAGE, OURS, 1_000_000)!;

  test('counts a task Chromium records twice, one inside the other, once', () => {
    expect(cost(nested(10_000, 80_000)).longTasks).toBe(1);
    expect(cost([...nested(10_000, 80_000), ...nested(200_000, 40_000)]).longTasks).toBe(1);
  });

  test.each([
    ['the page’s own 68 ms layout our last sample touches', [task(10_000, 68_000), ours(9_000, 1_500)], 0],
    ['a 45 ms page task our 10 ms made long', [task(10_000, 55_000), ours(20_000, 10_000)], 1],
    ['a task that is ours alone', [task(10_000, 60_000), ours(10_000, 60_000)], 1],
    ['a long page task with 60 ms of ours in it', [task(10_000, 140_000), ours(20_000, 60_000)], 1],
    ['a long task with none of ours', [task(10_000, 90_000), ours(200_000, 5_000)], 0],
  ])('%s', (_name, extra, caused) => {
    const figures = cost(extra as TraceEvent[]);
    expect(figures.longTasks).toBe(1);
    expect(figures.attributedLongTasks).toBe(caused);
  });
});
