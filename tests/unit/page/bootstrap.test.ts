// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://blog.example/2026/11/a-walk-by-the-river" }
/**
 * The bootstrap that runs in every page: it loads the page app only where there is something to
 * show (a report, the reader's notes) or the reader asks for a note, and answers the popup on
 * its own meanwhile. The background is the real one on the fake browser; the app is a recorder.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startBootstrap } from '../../../entrypoints/content/bootstrap';
import type { StartPageApp } from '../../../entrypoints/content/load-app';
import type { PageAppStart } from '../../../entrypoints/content/page';
import { freshDb } from '../../helpers/packs';
import { VALID_PAYLOADS } from '../../security/message-samples';
import { ask, bridgeContentScript, pageSender, restartBackground } from '../../security/storage-harness';

const PAGE = location.href;

/** A page app that records how it was started and what it was asked. */
function recordingApp() {
  const starts: PageAppStart[] = [];
  const calls: string[] = [];
  let loads = 0;
  const start: StartPageApp = (_ctx, how) => {
    starts.push(how);
    return {
      tabHandlers: {
        'tab/status': async () => ({ url: PAGE, report: null, overlayShown: true, hiddenOnPage: false }),
        'tab/settings-changed': async () => (calls.push('settings-changed'), null),
        'tab/toggle-overlay': async () => (calls.push('toggle'), { overlayShown: false }),
        'tab/open-note-editor': async () => (calls.push('open-note-editor'), { opened: true }),
      },
      locationChanged: () => void calls.push('location'),
      selectionEnded: () => void calls.push('selection'),
    };
  };
  const load = async () => {
    loads += 1;
    return start;
  };
  return { load, starts, calls, loads: () => loads };
}

/** Sends a tab message to the content script, as the popup or the background would. */
async function tabMessage(type: string): Promise<unknown> {
  const sender = { id: fakeBrowser.runtime.id };
  const replies = await new Promise<unknown[]>((resolve) => {
    const answers: unknown[] = [];
    void fakeBrowser.runtime.onMessage.trigger({ type, payload: {} }, sender as never, (reply: unknown) => {
      answers.push(reply);
      resolve(answers);
    });
  });
  return replies[0];
}

