/**
 * Reading a Chrome trace: the page's renderer main thread, its busy time (top-level tasks), the
 * time spent in scripts from given URLs (by the script URL the timeline events carry) and the
 * long tasks those scripts ran in.
 */
import type { TraceEvent } from './chromium';

/** What one traced page load cost on the page's main thread. */
export interface MainThreadCost {
  /** Total main-thread busy time (union of top-level tasks) in the window, ms. */
  busyMs: number;
  /**
   * Time in script events whose URL starts with the attributed prefix, and in CPU samples whose
   * stack holds such a script (their union), ms.
   */
  attributedMs: number;
  /** Top-level tasks over 50 ms in the window. */
  longTasks: number;
  /** Of those, the ones attributed script made long (see `causedLongTask`). */
  attributedLongTasks: number;
}

type Interval = [number, number];

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function unionLength(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [from, to] of sorted) {
    if (from > end) {
      if (end > start) total += end - start;
      [start, end] = [from, to];
    } else end = Math.max(end, to);
  }
  if (end > start) total += end - start;
  return total;
}

function scriptUrl(event: TraceEvent): string | null {
  const data = event.args?.data as { url?: unknown } | undefined;
  if (typeof data?.url === 'string') return data.url;
  const fileName = event.args?.fileName;
  return typeof fileName === 'string' ? fileName : null;
}

/** V8 call events carry no URL: a script event's innermost enclosing one is its call from the browser. */
const CALLS = new Set(['v8.callFunction', 'v8.run']);

/**
 * `events` plus, for each, the innermost URL-less V8 call enclosing it (the binding's entry into
 * the script: a callback per node of a TreeWalker costs more there than inside the function).
 */
function withCallers(thread: TraceEvent[], events: TraceEvent[]): TraceEvent[] {
  const calls = thread.filter((event) => CALLS.has(event.name)).sort((a, b) => a.ts - b.ts);
  const starts = calls.map((call) => call.ts);
  const callers = new Set<TraceEvent>();
  for (const event of events) {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= event.ts) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && i >= low - 8; i--) {
      const call = calls[i]!;
      if (call.ts + call.dur! >= event.ts + event.dur!) {
        callers.add(call);
        break;
      }
    }
  }
  return [...events, ...callers];
}

/** One chunk of V8's sampling profile, as the trace carries it. */
interface ProfileChunkData {
  cpuProfile?: {
    nodes?: Array<{ id: number; parent?: number; callFrame: { url?: string } }>;
    samples?: number[];
  };
  timeDeltas?: number[];
}

/** A sample stands for the time until the next one, but for no more than this (µs): the thread may go idle. */
const MAX_SAMPLE_US = 1000;

/**
 * Time intervals of V8's CPU samples on the thread whose stack holds a frame from a URL starting
 * with `prefix`. The timeline's script events miss work that runs as a promise continuation in a
 * microtask checkpoint (after a message's answer arrives, say): no event there carries a URL, but
 * the samples' stacks do.
 */
function sampledIntervals(
  events: TraceEvent[],
  thread: { pid: number; tid: number },
  prefix: string,
): Interval[] {
  const profile = events.find(
    (event) => event.name === 'Profile' && event.pid === thread.pid && event.tid === thread.tid,
  ) as (TraceEvent & { id?: string }) | undefined;
  const start = (profile?.args?.data as { startTime?: number } | undefined)?.startTime;
  if (!profile || start === undefined) return [];
  const chunks = events
    .filter(
      (event) =>
        event.name === 'ProfileChunk' &&
        event.pid === thread.pid &&
        (event as TraceEvent & { id?: string }).id === profile.id,
    )
    .sort((a, b) => a.ts - b.ts);
  const parent = new Map<number, number | undefined>();
  const url = new Map<number, string>();
  const ours = new Map<number, boolean>();
  const isOurs = (node: number | undefined): boolean => {
    if (node === undefined) return false;
    const known = ours.get(node);
    if (known !== undefined) return known;
    const answer = (url.get(node) ?? '').startsWith(prefix) || isOurs(parent.get(node));
    ours.set(node, answer);
    return answer;
  };
  const samples: Array<[number, number]> = [];
  let time = start;
  for (const chunk of chunks) {
    const data = (chunk.args?.data ?? {}) as ProfileChunkData;
    for (const node of data.cpuProfile?.nodes ?? []) {
      parent.set(node.id, node.parent);
      url.set(node.id, node.callFrame.url ?? '');
    }
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, index) => {
      time += deltas[index] ?? 0;
      samples.push([time, node]);
    });
  }
  const intervals: Interval[] = [];
  samples.forEach(([at, node], index) => {
    if (!isOurs(node)) return;
    const next = samples[index + 1]?.[0] ?? at;
    intervals.push([at, at + Math.min(next - at, MAX_SAMPLE_US)]);
  });
  return intervals;
}

