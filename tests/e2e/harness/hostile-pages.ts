/**
 * Hostile and hard pages for the security end-to-end tests, served at real outlet addresses so
 * the overlay has something to show: pages whose text carries script payloads, pages that fight
 * the overlay, huge, framed, right-to-left, CJK and legacy-encoded pages, and a corpus pack whose
 * every field is an attack. Each page starts with {@link PROBE}, which counts payloads that ran
 * (`window.__pwned`) and measures how long the page's main thread stalled after it loaded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../../lib/corpus/schema';
import { fingerprintArticle } from '../../../lib/recognition/fingerprint';
import { testPack } from '../../helpers/packs';

/** A served response. */
export interface Served {
  body: string | Buffer;
  contentType: string;
}

/** What a payload does if it ever runs as script: counts itself in the page's main world. */
export const PWN = 'window.__pwned=(window.__pwned||0)+1';

/** Script payloads as a page or corpus carries them in its text. */
export const PAYLOADS = {
  img: `<img src=x onerror="${PWN}">`,
  svg: `<svg onload="${PWN}">`,
  script: `<script>${PWN}</script>`,
  link: `<a href="javascript:${PWN}">open</a>`,
  iframe: `<iframe srcdoc="<script>parent.${PWN}</script>"></iframe>`,
  template: `\${${PWN}} {{constructor.constructor('${PWN}')()}}`,
  /** Right-to-left override and isolates: they cannot run, but can disguise text. */
  bidi: 'report\u202Efdp.exe\u2066x\u2069',
} as const;

/** Payloads short enough to survive the panel's truncation of labels (36 characters). */
export const SHORT_PAYLOADS = {
  img: '<img src=x onerror=__pwned++>',
  svg: '<svg onload=__pwned++>',
} as const;

/** All payloads in one line of text. */
export const ALL_PAYLOADS = Object.values(PAYLOADS).join(' ');

/**
 * Markup that is inert where the page puts it but runs if serialized and parsed again elsewhere
 * (mutation-XSS classics): it proves page HTML is never turned back into markup. (The noscript
 * classic is left out: with scripting on, browsers already run it in the page itself.)
 */
const MXSS_TRAPS = [
  // data: sources, so a browser's speculative preloader fetches nothing over the network.
  `<template><img src="data:," onerror="${PWN}"></template>`,
  `<textarea><img src="data:," onerror="${PWN}"></textarea>`,
  `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${PWN}&gt;">`,
].join('\n');

/** Counts script-capable things in a page: elements, inline handlers, script links (an expression). */
export const COUNT_SINKS = `(() => {
  let count = document.querySelectorAll('script, img, svg, iframe, object, embed, math').length;
  for (const element of document.getElementsByTagName('*')) {
    for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) count += 1;
  }
  count += document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length;
  return count;
})()`;

/**
 * The page-side probe: payload counter, main-thread stall meter, key and pageshow recorders, and
 * the script-capable things in the page when it loaded (before Backstory's content script runs).
 */
export const PROBE = `<script>
window.__pwned = 0;
window.__probe = { maxGap: 0, keys: { bubble: [], capture: [] }, pageshow: [], removals: 0 };
document.addEventListener('DOMContentLoaded', () => {
  __probe.sinksAtStart = ${COUNT_SINKS};
  let last = performance.now();
  setInterval(() => { const now = performance.now(); __probe.maxGap = Math.max(__probe.maxGap, now - last); last = now; }, 50);
});
addEventListener('pageshow', (event) => __probe.pageshow.push(event.persisted));
</script>`;

const root = join(import.meta.dirname, '..', '..', '..');
const corpusText = (file: string) => readFileSync(join(root, 'assets', 'corpus', 'articles', file), 'utf8');

/** The Press TV seed article's paragraphs (its first line is the headline). */
export const PRESS_TV = corpusText('press-tv-2017-10-syria-unsc-letters.txt')
  .trim()
  .split(/\n\s*\n/);
const RHC = corpusText('rhc-2018-11-raqqa-probe.txt')
  .trim()
  .split(/\n\s*\n/);

/** Text as HTML text (what a site that escapes its content serves). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface PageParts {
  title: string;
  paragraphs: string[];
  head?: string;
  /** Raw markup before and after the article. */
  before?: string;
  after?: string;
  lang?: string;
  dir?: string;
  charset?: string;
}