function selectWords(words: string): void {
  const text = document.querySelector('p')!.firstChild as Text;
  const at = text.data.indexOf(words);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + words.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

let ctx: ContentScriptContext | null = null;

beforeEach(async () => {
  document.title = 'A walk by the river';
  document.body.innerHTML = '<p>The path follows the river for three miles past the old mill.</p>';
  await restartBackground(freshDb());
  bridgeContentScript(PAGE);
  ctx = new ContentScriptContext('content');
});

afterEach(() => {
  ctx?.abort();
  document.getSelection()?.removeAllRanges();
});

describe('the bootstrap on a page with nothing to show', () => {
  test('does not load the page app, and answers the popup itself', async () => {
    const app = recordingApp();
    await startBootstrap(ctx!, app.load);
    expect(app.loads()).toBe(0);
    expect(await tabMessage('tab/status')).toEqual({
      ok: true,
      value: { url: PAGE, report: null, overlayShown: false, hiddenOnPage: false },
    });
    expect(await tabMessage('tab/toggle-overlay')).toEqual({ ok: true, value: { overlayShown: false } });
    expect(app.loads()).toBe(0);
  });

  test('asks the background one question before it decides (settings, lookup and notes together)', async () => {
    const asked: string[] = [];
    const send = fakeBrowser.runtime.sendMessage;
    fakeBrowser.runtime.sendMessage = ((message: { type: string }) => {
      asked.push(message.type);
      return send(message);
    }) as typeof fakeBrowser.runtime.sendMessage;
    await startBootstrap(ctx!, recordingApp().load);
    // A page that is not an article is never sent for analysis.
    expect(asked).toEqual(['page/start']);
  });

  test('a selection the reader ends loads the app, which offers the note button', async () => {
    const app = recordingApp();
    await startBootstrap(ctx!, app.load);
    selectWords('three miles');
    document.dispatchEvent(new Event('pointerup', { bubbles: true }));
    await expect.poll(() => app.calls).toEqual(['selection']);
    // Started with what the bootstrap already knows: analysed, nothing to show, no notes.
    expect(app.starts).toEqual([
      { settings: { enabled: true, disabledSites: [] }, report: null, notesOnPage: 0 },
    ]);
    // From now on the app answers.
    expect(await tabMessage('tab/status')).toMatchObject({ value: { overlayShown: true } });
  });

  test('a pointer release without a selection loads nothing', async () => {
    const app = recordingApp();
    await startBootstrap(ctx!, app.load);
    document.dispatchEvent(new Event('pointerup', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.loads()).toBe(0);
  });

  test('Alt+Shift+N on a selection is kept from the page and opens the editor', async () => {
    const app = recordingApp();
    await startBootstrap(ctx!, app.load);
    selectWords('the old mill');
    const heardByPage: string[] = [];
    document.addEventListener('keydown', (event) => heardByPage.push(event.key));
    const event = new KeyboardEvent('keydown', {
      key: 'N',
      code: 'KeyN',
      altKey: true,
      shiftKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(heardByPage).toEqual([]);
    await expect.poll(() => app.calls).toEqual(['open-note-editor']);
  });

  test('the context menu item loads the app and opens the editor', async () => {
    const app = recordingApp();
    await startBootstrap(ctx!, app.load);
    expect(await tabMessage('tab/open-note-editor')).toEqual({ ok: true, value: { opened: true } });
    expect(app.loads()).toBe(1);
  });

  test('switched off: a selection loads nothing', async () => {
    // The background tells open tabs; the fake browser has none to tell.
    fakeBrowser.tabs.sendMessage = (async () => undefined) as never;
    expect(await ask('settings/set', { enabled: false })).toMatchObject({ ok: true });
    const app = recordingApp();
    await startBootstrap(ctx!, app.load);
    selectWords('three miles');
    document.dispatchEvent(new Event('pointerup', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.loads()).toBe(0);
  });
});

describe('the bootstrap on a page that looks like an article', () => {
  test('sends the page for analysis right after its first question, before either is answered', async () => {
    document.head.insertAdjacentHTML('beforeend', '<meta property="og:type" content="article">');
    const events: string[] = [];
    const send = fakeBrowser.runtime.sendMessage;
    fakeBrowser.runtime.sendMessage = ((message: { type: string }) => {
      events.push(`sent ${message.type}`);
      return send(message).then((reply: unknown) => (events.push(`answered ${message.type}`), reply));
    }) as typeof fakeBrowser.runtime.sendMessage;
    try {
      const app = recordingApp();
      await startBootstrap(ctx!, app.load);
      expect(events.slice(0, 2)).toEqual(['sent page/start', 'sent page/analyze']);
      expect(events.filter((event) => event.startsWith('sent'))).toHaveLength(2);
      // An unknown blog post: analysed, nothing to show, the app never loads.
      expect(app.loads()).toBe(0);
    } finally {
      fakeBrowser.runtime.sendMessage = send;
      document.head.querySelector('meta[property="og:type"]')?.remove();
    }
  });
});

/** Saves a note on `url` through the background, as the page's content script would. */
async function saveNoteOn(url: string, body: string): Promise<void> {
  const payload = { ...VALID_PAYLOADS['notes/save'], url, canonicalUrl: null, body };
  expect(await ask('notes/save', payload, pageSender(url))).toMatchObject({ ok: true });
}

describe("the bootstrap on a page with the reader's notes", () => {
  test('loads the app at once, with the page analysed', async () => {
    await saveNoteOn(PAGE, 'Walk it in spring');
    const app = recordingApp();
    await startBootstrap(ctx!, app.load);
    expect(app.loads()).toBe(1);
    expect(app.starts).toEqual([
      { settings: { enabled: true, disabledSites: [] }, report: null, notesOnPage: 1 },
    ]);
  });

  test('a single-page navigation to an address with notes loads the app there', async () => {
    const next = `${location.origin}/2026/11/the-old-mill`;
    await saveNoteOn(next, 'Built in 1820?');
    const app = recordingApp();
    await startBootstrap(ctx!, app.load);
    expect(app.loads()).toBe(0);
    history.pushState(null, '', next);
    try {
      // WXT notices the new address within a second.
      await expect.poll(() => app.loads(), { timeout: 3000 }).toBe(1);
    } finally {
      history.replaceState(null, '', PAGE);
    }
  });
});
