/**
 * Security end to end in Chromium: the shared suite (tests/security/e2e/suite.ts), plus what only
 * Chromium lets a test do: import a hostile corpus pack from an extension page, and look inside
 * the overlay's closed shadow root from the content script's world to see how it rendered.
 */
import { describe, expect, test } from 'vitest';
import { validatePack } from '../../lib/corpus/parse-pack';
import { launchChromiumDriver, type SecurityPage } from '../security/e2e/drivers';
import { openPanel, overlayShown, readState, waitUntil } from '../security/e2e/page-state';
import { recordFigures } from '../security/figures';
import { defineSecuritySuite } from '../security/e2e/suite';
import {
  HOSTILE,
  HOSTILE_CLAIM_QUOTE,
  hostilePack,
  hostilePages,
  PAYLOADS,
  PWN,
  SHORT_PAYLOADS,
} from './harness/hostile-pages';

interface Rendered {
  text: string;
  sinks: string[];
  hrefs: string[];
  expanded: number;
}

/** Opens every fold of the panel, then reports its text, any script-capable nodes and every link. */
async function renderedPanel(page: SecurityPage): Promise<Rendered> {
  return (await page.inFrame!(
    'panel',
    `return (async () => {
    let expanded = 0;
    for (let round = 0; round < 6; round += 1) {
      for (const button of root.querySelectorAll('button[aria-expanded="false"]')) { button.click(); expanded += 1; }
      for (const details of root.querySelectorAll('details:not([open])')) { details.open = true; expanded += 1; }
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    const sinks = [...root.querySelectorAll('script, img, svg, iframe, object, embed, math, style:not(:first-child)')].map((e) => e.localName);
    for (const element of root.querySelectorAll('*'))
      for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) sinks.push(attribute.name);
    const hrefs = [...root.querySelectorAll('[href], [src], [action], [formaction]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? e.getAttribute('formaction'));
    return { text: root.textContent, sinks, hrefs, expanded };
  })();`,
  )) as Rendered;
}

