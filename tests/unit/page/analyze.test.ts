// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.presstv.ir/Detail/2017/10/01/a" }
/**
 * What the content script sends the background about a page, and when: the first question
 * always, the HTML right after it when the page looks like an article, after the first answer
 * when only that answer makes it one (a known article's address) or the page is still settling,
 * and never when it is too large or not an article.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { askAboutPage } from '../../../entrypoints/content/analyze';
import type { PageReport } from '../../../lib/report';
import { fail, ok, type Result } from '../../../lib/result';
import { MAX_PAGE_HTML } from '../../../lib/tab-message-types';

const sent: Array<{ type: string; html?: string }> = [];
let analysisReply: Result<PageReport | null> = ok(null);
const START = { settings: { enabled: true, disabledSites: [] }, known: null, notesOnPage: 0 };

vi.mock('@/lib/messaging', () => ({
  askBackground: async (type: string, payload: { html?: string }) => {
    sent.push({ type, html: payload.html });
    return type === 'page/start' ? ok(START) : analysisReply;
  },
}));

/** A report standing for whatever the background answers; only its identity matters here. */
const report = (match: PageReport['match']) => ({ match }) as PageReport;
const UNKNOWN = { knownUrl: false, report: null };
const TEXT = '<p>The text of a page that is not an article, as far as its markup says.</p>';
const types = () => sent.map(({ type }) => type);

beforeEach(() => {
  sent.length = 0;
  analysisReply = ok(null);
  document.head.innerHTML = '<title>A</title>';
  document.body.innerHTML = TEXT;
});

describe('a page that does not look like an article', () => {
  test('asks its first question only, and shows nothing when its address is unknown', async () => {
    const answers = await askAboutPage(document, false);
    expect(answers.started).toEqual(ok(START));
    expect(await answers.report(UNKNOWN)).toBeNull();
    expect(types()).toEqual(['page/start']);
  });

  test("is sent once the first answer says the address is a known article's", async () => {
    analysisReply = ok(report('exact'));
    const answers = await askAboutPage(document, false);
    expect(types()).toEqual(['page/start']);
    expect((await answers.report({ knownUrl: true, report: null }))?.match).toBe('exact');
    expect(types()).toEqual(['page/start', 'page/analyze']);
    expect(sent[1]?.html).toContain(TEXT);
  });

  test("shows the outlet report on a known outlet's page without sending it", async () => {
    const outlet = report('outlet');
    const answers = await askAboutPage(document, false);
    expect(await answers.report({ knownUrl: false, report: outlet })).toBe(outlet);
    expect(types()).toEqual(['page/start']);
  });
});

describe('a page that looks like an article', () => {
  beforeEach(() =>
    document.head.insertAdjacentHTML('beforeend', '<meta property="og:type" content="article">'),
  );

  test('is sent right after the first question, and the analysis is what it shows', async () => {
    analysisReply = ok(report('copy'));
    const answers = await askAboutPage(document, false);
    expect(types()).toEqual(['page/start', 'page/analyze']);
    expect((await answers.report(UNKNOWN))?.match).toBe('copy');
    expect(types()).toHaveLength(2);
  });

  test('while it settles after a single-page navigation, it is read only once the first answer is back', async () => {
    document.head.querySelector('meta[property="og:type"]')?.remove();
    const answers = await askAboutPage(document, true);
    // The new content arrives after the address changed.
    document.head.insertAdjacentHTML('beforeend', '<meta property="og:type" content="article">');
    document.body.innerHTML = '<p>The new article.</p>';
    expect(types()).toEqual(['page/start']);
    await answers.report(UNKNOWN);
    expect(types()).toEqual(['page/start', 'page/analyze']);
    expect(sent[1]?.html).toContain('The new article.');
  });

  test('is sent without its scripts, styles and comments, but with its JSON-LD', async () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    document.head.insertAdjacentHTML('beforeend', `${jsonLd}<style>p { color: red }</style>`);
    document.body.insertAdjacentHTML('beforeend', '<script>track("reader")</script><!-- ad slot -->');
    await askAboutPage(document, false);
    expect(sent[1]?.html).toContain(TEXT);
    expect(sent[1]?.html).toContain(jsonLd);
    expect(sent[1]?.html).not.toMatch(/track|color: red|ad slot/);
  });

  test("falls back to the lookup's outlet report when the analysis finds nothing or fails", async () => {
    const outlet = report('outlet');
    const known = { knownUrl: false, report: outlet };
    expect(await (await askAboutPage(document, false)).report(known)).toBe(outlet);
    analysisReply = fail('No answer from Backstory.');
    expect(await (await askAboutPage(document, false)).report(known)).toBe(outlet);
  });

  test('over the size limit it is never sent, nor serialized a second time after the first answer', async () => {
    document.body.append('x'.repeat(MAX_PAGE_HTML));
    const serialized = vi.spyOn(document.documentElement, 'outerHTML', 'get');
    const answers = await askAboutPage(document, false);
    const outlet = report('outlet');
    expect(await answers.report({ knownUrl: true, report: outlet })).toBe(outlet);
    expect(types()).toEqual(['page/start']);
    expect(serialized).toHaveBeenCalledTimes(1);
    serialized.mockRestore();
  });

  test('a page over the limit only because of its scripts is sent without them', async () => {
    // A page's state as JSON (a type that is not run, here or in jsdom).
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = `{"state": "${'s'.repeat(MAX_PAGE_HTML)}"}`;
    document.body.append(script);
    await (await askAboutPage(document, false)).report({ knownUrl: false, report: null });
    expect(types()).toEqual(['page/start', 'page/analyze']);
    expect(sent[1]?.html?.length).toBeLessThan(MAX_PAGE_HTML);
    expect(sent[1]?.html).not.toContain('"state"');
  });

  test('a page whose raw HTML is more than twice the limit is not cut or sent', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = `"${'s'.repeat(2 * MAX_PAGE_HTML)}"`;
    document.body.append(script);
    await (await askAboutPage(document, false)).report({ knownUrl: false, report: null });
    expect(types()).toEqual(['page/start']);
  });
});
