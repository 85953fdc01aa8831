/**
 * Shows one of Backstory's own pages (`frame.html`) inside the web page: an iframe in a closed
 * shadow root. The page sees an empty host element; it cannot read the frame's address (which
 * carries a fresh nonce), find its text with `window.find`, or hear the keys typed in it, because
 * the frame is another origin. Once the frame has loaded, this content script hands it one end of
 * a `MessageChannel` with the nonce; a copy of `frame.html` embedded by anyone else gets nothing.
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { FRAME_HELLO, type FrameView } from '@/components/frame/protocol';
import { createLink, fromMessagePort, type Handlers, type Link, type MethodMap } from '@/lib/frame/link';
import { keepAttached } from './keep-attached';

/** How a frame is shown. */
export interface FrameHostOptions<Mine extends MethodMap, Theirs extends MethodMap> {
  /** The host element's name (the README's test contract names `backstory-overlay`). */
  name: string;
  view: FrameView;
  /** Styles of the shadow root: the host's place on screen and the iframe's box. */
  css: string;
  /** What the content script answers for the frame. */
  handlers: Handlers<Mine>;
  /** Called each time the frame (re)loads and gets its channel: a frame put back into the page reloads. */
  onLink: (link: Link<Theirs>) => void;
}

/** A frame in the page. */
export interface FrameHost {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  /** Sizes the iframe (CSS pixels). */
  resize(width: number, height: number): void;
  /** Replaces the placement rules (`:host { left: …; top: … }`) of the host. */
  setPlacement(css: string): void;
  remove(): void;
}

/**
 * The origin our frame's document has. Chromium loads it from a per-session "dynamic" address
 * (`use_dynamic_url`, so pages cannot probe for the extension) but the document's origin is the
 * extension id's; the hello is sent to that origin only, never to `*`.
 */
function ownOrigin(src: string): string {
  const url = new URL(src);
  return url.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : url.origin;
}

/** A host element with a closed shadow root, attached to the page and kept there. */
export interface PageHost {
  host: HTMLElement;
  /** Takes the host out of the page for good. */
  remove(): void;
}

/** Attaches `<name>` holding `nodes` in a closed shadow root, and puts it back if the page removes it. */
export function mountHost(name: string, ...nodes: Node[]): PageHost {
  const host = document.createElement(name);
  host.attachShadow({ mode: 'closed' }).append(...nodes);
  document.documentElement.append(host);
  const attached = keepAttached(host);
  return {
    host,
    remove() {
      attached.stop();
      host.remove();
    },
  };
}

/** Creates the host and its frame, attaches them to the page and keeps them there. */
export function mountFrame<Mine extends MethodMap, Theirs extends MethodMap>(
  ctx: ContentScriptContext,
  options: FrameHostOptions<Mine, Theirs>,
): FrameHost {
  const nonce = crypto.randomUUID();
  let link: Link<Theirs> | null = null;

  const style = document.createElement('style');
  style.textContent = options.css;
  const frame = document.createElement('iframe');
  frame.title = 'Backstory';
  frame.src = `${browser.runtime.getURL('/frame.html')}?view=${options.view}#${nonce}`;
  const frameOrigin = ownOrigin(frame.src);
  // Each load (the first, and after the page removed the host and we put it back) gets a fresh
  // channel; the message goes only to a document of our own origin in this very frame.
  const hello = () => {
    const channel = new MessageChannel();
    frame.contentWindow?.postMessage({ [FRAME_HELLO]: nonce }, frameOrigin, [channel.port2]);
    link?.close();
    link = createLink<Mine, Theirs>(fromMessagePort(channel.port1), options.handlers);
    options.onLink(link);
  };
  frame.addEventListener('load', hello);
  const placement = document.createElement('style');
  const { host, remove: detach } = mountHost(options.name, style, placement, frame);

  let forget = () => {};
  const remove = () => {
    forget();
    frame.removeEventListener('load', hello);
    link?.close();
    link = null;
    detach();
  };
  // Note cards come and go many times a page: each drops its own listener when it goes.
  forget = ctx.onInvalidated(remove);
  return {
    host,
    frame,
    resize(width, height) {
      frame.style.width = `${Math.max(1, Math.round(width))}px`;
      frame.style.height = `${Math.max(1, Math.round(height))}px`;
    },
    setPlacement(css) {
      placement.textContent = css;
    },
    remove,
  };
}

/**
 * The host's reset: whatever the page's styles say, the host is a fixed box of our choosing.
 * `all: initial` from inside the shadow root outranks even the page's `!important` rules (for
 * important declarations the inner context wins); only what differs from initial is set again.
 */
export const HOST_RESET = `
:host {
  all: initial !important;
  position: fixed !important;
  display: block !important;
  z-index: 2147483646 !important;
}
iframe {
  display: block;
  border: 0;
  background: transparent;
  color-scheme: normal;
  width: 1px;
  height: 1px;
}`;