/**
 * The tasks not inside another: Chromium nests a task event in another for the same task
 * (RunTask around ThreadControllerImpl::RunTask), which would count one long task twice.
 */
function outermost(tasks: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const task of sorted) {
    if (task.ts + task.dur! <= end) continue;
    out.push(task);
    end = task.ts + task.dur!;
  }
  return out;
}

/** A long task: over 50 ms (µs). */
const LONG_TASK_US = 50_000;

/**
 * Whether our work made `task` long: it would have been 50 ms or shorter without our time inside
 * it, or our time inside it alone is over 50 ms. A sample of ours stands for up to 1 ms after it,
 * so the page's own long task (a layout right after our script) touches our time without being
 * ours.
 */
function causedLongTask(task: TraceEvent, attributed: Interval[]): boolean {
  const start = task.ts;
  const end = task.ts + task.dur!;
  const inside = unionLength(
    attributed
      .filter(([from, to]) => from < end && to > start)
      .map(([from, to]): Interval => [Math.max(from, start), Math.min(to, end)]),
  );
  return inside > 0 && (task.dur! - inside <= LONG_TASK_US || inside > LONG_TASK_US);
}

/** The (pid, tid) of the renderer main thread that parsed `url`, or of the busiest one. */
function pageThread(events: TraceEvent[], url: string): { pid: number; tid: number } | null {
  const parsed = events.find(
    (event) =>
      event.name === 'ParseHTML' &&
      (event.args?.beginData as { url?: string } | undefined)?.url?.startsWith(url) === true,
  );
  if (parsed) return { pid: parsed.pid, tid: parsed.tid };
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && (event.args?.name as string) === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const busy = new Map<string, number>();
  for (const event of events)
    if (TASKS.has(event.name) && mains.has(`${event.pid}:${event.tid}`))
      busy.set(`${event.pid}:${event.tid}`, (busy.get(`${event.pid}:${event.tid}`) ?? 0) + (event.dur ?? 0));
  const top = [...busy].sort((a, b) => b[1] - a[1])[0];
  if (!top) return null;
  const [pid, tid] = top[0].split(':').map(Number);
  return { pid: pid!, tid: tid! };
}

/**
 * The main-thread cost of loading `url`, counting events up to `windowMs` after the page's last
 * load event; script time is attributed to URLs starting with `prefix`.
 */
export function mainThreadCost(
  events: TraceEvent[],
  url: string,
  prefix: string | null,
  windowMs: number,
): MainThreadCost | null {
  const thread = pageThread(events, url);
  if (!thread) return null;
  const own = events.filter(
    (event) =>
      event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X' && event.dur !== undefined,
  );
  const loads = events.filter((event) => event.name === 'MarkLoad' && event.pid === thread.pid);
  const lastLoad = Math.max(...loads.map((event) => event.ts));
  const end = Number.isFinite(lastLoad) ? lastLoad + windowMs * 1000 : Number.POSITIVE_INFINITY;
  const inWindow = own.filter((event) => event.ts <= end);
  const tasks = inWindow.filter((event) => TASKS.has(event.name));
  const attributed: Interval[] = prefix
    ? [
        ...withCallers(
          inWindow,
          inWindow.filter((event) => !TASKS.has(event.name) && scriptUrl(event)?.startsWith(prefix)),
        ).map((event): Interval => [event.ts, event.ts + event.dur!]),
        ...sampledIntervals(events, thread, prefix).filter(([from]) => from <= end),
      ]
    : [];
  const long = outermost(tasks).filter((event) => event.dur! > LONG_TASK_US);
  return {
    busyMs: unionLength(tasks.map((event) => [event.ts, event.ts + event.dur!])) / 1000,
    attributedMs: unionLength(attributed) / 1000,
    longTasks: long.length,
    attributedLongTasks: long.filter((task) => causedLongTask(task, attributed)).length,
  };
}
