/**
 * One small interface over Playwright (Chromium) and Puppeteer (Firefox) so the security suite
 * runs the same pages and checks in both browsers. Each launcher serves the test's pages (with
 * their own content types, for the legacy-encoding pages) and records every other request:
 * Chromium by interception with the requester's origin, Firefox through a local proxy that every
 * request the page interception does not answer (the extension's background among them) reaches.
 */
import { chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Page as PpPage } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import {
  CHROMIUM_PATH,
  extensionFlags,
  FIREFOX_PATH,
  QUIET_CHROMIUM_FLAGS,
  QUIET_FIREFOX_PREFS,
} from '../../e2e/harness/browsers';
import type { Served } from '../../e2e/harness/hostile-pages';

const root = join(import.meta.dirname, '..', '..', '..');

/** A page under test, driven the same way in both browsers. */
export interface SecurityPage {
  /** Evaluates an expression in the page's own (main) world, as page scripts see it. */
  evaluate<T>(expression: string): Promise<T>;
  /** The same in every child frame; null for frames the test cannot reach. */
  evaluateInFrames<T>(expression: string): Promise<(T | null)[]>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  goto(url: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs a function body with `root` bound to the body of one of Backstory's frames (the panel,
   * or the notes frame with the editor or a note's card); undefined when that frame is not there.
   * Chromium only: Firefox under automation gives tests no way into an extension page.
   */
  inFrame: ((view: 'panel' | 'notes', body: string) => Promise<unknown>) | null;
}

/** A browser with the extension, serving `pages`. */
export interface SecurityDriver {
  name: 'Chromium' | 'Firefox';
  open(url: string): Promise<SecurityPage>;
  /** An extension page (options) to send protocol messages from; null where tests cannot open one. */
  extensionPage(): Promise<SecurityPage | null>;
  /** Requests to hosts the test does not serve, made by the extension (must stay empty). */
  extensionRequests(): string[];
  /**
   * Control for the recorder: makes a request the way an extension request would travel
   * (Chromium: from an extension page; Firefox: outside page interception, as the background
   * page's would) and answers its URL, which must then show up in {@link extensionRequests}.
   */
  recorderControl(): Promise<string>;
  /** Requests the pages made to hosts the test does not serve (refused). */
  refusedPageRequests(): string[];
  close(): Promise<void>;
}

const served = (pages: Map<string, Served>, url: string) => pages.get(url.replace(/#.*$/, ''));
/** The browser's own favicon fetch for a tab: neither the page's nor the extension's. */
const isFavicon = (url: string) => /^https?:\/\/[^/]+\/favicon\.ico$/.test(url);

/** Chromium with the Chrome build; back/forward cache left on (Playwright turns it off by default). */
export async function launchChromiumDriver(pages: Map<string, Served>): Promise<SecurityDriver> {
  const build = join(root, '.output', 'chrome-mv3');
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [...extensionFlags(build), ...QUIET_CHROMIUM_FLAGS],
  });
  const fromExtension: string[] = [];
  const refused: string[] = [];
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    const page = served(pages, url);
    if (page)
      return route.fulfill({ status: 200, headers: { 'content-type': page.contentType }, body: page.body });
    if (url.startsWith('data:') || url.startsWith('chrome-extension:')) return route.continue();
    let origin = request.serviceWorker()?.url() ?? '';
    try {
      origin ||= request.frame().url();
    } catch {
      // A request without a frame (a worker's): its origin is the service worker's, above.
    }
    if (origin.startsWith('chrome-extension:')) fromExtension.push(url);
    else if (!isFavicon(url)) refused.push(url);
    return route.abort('internetdisconnected');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const wrap = (page: PwPage): SecurityPage => ({
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    evaluateInFrames: (expression) =>
      Promise.all(
        page
          .mainFrame()
          .childFrames()
          .map((frame) => (frame.evaluate(expression) as Promise<never>).catch(() => null)),
      ),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    close: () => page.close(),
    inFrame: async (view, body) => {
      const frame = page.frames().find((candidate) => candidate.url().includes(`/frame.html?view=${view}`));
      return frame?.evaluate(`((root) => { ${body} })(document.body)`);
    },
  });
  return {
    name: 'Chromium',
    open: async (url) => {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      return wrap(page);
    },
    extensionPage: async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return wrap(page);
    },
    extensionRequests: () => [...fromExtension],
    recorderControl: async () => {
      const url = 'https://recorder-control.example/from-an-extension-page';
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await page.evaluate(`fetch(${JSON.stringify(url)}).catch(() => null)`);
      await page.close();
      return url;
    },
    refusedPageRequests: () => [...refused],
    close: () => context.close(),
  };
}

/** Firefox's own services (remote settings and the like), which the proxy also sees; not ours. */
const FIREFOX_SERVICES = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)(:\d+)?$/;

/** A proxy that answers nothing and records every request that reaches it. */
async function recordingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    seen.push(`https://${request.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, port: typeof address === 'object' && address ? address.port : 0, seen };
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url.replace(/^https:\/\//, '');
  }
};

/** Firefox ESR with the Firefox build; all traffic the pages' interception does not answer goes to a recording proxy. */
export async function launchFirefoxDriver(pages: Map<string, Served>): Promise<SecurityDriver> {
  const proxy = await recordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      ...QUIET_FIREFOX_PREFS,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
    },
  });
  await browser.installExtension(join(root, '.output', 'firefox-mv2'));
  const refused: string[] = [];
  const wrap = (page: PpPage): SecurityPage => ({
    evaluate: (expression) => page.evaluate(expression) as Promise<never>,
    evaluateInFrames: (expression) =>
      Promise.all(
        page
          .mainFrame()
          .childFrames()
          .map((frame) => (frame.evaluate(expression) as Promise<never>).catch(() => null)),
      ),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    close: () => page.close(),
    inFrame: null,
  });
  return {
    name: 'Firefox',
    open: async (url) => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = served(pages, request.url());
        if (body) void request.respond({ status: 200, contentType: body.contentType, body: body.body });
        else if (/^(data|moz-extension|about):/.test(request.url())) void request.continue();
        else {
          if (!isFavicon(request.url())) refused.push(request.url());
          void request.abort();
        }
      });
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      return wrap(page);
    },
    // WebDriver BiDi may not open moz-extension:// pages, so Firefox tests cannot send privileged messages.
    extensionPage: async () => null,
    extensionRequests: () => proxy.seen.filter((url) => !FIREFOX_SERVICES.test(hostOf(url))),
    recorderControl: async () => {
      const url = 'http://recorder-control.example/outside-page-interception';
      const page = await browser.newPage();
      await page.evaluate(`fetch(${JSON.stringify(url)}, { mode: 'no-cors' }).catch(() => null)`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await page.close();
      return url;
    },
    refusedPageRequests: () => [...refused],
    close: async () => {
      await browser.close();
      proxy.server.close();
    },
  };
}
