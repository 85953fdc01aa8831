// @vitest-environment jsdom
/**
 * The overlay's host stays attached when a page removes it, empties the root element, moves it
 * under a hidden parent or replaces the root; a page that keeps removing it is let be after a few
 * tries, so the two never loop. (The end-to-end tests run the same attacks in real browsers.)
 */
import { afterEach, describe, expect, test } from 'vitest';
import { keepAttached, MAX_REMOUNTS } from '../../entrypoints/content/keep-attached';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
let stop: (() => void) | null = null;

function mountHost(): HTMLElement {
  const host = document.createElement('backstory-overlay');
  document.documentElement.append(host);
  stop = keepAttached(host).stop;
  return host;
}

afterEach(() => {
  stop?.();
  document.querySelectorAll('backstory-overlay').forEach((host) => host.remove());
});

describe('the overlay host is put back', () => {
  test.each([
    ['removed', (host: HTMLElement) => host.remove()],
    ['the root emptied', () => document.documentElement.replaceChildren(document.createElement('body'))],
    ['moved under a hidden parent', (host: HTMLElement) => document.body.append(host)],
    [
      'the root element replaced',
      () => document.replaceChild(document.createElement('html'), document.documentElement),
    ],
  ])('%s', async (_name, attack) => {
    const host = mountHost();
    attack(host);
    await settle();
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.getElementsByTagName('backstory-overlay')).toHaveLength(1);
  });

  test('a page that removes it every time is let be after a few tries, without looping', async () => {
    const host = mountHost();
    let removals = 0;
    // The fighter itself gives up after 50, so a missing budget fails the test instead of hanging it.
    const fighter = new MutationObserver(() => {
      if (host.isConnected && removals < 50) {
        removals += 1;
        host.remove();
      }
    });
    fighter.observe(document.documentElement, { childList: true });
    host.remove();
    removals += 1;
    for (let i = 0; i < 20; i += 1) await settle();
    fighter.disconnect();
    expect(removals).toBe(MAX_REMOUNTS + 1);
    expect(host.isConnected).toBe(false);
  });

  test('stopped, it no longer comes back', async () => {
    const host = mountHost();
    stop!();
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);
  });
});
