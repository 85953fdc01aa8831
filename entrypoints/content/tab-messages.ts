/**
 * Answers the tab messages of the protocol; anything else, or from anyone else, is ignored. The
 * reply goes through `sendResponse` (returning `true` keeps the channel open): this script uses
 * the browsers' own APIs, and that form works in every browser, unlike returning a promise.
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { TabReplies } from '@/lib/messages';
import { errorMessage, fail, ok, type Result } from '@/lib/result';
import { isTabMessageType, type TabMessageType } from '@/lib/tab-message-types';

/** One handler per tab message. */
export type TabHandlers = { [K in TabMessageType]: () => Promise<TabReplies[K]> };

/** Listens until the content script's context ends. */
export function listenToTabMessages(ctx: ContentScriptContext, handlers: TabHandlers): void {
  const listener = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (reply: Result<unknown>) => void,
  ): true | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (!isTabMessageType(type)) return undefined;
    handlers[type]()
      .then(ok, (thrown: unknown) => fail(errorMessage(thrown)))
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener as never));
}
