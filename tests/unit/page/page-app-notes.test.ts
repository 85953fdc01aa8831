// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.presstv.ir/Detail/2026/01/01/notes-question" }
/**
 * The page app asks the background for the page's notes only when the page may have some: the
 * bootstrap's first answer already counted them, and a page with none is spared a message.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startBootstrap } from '../../../entrypoints/content/bootstrap';
import { startPage } from '../../../entrypoints/content/page';
import { freshDb } from '../../helpers/packs';
import { VALID_PAYLOADS } from '../../security/message-samples';
import { ask, bridgeContentScript, pageSender, restartBackground } from '../../security/storage-harness';

let ctx: ContentScriptContext | null = null;
const send = fakeBrowser.runtime.sendMessage;

afterEach(() => {
  ctx?.abort();
  ctx = null;
  fakeBrowser.runtime.sendMessage = send;
  document.querySelectorAll('backstory-overlay').forEach((host) => host.remove());
});

/** Runs the content script on a known outlet's page; answers the messages it sent, in order. */
async function messagesOfContentScript(): Promise<string[]> {
  document.title = 'Weather service expects a mild winter | Press TV';
  document.body.innerHTML = '<article><p>Weather service expects a mild winter.</p></article>';
  bridgeContentScript(location.href);
  const asked: string[] = [];
  const bridged = fakeBrowser.runtime.sendMessage;
  fakeBrowser.runtime.sendMessage = ((message: { type: string }) => {
    asked.push(message.type);
    return bridged(message);
  }) as typeof fakeBrowser.runtime.sendMessage;
  ctx = new ContentScriptContext('content');
  await startBootstrap(ctx, async () => startPage);
  // The overlay shows the outlet: the page app ran.
  await expect.poll(() => document.querySelectorAll('backstory-overlay').length).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return asked;
}

describe('the page app and the notes question', () => {
  test('a page without notes is not asked for them again', async () => {
    await restartBackground(freshDb());
    const asked = await messagesOfContentScript();
    expect(asked).toContain('page/start');
    expect(asked).not.toContain('notes/for-page');
  });

  test('a page with a note asks for it', async () => {
    await restartBackground(freshDb());
    const payload = { ...VALID_PAYLOADS['notes/save'], url: location.href, canonicalUrl: null };
    expect(await ask('notes/save', payload, pageSender(location.href))).toMatchObject({ ok: true });
    const asked = await messagesOfContentScript();
    expect(asked.filter((type) => type === 'notes/for-page')).toHaveLength(1);
  });
});
