// Node tests get a real IndexedDB implementation and a fresh fake browser per test.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import pkg from '../package.json';

type Listener = (...args: unknown[]) => unknown;

/** A minimal event for APIs the fake browser does not implement (commands). */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener) >>> 0, 1),
    hasListener: (listener: Listener) => listeners.includes(listener),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no manifest or commands; these stand in for ours.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Backstory', version: pkg.version });
  (fakeBrowser as unknown as { commands: { onCommand: ReturnType<typeof fakeEvent> } }).commands = {
    onCommand: fakeEvent(),
  };
});