/** An article page: probe first, `og:type` article, the paragraphs escaped. */
export function page({
  title,
  paragraphs,
  head = '',
  before = '',
  after = '',
  lang = 'en',
  dir = 'ltr',
  charset = 'utf-8',
}: PageParts): string {
  const body = paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="${charset}">${PROBE}
<title>${escapeHtml(title)}</title><meta property="og:type" content="article">${head}</head>
<body>${before}<article><h1>${escapeHtml(title)}</h1>
${body}</article>${after}</body></html>`;
}

const html = (body: string): Served => ({ body, contentType: 'text/html; charset=utf-8' });

/** Encodes text in a single-byte legacy encoding (characters it lacks become "?"). */
export function encodeLegacy(text: string, encoding: 'windows-1256' | 'windows-1252'): Buffer {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Buffer.from([...text].map((char) => table.get(char) ?? 0x3f));
}

const pressTvUrl = (slug: string) => `https://www.presstv.ir/Detail/2026/11/21/backstory-security/${slug}`;
const pressTv = (extra: Partial<PageParts> = {}) =>
  page({ title: `${PRESS_TV[0]} | Press TV`, paragraphs: PRESS_TV.slice(1), ...extra });

/** Owner text of the Press TV outlet card: in the panel, never in the page. */
export const PANEL_ONLY_TEXT = 'Islamic Republic of Iran Broadcasting';

/** Page scripts that fight the overlay, each run on the Press TV article. */
const FIGHTS = {
  /** Removes the host once, as soon as it appears. */
  'remove-once': `new MutationObserver((_, observer) => {
    const host = document.getElementsByTagName('backstory-overlay')[0];
    if (host) { host.remove(); __probe.removals += 1; observer.disconnect(); }
  }).observe(document.documentElement, { childList: true });`,
  /** Removes the host every time it appears, for ever. */
  'remove-always': `new MutationObserver(() => {
    const host = document.getElementsByTagName('backstory-overlay')[0];
    if (host) { host.remove(); __probe.removals += 1; }
  }).observe(document.documentElement, { childList: true });`,
  /** Once the host is there: replaces body, then rewrites the whole root element. */
  replace: `const wait = setInterval(() => {
    if (!document.getElementsByTagName('backstory-overlay').length) return;
    clearInterval(wait);
    const body = document.createElement('body'); body.innerHTML = '<p>Replaced body</p>';
    document.body.replaceWith(body); __probe.removals += 1;
    setTimeout(() => { document.documentElement.innerHTML = '<head><title>Rewritten</title></head><body><p>Rewritten root</p></body>'; __probe.removals += 1; }, 300);
  }, 50);`,
  /** Hides, shrinks and disables the host with every trick, !important and inline. */
  restyle: `const style = document.createElement('style');
  style.textContent = '* { all: unset !important; } backstory-overlay, html > :last-child { display: none !important; visibility: hidden !important; opacity: 0 !important; transform: scale(0) !important; clip-path: inset(50%) !important; width: 0 !important; height: 0 !important; pointer-events: none !important; position: absolute !important; left: -9999px !important; filter: opacity(0) !important; content-visibility: hidden !important; z-index: -1 !important; }';
  document.head.append(style);
  new MutationObserver(() => {
    const host = document.getElementsByTagName('backstory-overlay')[0];
    if (host && !host.style.length) host.setAttribute('style', 'display:none!important;opacity:0!important;visibility:hidden!important');
  }).observe(document.documentElement, { childList: true, subtree: true });`,
  /** Patches the DOM methods a content script might use, to steal a shadow root or block mounting. */
  patched: `window.__leaks = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const shadow = attach.call(this, { ...init, mode: 'open' }); __leaks.push(shadow); return shadow; };
  for (const name of ['appendChild', 'insertBefore', 'replaceChild']) {
    const original = Node.prototype[name];
    Node.prototype[name] = function (...args) { if (String(args[0] && args[0].localName).startsWith('backstory')) throw new Error('blocked'); return original.apply(this, args); };
  }
  for (const name of ['append', 'prepend', 'after', 'before', 'replaceWith']) {
    const original = Element.prototype[name];
    Element.prototype[name] = function (...args) { if (args.some((a) => String(a && a.localName).startsWith('backstory'))) throw new Error('blocked'); return original.apply(this, args); };
  }
  Document.prototype.querySelector = () => null;
  Document.prototype.querySelectorAll = () => [];
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (name, options) { return create.call(this, String(name).startsWith('backstory') ? 'div' : name, options); };
  window.MutationObserver = class { observe() {} disconnect() {} takeRecords() { return []; } };`,
  /** Defines <backstory-overlay> itself, to take the shadow root before the extension can. */
  squat: `window.__squatted = [];
  customElements.define('backstory-overlay', class extends HTMLElement {
    constructor() { super(); try { __squatted.push(this.attachShadow({ mode: 'open' })); } catch (error) { __squatted.push(String(error)); } }
  });`,
  /** Records every key the page's shortcut handlers would see. */
  keys: `for (const target of [window, document]) target.addEventListener('keydown', (event) => __probe.keys.bubble.push(event.key));
  window.addEventListener('keydown', (event) => __probe.keys.capture.push(event.key), true);`,
} as const;

/** Names of the fighting pages. */
export type Fight = keyof typeof FIGHTS;

/** Addresses of every hostile page. */
export const HOSTILE = {
  injection: pressTvUrl('hostile-title-and-text'),
  /** Navigates every frame it can reach to {@link HOSTILE.evilFrame} once the overlay shows. */
  frameHijack: pressTvUrl('frame-hijack'),
  /** Reports to its parent every message it gets, and whether a port came with it. */
  evilFrame: 'https://evil-frame.example/listen',
  packPage: 'https://www.hostile-outlet.example/2026/11/payloads',
  fight: Object.fromEntries(Object.keys(FIGHTS).map((name) => [name, pressTvUrl(`fight-${name}`)])) as Record<
    Fight,
    string
  >,
  hard: {
    nodes100k: pressTvUrl('hard-100k-nodes'),
    nodes500k: pressTvUrl('hard-500k-nodes'),
    text10mb: pressTvUrl('hard-10mb-text-node'),
    iframes: pressTvUrl('hard-iframes'),
    framed: 'https://frames.example/inner',
    rtl1256: 'https://www.alalam.ir/news/2026/backstory-security-rtl',
    cjk: 'https://www.globaltimes.cn/page/202611/backstory-security-cjk.shtml',
    splitClaims: pressTvUrl('hard-claims-split-across-inline-elements'),
    latin1: 'https://www.radiohc.cu/index.php/en/noticias/backstory-security-latin1',
    documentOpen: pressTvUrl('hard-document-open'),
    bfcacheA: pressTvUrl('hard-bfcache'),
    bfcacheB: 'https://elsewhere.example/after-bfcache',
  },
} as const;

/** The RHC seed article's address: the latin-1 copy names it as canonical, so it is a known URL. */
export const RHC_URL =
  'https://www.radiohc.cu/index.php/en/noticias/internacionales/175636-damascus-demands-international-probe-into-us-led-coalitions-crimes-massacre-in-syria';

/** Arabic text for the windows-1256 page. */
export const ARABIC_TITLE = 'تقرير عن الطقس في الشتاء | العالم';
const ARABIC_TEXT = [
  'تتوقع دائرة الأرصاد الجوية شتاء معتدلا هذا العام في معظم المناطق.',
  'وقال المتحدث إن درجات الحرارة ستكون أعلى من المعدل خلال الأسابيع المقبلة.',
];
/** Chinese text for the CJK page. */
export const CJK_TITLE = '气象部门预计今年冬天较为温和 | 环球时报';
const CJK_TEXT = [
  '气象部门预计今年冬天大部分地区气温较为温和。',
  '发言人表示，未来几周气温将高于往年同期平均水平。',
];

function manyNodes(count: number): string {
  return `<div id="filler">${'<i></i>'.repeat(count)}</div>`;
}

/** Each word in its own inline element (span, b, i, a, em in turn), so claims cross element edges. */
function splitWords(paragraph: string): string {
  const tags = ['span', 'b', 'i', 'em'];
  return paragraph
    .split(' ')
    .map((word, index) => {
      const tag = tags[index % tags.length]!;
      return index % 5 === 4
        ? `<a href="#w${index}">${escapeHtml(word)}</a>`
        : `<${tag}>${escapeHtml(word)}</${tag}>`;
    })
    .join(' ');
}

/** A document.open() rewrite once the overlay is there, as old ad scripts and some SPAs do. */
const DOCUMENT_OPEN = `<script>
const wait = setInterval(() => {
  if (!document.getElementsByTagName('backstory-overlay').length) return;
  clearInterval(wait);
  document.open();
  document.write('<!doctype html><html><head><title>Rewritten by document.open</title></head><body><article><p>' + ${JSON.stringify(escapeHtml(PRESS_TV[1] ?? ''))} + '</p><p>${escapeHtml(ALL_PAYLOADS).replace(/'/g, '&#39;')}</p></article></body></html>');
  document.close();
  window.__probe.rewritten = true;
}, 50);
</script>`;

/**
 * Once the overlay shows, the page navigates every frame it can reach (`window.frames`) to a page
 * of its own, hoping to receive what Backstory hands its frame. Results in `window.__hijack`.
 */
const FRAME_HIJACK = `window.__hijack = { frames: 0, navigated: 0, got: [] };
addEventListener('message', (event) => { if (event.data && event.data.hijacked) window.__hijack.got.push(event.data); });
const hijack = setInterval(() => {
  const host = document.getElementsByTagName('backstory-overlay')[0];
  if (!host || !host.hasAttribute('data-match')) return;
  clearInterval(hijack);
  window.__hijack.frames = window.frames.length;
  for (let i = 0; i < window.frames.length; i += 1) {
    try { window.frames[i].location.href = '${'https://evil-frame.example/listen'}'; window.__hijack.navigated += 1; } catch (error) {}
  }
}, 10);`;

/** Every hostile and hard page, by address. */
export function hostilePages(): Map<string, Served> {
  const pages = new Map<string, Served>();
  const payloadParagraphs = [`Readers wrote: ${ALL_PAYLOADS}`, `${PAYLOADS.bidi} ${PAYLOADS.img}`];
  pages.set(
    HOSTILE.injection,
    html(
      pressTv({
        title: `${PAYLOADS.img} ${PAYLOADS.svg} ${PAYLOADS.bidi} ${PRESS_TV[0]} | Press TV`,
        head: `<link rel="canonical" href="javascript:${PWN}"><meta property="og:url" content="javascript:${PWN}">`,
        paragraphs: [...payloadParagraphs, ...PRESS_TV.slice(1), ...payloadParagraphs],
        after: MXSS_TRAPS,
      }),
    ),
  );
  pages.set(HOSTILE.frameHijack, html(pressTv({ head: `<script>${FRAME_HIJACK}</script>` })));
  pages.set(
    HOSTILE.evilFrame,
    html(`<!doctype html><title>listening</title><script>
const report = (data) => parent.postMessage(Object.assign({ hijacked: true }, data), '*');
addEventListener('message', (event) => report({
  keys: event.data && typeof event.data === 'object' ? Object.keys(event.data) : [String(event.data)],
  ports: event.ports.length,
}));
report({ loaded: true, keys: [], ports: 0 });
</script>`),
  );
  pages.set(
    HOSTILE.packPage,
    html(page({ title: HOSTILE_ARTICLE.title, paragraphs: HOSTILE_ARTICLE.paragraphs })),
  );
  for (const [name, script] of Object.entries(FIGHTS)) {
    pages.set(HOSTILE.fight[name as Fight], html(pressTv({ head: `<script>${script}</script>` })));
  }
  const { hard } = HOSTILE;
  pages.set(hard.nodes100k, html(pressTv({ after: manyNodes(100_000) })));
  pages.set(hard.nodes500k, html(pressTv({ after: manyNodes(500_000) })));
  pages.set(hard.text10mb, html(pressTv({ after: `<div>${'backstory '.repeat(1_048_576)}</div>` })));
  pages.set(
    hard.iframes,
    html(
      pressTv({
        after: [
          `<iframe src="${hard.framed}"></iframe>`,
          `<iframe srcdoc="${escapeHtml(`<p>${escapeHtml(ALL_PAYLOADS)}</p>`)}"></iframe>`,
          `<iframe sandbox srcdoc="<p>sandboxed</p>"></iframe>`,
        ].join('\n'),
      }),
    ),
  );
  pages.set(hard.framed, html(page({ title: `${PRESS_TV[0]} | Press TV`, paragraphs: PRESS_TV.slice(1) })));
  pages.set(hard.rtl1256, {
    body: encodeLegacy(
      page({ title: ARABIC_TITLE, paragraphs: ARABIC_TEXT, lang: 'ar', dir: 'rtl', charset: 'windows-1256' }),
      'windows-1256',
    ),
    contentType: 'text/html; charset=windows-1256',
  });
  pages.set(hard.cjk, html(page({ title: CJK_TITLE, paragraphs: CJK_TEXT, lang: 'zh' })));
  pages.set(
    hard.splitClaims,
    html(
      pressTv({
        paragraphs: [],
        after: PRESS_TV.slice(1)
          .map((p) => `<p>${splitWords(p)}</p>`)
          .join('\n'),
      }),
    ),
  );
  pages.set(hard.latin1, {
    body: encodeLegacy(
      page({
        title: `${RHC[0]} — Radio Habana Cuba, José Martí`,
        paragraphs: RHC.slice(1),
        head: `<link rel="canonical" href="${RHC_URL}">`,
        charset: 'iso-8859-1',
      }),
      'windows-1252',
    ),
    contentType: 'text/html; charset=ISO-8859-1',
  });
  pages.set(hard.documentOpen, html(pressTv({ head: DOCUMENT_OPEN })));
  pages.set(hard.bfcacheA, html(pressTv()));
  pages.set(hard.bfcacheB, html(page({ title: 'Elsewhere', paragraphs: ['A page with nothing to show.'] })));
  return pages;
}

/** The article of the hostile pack: its page serves the same text, so it matches exactly. */
export const HOSTILE_ARTICLE = {
  title: `${PAYLOADS.img} Hostile outlet story ${PAYLOADS.bidi}`,
  paragraphs: [
    `The city council of Testville met on Tuesday to discuss the new bridge, and officials said ${PAYLOADS.img} was found at the site.`,
    `A spokesperson for the council said the vote would take place next month, according to the minutes ${PAYLOADS.svg}.`,
    `Residents who attended the meeting raised concerns about traffic and noise during the construction ${PAYLOADS.script}.`,
    `The mayor said the bridge would be finished within two years ${PAYLOADS.link} and that funding was secured.`,
    `Opponents said the project had been rushed ${PAYLOADS.template} and asked for an independent review.`,
    `The council will publish the full plans on its website before the vote ${PAYLOADS.iframe}.`,
  ],
};

/** The claim quote in the hostile article: it carries a payload and must still be found. */
export const HOSTILE_CLAIM_QUOTE = `officials said ${PAYLOADS.img} was found at the site`;

/** A valid pack whose every display field is an attack (Chromium imports it from an extension page). */
export function hostilePack(): Pack {
  const base = testPack({
    id: 'hostile-pack',
    title: `Hostile pack ${PAYLOADS.img}`,
    description: ALL_PAYLOADS,
  });
  const text = HOSTILE_ARTICLE.paragraphs.join('\n\n');
  const cite = { sources: ['hostile-source'], confidence: 'H' as const };
  const [outlet] = base.outlets;
  const [article] = base.articles;
  const [story] = base.stories;
  const [report] = base.reports;
  const [claim] = base.claims;
  return {
    ...base,
    sources: [
      {
        id: 'hostile-source',
        title: `${SHORT_PAYLOADS.svg} ${PAYLOADS.bidi}`,
        url: `https://source.example/a?q="><img/src=x/onerror=${PWN}>`,
        publisher: SHORT_PAYLOADS.img,
        date: '2026-11-21',
      },
    ],
    outlets: [
      {
        ...outlet!,
        id: 'hostile-outlet',
        name: `Hostile Outlet ${PAYLOADS.img} ${PAYLOADS.bidi}`,
        homeDomain: 'hostile-outlet.example',
        domains: [{ domain: 'hostile-outlet.example', status: 'home', note: PAYLOADS.svg, ...cite }],
        country: { text: PAYLOADS.bidi, ...cite },
        owner: { text: `${PAYLOADS.script} Holdings`, ...cite },
        ownerChain: [{ text: `${PAYLOADS.link} Parent`, ...cite }],
        regulatory: [{ text: PAYLOADS.iframe, date: '2019-05', ...cite }],
        notes: [{ text: PAYLOADS.template, ...cite }],
      },
    ],
    articles: [
      {
        ...article!,
        id: 'hostile-article',
        outletId: 'hostile-outlet',
        title: HOSTILE_ARTICLE.title,
        urls: [HOSTILE.packPage],
        storyIds: ['hostile-story'],
        published: { text: PAYLOADS.svg, date: '2026-11-21', ...cite },
        text,
        fingerprint: fingerprintArticle(text, 'en'),
      },
    ],
    stories: [
      {
        ...story!,
        id: 'hostile-story',
        title: `${PAYLOADS.svg} story`,
        summary: ALL_PAYLOADS,
        keyTerms: ['testville bridge'],
        events: [{ text: PAYLOADS.img, date: '2026-11-01', ...cite }],
      },
    ],
    reports: [
      {
        ...report!,
        id: 'hostile-report',
        storyIds: ['hostile-story'],
        title: `${PAYLOADS.img} report`,
        publisher: SHORT_PAYLOADS.svg,
        gist: ALL_PAYLOADS,
        url: `https://ngo.example/r?x="><svg/onload=${PWN}>`,
        ...cite,
      },
    ],
    claims: [
      {
        ...claim!,
        id: 'hostile-claim',
        storyId: 'hostile-story',
        articleIds: ['hostile-article'],
        quote: HOSTILE_CLAIM_QUOTE,
        summary: `${PAYLOADS.svg} summary ${PAYLOADS.bidi}`,
        claimant: { text: PAYLOADS.img, ...cite },
        firstAppeared: { text: PAYLOADS.link, date: '2026-11-21', ...cite },
        statusText: ALL_PAYLOADS,
      },
    ],
  };
}
