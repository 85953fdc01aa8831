/**
 * Turns raw runtime messages into typed handler calls. Anything that is not from this extension,
 * not a known type, not allowed for the sender or not a valid payload is refused with a message.
 */
import * as v from 'valibot';
import {
  BACKGROUND_MESSAGES,
  MAX_IMPORT_CHARS,
  type BackgroundMessageType,
  type BackgroundPayload,
  type BackgroundReplies,
} from '../messages';
import { errorMessage, fail, ok, type Result } from '../result';

/** What the router needs to know about a sender (a subset of `runtime.MessageSender`). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who sent a message, as handlers see it. */
export interface Caller {
  /** True for our own extension pages (popup, options). */
  extensionPage: boolean;
  tabId: number | null;
  frameId: number | null;
  /** The sending document's address as the browser reports it (never from the payload). */
  pageUrl: string | null;
}

/** One handler per background message. */
export type Handlers = {
  [K in BackgroundMessageType]: (
    payload: BackgroundPayload<K>,
    caller: Caller,
  ) => Promise<BackgroundReplies[K]>;
};

/** Our identity, against which senders are checked. */
export interface Identity {
  extensionId: string;
  /** The extension's own origin URL prefix, e.g. `chrome-extension://ID/`. */
  extensionOrigin: string;
}

function isKnownType(type: unknown): type is BackgroundMessageType {
  return typeof type === 'string' && Object.hasOwn(BACKGROUND_MESSAGES, type);
}

/** Largest message, in characters of text plus a few per key and item: an import file and some room. */
export const MAX_MESSAGE_CHARS = MAX_IMPORT_CHARS + 64 * 1024;

/** Payloads are plain objects; schemas would let an array or a Date through as an empty object. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * Whether a payload is bigger than {@link MAX_MESSAGE_CHARS}, counted without recursion and
 * stopping as soon as it is: a cap on every message, whatever its schema caps.
 */
function isOversized(payload: unknown): boolean {
  let size = 0;
  const stack: unknown[] = [payload];
  while (stack.length > 0) {
    const value = stack.pop();
    size += typeof value === 'string' ? value.length : 8;
    if (size > MAX_MESSAGE_CHARS) return true;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, item] of Object.entries(value)) {
      size += key.length;
      stack.push(item);
    }
  }
  return false;
}

/** Checks a message and its sender, then calls the matching handler. Never throws. */
export async function routeMessage(
  message: unknown,
  sender: SenderInfo,
  identity: Identity,
  handlers: Handlers,
): Promise<Result<unknown>> {
  if (sender.id !== identity.extensionId) return fail('Refused: the sender is not this extension.');
  if (typeof message !== 'object' || message === null) return fail('Refused: not a message.');
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (!isKnownType(type)) return fail('Refused: unknown message type.');
  const spec = BACKGROUND_MESSAGES[type];
  const extensionPage = sender.url?.startsWith(identity.extensionOrigin) ?? false;
  if (spec.access === 'extension-page' && !extensionPage) {
    return fail(`Refused: ${type} is only for the extension's own pages.`);
  }
  const body = payload ?? {};
  if (!isPlainObject(body)) return fail(`Refused: the ${type} payload must be an object.`);
  if (isOversized(body)) return fail(`Refused: the ${type} message is too large.`);
  const parsed = v.safeParse(spec.payload, body);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? 'payload';
    return fail(`Refused: invalid ${type} payload at ${path}: ${issue.message}`);
  }
  const caller: Caller = {
    extensionPage,
    tabId: sender.tab?.id ?? null,
    frameId: sender.frameId ?? null,
    pageUrl: sender.url ?? null,
  };
  try {
    const handler = handlers[type] as (p: unknown, c: Caller) => Promise<unknown>;
    return ok(await handler(parsed.output, caller));
  } catch (thrown) {
    return fail(errorMessage(thrown));
  }
}
