/**
 * Pages the end-to-end tests and the demo serve at their real addresses: the seed articles as
 * their outlets publish them, a copy on an unknown site, and pages the overlay must ignore.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const corpusText = (file: string) => readFileSync(join(root, 'assets', 'corpus', 'articles', file), 'utf8');
const realPage = (name: string) =>
  readFileSync(join(root, '..', 'shared', 'real-pages', name, 'source.html'), 'utf8');

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A news article page around a corpus text: title line, then paragraphs. */
export function articleHtml(
  text: string,
  options: { site: string; canonical?: string; chrome?: string },
): string {
  const [title = '', ...rest] = text.trim().split(/\n\s*\n/);
  const paragraphs = rest.map((p) => `<p>${escapeHtml(p.replace(/\s+/g, ' ').trim())}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${options.site}</title>
<meta property="og:type" content="article">${options.canonical ? `<link rel="canonical" href="${options.canonical}">` : ''}
<style>body{font:18px/1.6 Georgia,serif;max-width:720px;margin:0 auto;padding:24px;color:#222}nav{font:14px sans-serif;border-bottom:1px solid #ccc;margin-bottom:16px}</style></head>
<body><nav>${options.site} · News · World · Middle East</nav>${options.chrome ?? ''}<article><h1>${escapeHtml(title)}</h1>
${paragraphs}</article><footer><p>© ${options.site}</p></footer></body></html>`;
}

/** The demo addresses. Press TV's original address is not known; this one is a stand-in on its real domain. */
export const URLS = {
  pressTv: 'https://www.presstv.ir/Detail/2017/10/24/backstory-demo/Syria-UNSC-US-led-coalition-letters',
  pressTvMirror:
    'https://www.presstv.co.uk/Detail/2017/10/24/backstory-demo/Syria-UNSC-US-led-coalition-letters',
  rhc: 'https://www.radiohc.cu/index.php/en/noticias/internacionales/175636-damascus-demands-international-probe-into-us-led-coalitions-crimes-massacre-in-syria',
  unknownCopy: 'https://news-republisher.example/2018/11/damascus-demands-probe',
  unrelated: 'https://www.theguardian.example/unrelated',
  unrelatedOnOutlet: 'https://www.presstv.ir/Detail/2026/11/01/backstory-demo/unrelated-weather-report',
} as const;

/** Every page the tests serve, by URL. */
export function demoPages(): Map<string, string> {
  const pressTv = corpusText('press-tv-2017-10-syria-unsc-letters.txt');
  const rhc = corpusText('rhc-2018-11-raqqa-probe.txt');
  return new Map([
    [URLS.pressTv, articleHtml(pressTv, { site: 'Press TV' })],
    [URLS.pressTvMirror, articleHtml(pressTv, { site: 'Press TV' })],
    [URLS.rhc, articleHtml(rhc, { site: 'Radio Habana Cuba', canonical: URLS.rhc })],
    [URLS.unknownCopy, articleHtml(rhc, { site: 'News Republisher' })],
    [URLS.unrelated, realPage('guardian-1')],
    [
      URLS.unrelatedOnOutlet,
      articleHtml(
        'Weather service expects a mild winter\n\nA demonstration page with no corpus story.\n\nIt only shows the outlet note.',
        {
          site: 'Press TV',
        },
      ),
    ],
  ]);
}
