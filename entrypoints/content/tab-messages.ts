/** Answers the tab messages of the protocol; anything else, or from anyone else, is ignored. */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { TabReplies } from '@/lib/messages';
import { isTabMessageType, type TabMessageType } from '@/lib/tab-message-types';
import { errorMessage, fail, ok, type Result } from '@/lib/result';

/** One handler per tab message. */
export type TabHandlers = { [K in TabMessageType]: () => Promise<TabReplies[K]> };

/** Listens until the content script's context ends. */
export function listenToTabMessages(ctx: ContentScriptContext, handlers: TabHandlers): void {
  const listener = (message: unknown, sender: { id?: string }): Promise<Result<unknown>> | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (!isTabMessageType(type)) return undefined;
    return handlers[type]().then(ok, (thrown: unknown) => fail(errorMessage(thrown)));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
