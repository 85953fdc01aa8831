/**
 * A typed request/reply line over an extension port, between the content script and the
 * extension-page frames it shows (the panel, the note editor). Each side names the methods it
 * answers; every call gets a serializable `Result` back, a throwing handler becomes a failed
 * result, and a closed port fails the calls still waiting instead of leaving them hanging.
 */
import { errorMessage, fail, ok, type Result } from '../result';

/** The part of `runtime.Port` a link uses (a fake pair stands in for it in tests). */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** Methods one side answers: what each takes and what it gives back. */
export type MethodMap = Record<string, { params: unknown; value: unknown }>;

/** One function per method of `M`. */
export type Handlers<M extends MethodMap> = {
  [K in keyof M]: (params: M[K]['params']) => M[K]['value'] | Promise<M[K]['value']>;
};

/** The calling side of a link. */
export interface Link<Theirs extends MethodMap> {
  /** Calls a method on the other side; fails when the link is closed or the method fails. */
  call<K extends keyof Theirs & string>(
    method: K,
    params: Theirs[K]['params'],
  ): Promise<Result<Theirs[K]['value']>>;
  /** Whether the port has closed. */
  readonly closed: boolean;
  /** Closes the port; calls still waiting fail. */
  close(): void;
}

type Wire = { call: number; method: string; params: unknown } | { reply: number; result: Result<unknown> };

function isWire(message: unknown): message is Wire {
  if (typeof message !== 'object' || message === null) return false;
  const wire = message as Record<string, unknown>;
  if (typeof wire.call === 'number') return typeof wire.method === 'string';
  return typeof wire.reply === 'number' && typeof wire.result === 'object' && wire.result !== null;
}

const CLOSED = 'This Backstory view was closed.';

/** Opens a link over `port`, answering with `handlers`; `onClose` runs once when the port closes. */
export function createLink<Mine extends MethodMap, Theirs extends MethodMap>(
  port: PortLike,
  handlers: Handlers<Mine>,
  onClose?: () => void,
): Link<Theirs> {
  let nextId = 1;
  let closed = false;
  const waiting = new Map<number, (result: Result<unknown>) => void>();

  const finish = () => {
    if (closed) return;
    closed = true;
    for (const resolve of waiting.values()) resolve(fail(CLOSED));
    waiting.clear();
    onClose?.();
  };

  const answer = async (id: number, method: string, params: unknown) => {
    let result: Result<unknown>;
    if (!Object.hasOwn(handlers, method)) result = fail(`Unknown request: ${method.slice(0, 40)}`);
    else
      try {
        result = ok(await handlers[method as keyof Mine]!(params as never));
      } catch (thrown) {
        result = fail(errorMessage(thrown));
      }
    if (!closed) port.postMessage({ reply: id, result });
  };

  port.onMessage.addListener((message) => {
    if (closed || !isWire(message)) return;
    if ('call' in message) return void answer(message.call, message.method, message.params);
    waiting.get(message.reply)?.(message.result);
    waiting.delete(message.reply);
  });
  port.onDisconnect.addListener(finish);

  return {
    call(method, params) {
      if (closed) return Promise.resolve(fail(CLOSED));
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve as (result: Result<unknown>) => void);
        try {
          port.postMessage({ call: id, method, params });
        } catch (thrown) {
          waiting.delete(id);
          resolve(fail(errorMessage(thrown)));
        }
      });
    },
    get closed() {
      return closed;
    },
    close() {
      if (closed) return;
      try {
        port.disconnect();
      } finally {
        finish();
      }
    },
  };
}

/**
 * A `MessagePort` as a {@link PortLike}. The content script hands one end of a `MessageChannel`
 * to its frame: messages on it are seen by neither the page nor other extensions' scripts.
 */
export function fromMessagePort(port: MessagePort): PortLike {
  const onClose: (() => void)[] = [];
  // Browsers that have it fire `close` when the other end goes away (its frame unloaded).
  port.addEventListener('close', () => onClose.forEach((listener) => listener()));
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: {
      addListener(listener) {
        port.addEventListener('message', (event) => listener(event.data));
        port.start();
      },
    },
    onDisconnect: { addListener: (listener) => void onClose.push(listener) },
    disconnect: () => port.close(),
  };
}
