import { describe, expect, test } from 'vitest';
import { createLink, fromMessagePort, type PortLike } from '../../../lib/frame/link';

type Listener<T> = (value: T) => void;

/** Two connected fake ports, delivering asynchronously as real ports do. */
function portPair(): [PortLike & { sent: unknown[] }, PortLike & { sent: unknown[] }] {
  const make = () => {
    const message: Listener<unknown>[] = [];
    const disconnect: (() => void)[] = [];
    return { message, disconnect, sent: [] as unknown[] };
  };
  const a = make();
  const b = make();
  const side = (own: typeof a, other: typeof a) => ({
    sent: own.sent,
    postMessage(value: unknown) {
      own.sent.push(value);
      const copy = structuredClone(value);
      queueMicrotask(() => other.message.forEach((listener) => listener(copy)));
    },
    onMessage: { addListener: (listener: Listener<unknown>) => void own.message.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => void own.disconnect.push(listener) },
    disconnect: () => queueMicrotask(() => other.disconnect.forEach((listener) => listener())),
  });
  return [side(a, b), side(b, a)];
}

type HostMethods = {
  add: { params: { a: number; b: number }; value: number };
  boom: { params: null; value: null };
};
type FrameMethods = { greet: { params: string; value: string } };

describe('a link over a port', () => {
  test('calls are answered by the other side, in both directions', async () => {
    const [hostPort, framePort] = portPair();
    const host = createLink<HostMethods, FrameMethods>(hostPort, {
      add: ({ a, b }) => a + b,
      boom: () => {
        throw new Error('the page has no such claim');
      },
    });
    const frame = createLink<FrameMethods, HostMethods>(framePort, {
      greet: async (name) => `hello ${name}`,
    });
    expect(await frame.call('add', { a: 2, b: 3 })).toEqual({ ok: true, value: 5 });
    expect(await host.call('greet', 'reader')).toEqual({ ok: true, value: 'hello reader' });
    expect(await frame.call('boom', null)).toEqual({ ok: false, error: 'the page has no such claim' });
  });

  test.each([
    [
      'an unknown method',
      { call: 1, method: 'toString', params: null },
      { reply: 1, result: { ok: false, error: 'Unknown request: toString' } },
    ],
    [
      'a prototype key',
      { call: 2, method: '__proto__', params: null },
      { reply: 2, result: { ok: false, error: 'Unknown request: __proto__' } },
    ],
  ])('%s is refused with a message', async (_name, wire, expected) => {
    const [hostPort, otherPort] = portPair();
    createLink<HostMethods, FrameMethods>(hostPort, { add: () => 0, boom: () => null });
    const replies: unknown[] = [];
    otherPort.onMessage.addListener((message) => replies.push(message));
    otherPort.postMessage(wire);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies).toEqual([expected]);
  });

  test('malformed messages are ignored', async () => {
    const [hostPort, otherPort] = portPair();
    let calls = 0;
    createLink<HostMethods, FrameMethods>(hostPort, { add: () => ++calls, boom: () => null });
    for (const junk of [null, 'add', 42, { call: 'x', method: 'add' }, { method: 'add' }, { reply: 9 }])
      otherPort.postMessage(junk);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toBe(0);
    expect(hostPort.sent).toEqual([]);
  });

  test('a closed port fails the calls waiting and every later call', async () => {
    const [hostPort, framePort] = portPair();
    let closed = 0;
    const host = createLink<HostMethods, FrameMethods>(
      hostPort,
      { add: () => 0, boom: () => null },
      () => closed++,
    );
    // The frame never answers: it goes away instead.
    const waiting = host.call('greet', 'reader');
    framePort.disconnect();
    expect(await waiting).toMatchObject({ ok: false, error: expect.stringMatching(/closed/) });
    expect(await host.call('greet', 'again')).toMatchObject({ ok: false });
    expect(host.closed).toBe(true);
    expect(closed).toBe(1);
  });

  test('over a real MessageChannel', async () => {
    const channel = new MessageChannel();
    const host = createLink<HostMethods, FrameMethods>(fromMessagePort(channel.port1), {
      add: ({ a, b }) => a + b,
      boom: () => null,
    });
    const frame = createLink<FrameMethods, HostMethods>(fromMessagePort(channel.port2), { greet: (n) => n });
    expect(await frame.call('add', { a: 40, b: 2 })).toEqual({ ok: true, value: 42 });
    expect(await host.call('greet', 'x')).toEqual({ ok: true, value: 'x' });
    host.close();
    frame.close();
  });
});
