// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://news.example/2026/11/list" }
/**
 * The content-script context the scripts served into pages run with (WXT's entrypoint builds it
 * through the alias in scripts/build/script-context.ts): timers and listeners end with it, it
 * notices the extension going away, it reports single-page navigations, and it tells the page
 * nothing.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext, type LocationChange } from '../../../entrypoints/content/script-context';
import { ContentScriptContext as Aliased } from 'wxt/utils/content-script-context';

const START = location.href;

afterEach(() => {
  vi.useRealTimers();
  history.replaceState(null, '', START);
  delete (globalThis as { navigation?: unknown }).navigation;
});

describe('ContentScriptContext', () => {
  test('is what WXT builds the content script with', () => {
    expect(Aliased).toBe(ContentScriptContext);
  });

  test('a timeout fires while the context lives, and neither fires nor stays pending after', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('content');
    const fired: string[] = [];
    ctx.setTimeout(() => fired.push('before'), 10);
    vi.advanceTimersByTime(10);
    ctx.setTimeout(() => fired.push('after'), 10);
    ctx.abort();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10);
    expect(fired).toEqual(['before']);
  });

  test('listeners added through it are removed when it ends', () => {
    const ctx = new ContentScriptContext('content');
    const heard: string[] = [];
    ctx.addEventListener(document, 'click', () => heard.push('click'));
    document.body.click();
    ctx.abort();
    document.body.click();
    expect(heard).toEqual(['click']);
  });

  test('ends when the extension is gone, and runs what waited for that', () => {
    const ctx = new ContentScriptContext('content');
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    expect(ctx.isInvalid).toBe(false);
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    id.mockRestore();
  });

  test('reports address changes by polling where the Navigation API is missing', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('content');
    const changes: LocationChange[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (change: LocationChange) => changes.push(change));
    history.pushState(null, '', '/2026/11/the-article');
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(1000);
    expect(changes.map(({ oldUrl, newUrl }) => [oldUrl.pathname, newUrl.pathname])).toEqual([
      ['/2026/11/list', '/2026/11/the-article'],
    ]);
    ctx.abort();
    history.pushState(null, '', '/2026/11/another');
    vi.advanceTimersByTime(1000);
    expect(changes).toHaveLength(1);
  });

  test('reports address changes from Navigation API events, once per new address', () => {
    const navigation = new EventTarget();
    (globalThis as { navigation?: unknown }).navigation = navigation;
    const navigate = (url: string) =>
      navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    const ctx = new ContentScriptContext('content');
    const changes: string[] = [];
    ctx.addEventListener(window, 'wxt:locationchange', (change: LocationChange) =>
      changes.push(change.newUrl.pathname),
    );
    navigate('https://news.example/2026/11/the-article');
    navigate('https://news.example/2026/11/the-article');
    navigate('https://news.example/2026/11/another');
    ctx.abort();
    navigate('https://news.example/2026/11/a-third');
    expect(changes).toEqual(['/2026/11/the-article', '/2026/11/another']);
  });

  test('tells the page nothing: no event on the document or window, no message', () => {
    vi.useFakeTimers();
    const dispatched = [vi.spyOn(document, 'dispatchEvent'), vi.spyOn(window, 'dispatchEvent')];
    const posted = vi.spyOn(window, 'postMessage');
    const ctx = new ContentScriptContext('content');
    ctx.addEventListener(window, 'wxt:locationchange', () => undefined);
    history.pushState(null, '', '/2026/11/the-article');
    vi.advanceTimersByTime(1000);
    for (const spy of [...dispatched, posted]) expect(spy).not.toHaveBeenCalled();
    ctx.abort();
  });
});