/** The rendered panel: markup as text, links http(s) only, bidi controls gone. */
function expectInert(rendered: Rendered): void {
  expect(rendered.sinks).toEqual([]);
  expect(rendered.hrefs.length).toBeGreaterThan(0);
  for (const href of rendered.hrefs) expect(href).toMatch(/^https?:\/\//);
  expect(rendered.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
}

defineSecuritySuite(
  'Chromium',
  () => launchChromiumDriver(hostilePages()),
  ({ driver, countInjection }) => {
    describe('Chromium: a hostile corpus pack, imported from an extension page', () => {
      test('a pack with a javascript: link is refused, naming the field', async () => {
        const options = (await driver().extensionPage())!;
        const bad = { ...hostilePack(), id: 'bad-link-pack' };
        bad.sources = [{ ...bad.sources[0]!, url: `javascript:${PWN}` }];
        const reply = await options.evaluate<{ ok: boolean; error?: string }>(
          `chrome.runtime.sendMessage({ type: 'packs/import', payload: { json: ${JSON.stringify(JSON.stringify(bad))} } })`,
        );
        expect(reply).toEqual({
          ok: false,
          error: expect.stringMatching(/sources\[0\]\.url: must be an http\(s\) URL/),
        });
        await options.close();
      });

      test('its payloads render as text in the options page and the overlay, and none runs', async () => {
        const pack = hostilePack();
        expect(validatePack(JSON.parse(JSON.stringify(pack))).ok).toBe(true);
        const payloadFields =
          JSON.stringify(pack).match(/(<img|<svg|<script|javascript:|\u202E|\$\{)/g)?.length ?? 0;
        const options = (await driver().extensionPage())!;
        const reply = await options.evaluate<{ ok: boolean }>(
          `chrome.runtime.sendMessage({ type: 'packs/import', payload: { json: ${JSON.stringify(JSON.stringify(pack))} } })`,
        );
        expect(reply.ok).toBe(true);
        await options.goto(await options.evaluate<string>('location.href')); // the list as the options page shows it
        const row = await options.evaluate<{ text: string; sinks: number }>(`new Promise((resolve) => {
        const look = () => { const row = document.querySelector('tr[data-pack="hostile-pack"]');
          if (!row) return setTimeout(look, 50);
          resolve({ text: row.textContent, sinks: row.querySelectorAll('img, svg, script, iframe').length }); };
        look();
      })`);
        expect(row.text).toContain(PAYLOADS.img);
        expect(row.sinks).toBe(0);
        await options.close();

        const page = await driver().open(HOSTILE.packPage);
        await overlayShown(page);
        await openPanel(page);
        const rendered = await renderedPanel(page);
        const state = await readState(page);
        countInjection(payloadFields, state.pwned);
        expect(state.match).toBe('exact');
        expect(state.outlet).toBe('hostile-outlet.example');
        expect(state.claims).toBe(1); // the claim whose quote carries a payload was found and marked
        expect(rendered.text).toContain(PAYLOADS.img);
        expect(rendered.text).toContain(PAYLOADS.script);
        expect(rendered.text).toContain(SHORT_PAYLOADS.img); // a source label, short enough not to be cut
        expect(rendered.text).toContain(HOSTILE_CLAIM_QUOTE);
        expectInert(rendered);
        expect(state.pwned).toBe(0);
        expect(state.sinks).toBe(state.sinksAtStart);
        await page.close();
      });
    });

    describe('Chromium: a saved note on a hostile page', () => {
      test("its card shows it; the page's DOM never holds it", async () => {
        const secret = `Private note ${Date.now()}: ask the ministry for the letters`;
        const quote = 'The Syrian Foreign Ministry has called on the UN Security Council';
        const options = (await driver().extensionPage())!;
        const saved = await options.evaluate<{ ok: boolean }>(
          `chrome.runtime.sendMessage({ type: 'notes/save', payload: ${JSON.stringify({
            url: HOSTILE.injection,
            canonicalUrl: null,
            title: 'Hostile page',
            fingerprint: null,
            body: secret,
            tags: ['private'],
            kind: 'comment',
            target: {
              quote: { exact: quote, prefix: '', suffix: '' },
              position: { start: 0, end: quote.length },
            },
            link: null,
            outletId: null,
          })} })`,
        );
        expect(saved.ok).toBe(true);
        await options.close();

        const page = await driver().open(HOSTILE.injection);
        await overlayShown(page);
        const box = await page.evaluate<{ x: number; y: number }>(`(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(${JSON.stringify(quote)});
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at + 4);
            range.setEnd(node, at + 12);
            const rect = range.getBoundingClientRect();
            return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
          }
          return null;
        })()`);
        await page.click(box.x, box.y);
        const card = () =>
          page.inFrame!('notes', 'return root.textContent').then((text) => String(text ?? ''));
        await waitUntil(async () => (await card()).includes(secret), 10_000, 'the note card');
        const seen = await page.evaluate<{
          inDom: boolean;
          hostContent: number;
          shadowVisible: boolean;
          found: boolean;
        }>(`(() => {
          const host = document.getElementsByTagName('backstory-notes')[0];
          const inDom = document.documentElement.outerHTML.includes(${JSON.stringify(secret)});
          getSelection().removeAllRanges();
          return { inDom, hostContent: host.childNodes.length + host.textContent.length,
            shadowVisible: host.shadowRoot !== null, found: window.find(${JSON.stringify(secret)}) };
        })()`);
        console.log(`[security] Chromium note card: window.find finds the note's text: ${seen.found}`);
        recordFigures([
          {
            id: 'e2e/Chromium/note-privacy',
            class: 'Chromium: a saved note shown on a hostile page',
            where: 'tests/e2e/security-chromium.e2e.test.ts',
            tried: 1,
            rejected: null,
            executed: (await readState(page)).pwned,
            leaked: Number(seen.inDom) + seen.hostContent + Number(seen.shadowVisible) + Number(seen.found),
            notesLost: null,
            detail: `card shown; not in the page DOM; window.find ${seen.found ? 'finds it' : 'does not find it'}`,
          },
        ]);
        expect([seen.inDom, seen.hostContent, seen.shadowVisible, seen.found]).toEqual([
          false,
          0,
          false,
          false,
        ]);
        await page.close();
      });
    });

    describe("Chromium: inside the overlay's closed shadow root", () => {
      test('the hostile page: panel text rendered, inert, only http(s) links', async () => {
        const page = await driver().open(HOSTILE.injection);
        await overlayShown(page);
        await openPanel(page);
        const rendered = await renderedPanel(page);
        expect(rendered.expanded).toBeGreaterThan(0);
        expect(rendered.text).toContain('Islamic Republic of Iran Broadcasting');
        expectInert(rendered);
        expect(await page.evaluate('chrome?.dom?.openOrClosedShadowRoot ?? null')).toBeNull();
        await page.close();
      });
    });
  },
);
