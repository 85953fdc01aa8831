/**
 * Typed senders for the protocol in `messages.ts`. These are the only places that call
 * `runtime.sendMessage` and `tabs.sendMessage`, so every caller gets a `Result` and never a throw.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundMessageType,
  BackgroundPayload,
  BackgroundReplies,
  TabMessageType,
  TabReplies,
} from './messages';
import { errorMessage, fail, type Result } from './result';

function asResult<T>(reply: unknown): Result<T> {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) return reply as Result<T>;
  return fail('No answer from Backstory.');
}

/** Sends a message to the background and answers its result. */
export async function askBackground<K extends BackgroundMessageType>(
  type: K,
  payload: BackgroundPayload<K>,
): Promise<Result<BackgroundReplies[K]>> {
  try {
    return asResult(await browser.runtime.sendMessage({ type, payload }));
  } catch (thrown) {
    return fail(errorMessage(thrown));
  }
}

/** Sends a message to the content script of one tab (top frame) and answers its result. */
export async function askTab<K extends TabMessageType>(
  tabId: number,
  type: K,
  payload: Record<string, unknown> = {},
): Promise<Result<TabReplies[K]>> {
  try {
    return asResult(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId: 0 }));
  } catch (thrown) {
    return fail(errorMessage(thrown));
  }
}
