/**
 * The content script's lifetime in the scripts served into pages: wxt.config.ts (and the unit
 * tests' config) resolve `wxt/utils/content-script-context` to this file, so WXT's entrypoint
 * builds this class. It has the members of WXT's ContentScriptContext that Backstory uses, with
 * the same behaviour, and leaves out what costs every page and buys us nothing:
 * - WXT announces each start with an event on `document` named after the extension's id, for an
 *   older copy of the script to stop itself. Only a page load ever injects our script, so no older
 *   copy shares the page, and a page that listens for that name learned Backstory is installed.
 *   That event cost 0.9 ms on the 20,000-row table (profiler, 2026-11-22).
 * - Address changes are told to our listeners directly instead of through an event on `window`
 *   that the page could hear too.
 * - The helpers no code of ours calls (intervals, animation frames, idle callbacks, `block`).
 * Together 0.5 KB gzip of the script injected into every page.
 */
import { browser } from 'wxt/browser';

/** The pseudo-event WXT's context fires when a single-page app changes the address. */
const LOCATION_CHANGE = 'wxt:locationchange';

/** What listeners for {@link LOCATION_CHANGE} receive. */
export interface LocationChange {
  type: typeof LOCATION_CHANGE;
  newUrl: URL;
  oldUrl: URL;
}

/** A content script's lifetime: it ends when the extension is reloaded, updated or removed. */
export class ContentScriptContext {
  readonly #controller = new AbortController();
  readonly #onLocationChange = new Set<(change: LocationChange) => void>();

  /** `name` and `options` are the entrypoint's, passed by WXT; kept for its contract. */
  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  /** Aborted when the context is invalidated: listeners registered with it go away. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Invalidates the context (the tests end a script's life this way). */
  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  /** True once the extension is gone (its runtime has no id any more); invalidates on noticing. */
  get isInvalid(): boolean {
    if (!browser.runtime?.id) this.abort('Content script context invalidated');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Runs `callback` when the context is invalidated; the returned function cancels that. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** `setTimeout` that neither fires nor stays pending after the context is invalidated. */
  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) handler();
    }, timeout);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  /**
   * `target.addEventListener` removed when the context is invalidated. The type `wxt:locationchange`
   * listens for address changes instead (single-page navigations), whatever the target.
   */
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: never) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type !== LOCATION_CHANGE) {
      target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
      return;
    }
    if (this.#onLocationChange.size === 0 && this.isValid) this.#watchLocation();
    this.#onLocationChange.add(handler as (change: LocationChange) => void);
  }

  /** Tells the location listeners about address changes, through the Navigation API or polling. */
  #watchLocation(): void {
    let last = new URL(location.href);
    const moved = (href: string) => {
      const next = new URL(href);
      if (next.href === last.href || this.signal.aborted) return;
      const change: LocationChange = { type: LOCATION_CHANGE, newUrl: next, oldUrl: last };
      last = next;
      for (const listener of this.#onLocationChange) listener(change);
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof navigation?.addEventListener === 'function') {
      navigation.addEventListener('navigate', (event) => moved((event as NavigateEvent).destination.url), {
        signal: this.signal,
      });
      return;
    }
    const id = window.setInterval(() => {
      if (this.isValid) moved(location.href);
    }, 1000);
    this.onInvalidated(() => clearInterval(id));
  }
}

/** The part of the Navigation API's `navigate` event read here (not in every DOM typing yet). */
interface NavigateEvent extends Event {
  destination: { url: string };
}
