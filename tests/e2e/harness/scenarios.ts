/**
 * The overlay scenarios both browsers run: each page, served at its address, with what the
 * overlay contract must say about it. Labelled pages come from the recognition fixtures.
 */
import { labelledPages } from '../../fixtures/recognition/labelled';
import { demoPages, URLS } from './pages';

/** What the `<backstory-overlay>` contract must show for a page; null means no overlay at all. */
export interface Expected {
  match: string;
  outlet: string | null;
  /** Claims highlighted in the page, at least. */
  minClaims: number;
  /** Related reports listed, at least. */
  minRelated: number;
}

/** One page and its expectation. */
export interface Scenario {
  name: string;
  url: string;
  expected: Expected | null;
}

const labelled = new Map(labelledPages().map((page) => [page.name, page]));

function fromFixture(name: string, scenario: string, outletDomain: string | null): Scenario {
  const page = labelled.get(name);
  if (!page) throw new Error(`No labelled page ${name}`);
  const { kind, claimIds, storyIds } = page.labels;
  return {
    name: scenario,
    url: page.labels.url,
    expected: kind
      ? {
          match: kind,
          outlet: outletDomain,
          minClaims: claimIds.length,
          minRelated: storyIds.length > 0 ? 4 : 0,
        }
      : null,
  };
}

/** Every scenario of the overlay issue. */
export const SCENARIOS: Scenario[] = [
  {
    name: 'Press TV article at presstv.ir',
    url: URLS.pressTv,
    expected: { match: 'exact', outlet: 'presstv.ir', minClaims: 6, minRelated: 4 },
  },
  {
    name: 'Radio Habana Cuba article at radiohc.cu',
    url: URLS.rhc,
    expected: { match: 'exact', outlet: 'radiohc.cu', minClaims: 6, minRelated: 4 },
  },
  {
    name: 'Press TV article on the presstv.co.uk mirror',
    url: URLS.pressTvMirror,
    expected: { match: 'exact', outlet: 'presstv.ir', minClaims: 6, minRelated: 4 },
  },
  fromFixture('copy-b-edited-framed', 'edited and republished on an unknown site', null),
  fromFixture('copy-a-abridged', 'abridged on an unknown site', null),
  fromFixture('story-b-rewrite', 'rewritten in other words', null),
  fromFixture('reuse-quote-b', 'passages lifted into another text', null),
  fromFixture('outlet-presstv-unrelated', 'unrelated article on a known outlet', 'presstv.ir'),
  fromFixture('neg-raqqa-years-later', 'same place, another story', null),
  { name: 'unrelated real page (guardian-1)', url: URLS.unrelated, expected: null },
];

/** Every page any scenario serves, plus the single-page-app shell. */
export function scenarioPages(): Map<string, string> {
  const pages = demoPages();
  for (const page of labelled.values()) pages.set(page.labels.url, page.html);
  pages.set(SPA.start, spaShell(labelled.get('copy-b-edited-framed')!.html));
  return pages;
}

/** A single-page site: starts on a list, then navigates with history.pushState to an article. */
export const SPA = {
  start: 'https://spa-news.example/',
  article: 'https://spa-news.example/world/syria-un-letters',
};

function spaShell(articleHtml: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(articleHtml)?.[1] ?? '';
  const template = JSON.stringify(body).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SPA News</title></head>
<body><main id="app"><h1>Latest</h1><ul><li><a id="go" href="/world/syria-un-letters">Syria letters to the UN</a></li></ul></main>
<script>
document.getElementById('go').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', '/world/syria-un-letters');
  document.title = 'Syria at the UN | SPA News';
  const meta = document.createElement('meta'); meta.setAttribute('property', 'og:type'); meta.setAttribute('content', 'article');
  document.head.append(meta);
  document.getElementById('app').innerHTML = ${template};
});
</script></body></html>`;
}
