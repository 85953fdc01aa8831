// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { applyHighlights } from '../../../entrypoints/content/highlights';
import { normalizeForMatch } from '../../../lib/anchoring/normalize';
import type { PageReport } from '../../../lib/report';
import { articleEvidence, claimEvidenceFor, seedReport } from '../components/corpus-fixtures';
import { rewrap, SEED, seedPage } from './seed-page';

/** Sentences the RHC article shares word for word with the Press TV one. */
const SHARED_PASSAGES = [
  'has been conducting airstrikes against what are said to be Daesh targets inside Syria since September 2014',
  'It has also been largely incapable of achieving its declared goal of destroying Daesh.',
  // Also the quote of a claim both articles make: claim and passage cover the same words.
  'The military alliance has repeatedly been accused of',
];

/** The RHC article's report, with the passages it shares with Press TV marked as reuse. */
function rhcReport(): PageReport {
  return {
    ...seedReport(SEED.rhc),
    match: 'reuse',
    articles: [articleEvidence(SEED.pressTv, 'reuse', { containment: 0.2, jaccard: 0.1 }, SHARED_PASSAGES)],
  };
}

const click = (target: Element, init: MouseEventInit = {}) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));

/** The marks of one kind, their text joined per run of adjacent marks. */
const markedText = (doc: Document, kind: string) =>
  [...doc.querySelectorAll(`mark[data-backstory="${kind}"]`)].map((mark) => mark.textContent).join('');

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('highlights with <mark> elements (no CSS Custom Highlight API)', () => {
  test('every claim and passage is highlighted and counted', () => {
    const { doc } = seedPage(SEED.rhc);
    const report = rhcReport();
    const handle = applyHighlights(doc, report, new AbortController().signal);
    expect(handle.claimsHighlighted).toBe(report.claims.length);
    expect(handle.passagesHighlighted).toBe(SHARED_PASSAGES.length);
    const claimText = normalizeForMatch(markedText(doc, 'claim'));
    for (const { claim } of report.claims) {
      expect(handle.has(claim.id)).toBe(true);
      expect(claimText).toContain(normalizeForMatch(claim.quote).slice(0, 40));
    }
    const passageText = normalizeForMatch(markedText(doc, 'passage'));
    expect(passageText).toContain('It has also been largely incapable');
    // Where a claim and a passage cover the same words, the claim's style wins.
    expect(passageText).not.toContain('The military alliance');
    expect(claimText).toContain('The military alliance has repeatedly been accused of');
  });

  test('adds one stylesheet holding colour rules only, nothing about the report', () => {
    const { doc } = seedPage(SEED.pressTv);
    const report = seedReport(SEED.pressTv);
    const before = [...doc.querySelectorAll('style')];
    const handle = applyHighlights(doc, report, new AbortController().signal);
    const added = [...doc.querySelectorAll('style')].filter((style) => !before.includes(style));
    expect(added).toHaveLength(1);
    const css = added[0]!.textContent ?? '';
    expect(css).toContain('::highlight(backstory-claim)');
    for (const { claim } of report.claims) {
      expect(css).not.toContain(claim.id);
      expect(css).not.toContain(claim.quote.slice(0, 20));
    }
    expect(css).not.toMatch(/press|raqq|syria|url\(/i);
    handle.remove();
    expect([...doc.querySelectorAll('style')]).toEqual(before);
  });

  test('remove() gives the page back exactly: same markup, same text nodes', () => {
    const { doc, article } = seedPage(SEED.rhc);
    const markup = doc.body.innerHTML;
    const originals = [...article.querySelectorAll('p')].map((p) => p.firstChild);
    const handle = applyHighlights(doc, rhcReport(), new AbortController().signal);
    expect(doc.querySelectorAll('mark[data-backstory]').length).toBeGreaterThan(0);
    expect(doc.body.innerHTML).not.toBe(markup);
    handle.remove();
    handle.remove(); // twice is harmless
    expect(doc.body.innerHTML).toBe(markup);
    expect([...article.querySelectorAll('p')].map((p) => p.firstChild)).toEqual(originals);
    expect([...article.querySelectorAll('p')].every((p) => p.childNodes.length === 1)).toBe(true);
  });

  test('aborting the signal removes everything and stops listening', () => {
    const { doc } = seedPage(SEED.pressTv);
    const markup = doc.body.innerHTML;
    const controller = new AbortController();
    const onActivate = vi.fn();
    applyHighlights(doc, seedReport(SEED.pressTv), controller.signal, { onActivate });
    const mark = doc.querySelector('mark[data-backstory="claim"]')!;
    controller.abort();
    expect(doc.body.innerHTML).toBe(markup);
    click(mark);
    expect(onActivate).not.toHaveBeenCalled();
  });

  test('clicking a highlighted claim asks to open the panel on it and marks it as chosen', () => {
    const { doc } = seedPage(SEED.pressTv);
    const onActivate = vi.fn();
    applyHighlights(doc, seedReport(SEED.pressTv), new AbortController().signal, { onActivate });
    const dresden = [...doc.querySelectorAll('mark[data-backstory="claim"]')].find((mark) =>
      mark.textContent?.includes('Russian Foreign Ministry'),
    )!;
    click(dresden);
    expect(onActivate).toHaveBeenCalledWith({ kind: 'claim', claimId: 'claim-a-dresden-remark' });
    expect(dresden.hasAttribute('data-backstory-active')).toBe(true);
    click(dresden, { ctrlKey: true });
    expect(onActivate).toHaveBeenCalledTimes(1);
  });

  test('clicking a reused passage opens the panel on the article it came from', () => {
    const { doc } = seedPage(SEED.rhc);
    const onActivate = vi.fn();
    applyHighlights(doc, { ...rhcReport(), claims: [] }, new AbortController().signal, { onActivate });
    click(doc.querySelector('mark[data-backstory="passage"]')!);
    expect(onActivate).toHaveBeenCalledWith({ kind: 'passage', articleId: SEED.pressTv });
  });

  test('links inside a highlight keep their href, their text and their handlers', () => {
    const { doc, article } = seedPage(SEED.pressTv);
    rewrap(article, 'Russian Foreign Ministry', (d) => {
      const link = d.createElement('a');
      link.href = 'https://example.org/mfa';
      link.textContent = 'Russian Foreign Ministry';
      return [link];
    });
    const link = article.querySelector('a')!;
    const pageHandler = vi.fn((event: Event) => event.preventDefault());
    link.addEventListener('click', pageHandler);
    const onActivate = vi.fn();
    const handle = applyHighlights(doc, seedReport(SEED.pressTv), new AbortController().signal, {
      onActivate,
    });
    expect(handle.has('claim-a-dresden-remark')).toBe(true);
    const markInLink = link.querySelector('mark[data-backstory]')!;
    expect(markInLink.parentElement).toBe(link);
    click(markInLink);
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(onActivate).not.toHaveBeenCalled(); // a click on a link is for the link
    expect(link.getAttribute('href')).toBe('https://example.org/mfa');
    expect(link.textContent).toBe('Russian Foreign Ministry');
  });

  test('focus(claimId) marks the claim as chosen; unknown claims answer false', () => {
    const { doc } = seedPage(SEED.pressTv);
    const handle = applyHighlights(doc, seedReport(SEED.pressTv), new AbortController().signal);
    expect(handle.focus('claim-a-sdf-captured-raqqa')).toBe(true);
    const active = [...doc.querySelectorAll('mark[data-backstory-active]')]
      .map((mark) => mark.textContent)
      .join('');
    expect(active).toBe('captured the city of Raqqah from the Daesh terror group');
    expect(handle.focus('claim-b-two-percent')).toBe(false);
    expect(handle.focus('no-such-claim')).toBe(false);
  });

  test('a passage across list items never puts a <mark> between them', () => {
    const doc = document.implementation.createHTMLDocument('list');
    const list = doc.createElement('ul');
    const item = (text: string) => Object.assign(doc.createElement('li'), { textContent: text });
    // Source formatting leaves whitespace-only text nodes between the items, as real pages do.
    list.append('\n  ', item('White Garden district'), '\n  ', item('al-Rashid Stadium'), '\n');
    doc.body.appendChild(list);
    const passage = { exact: 'White Garden district al-Rashid Stadium', prefix: '', suffix: '' };
    const report = {
      ...seedReport(SEED.rhc),
      claims: [],
      articles: [
        { ...articleEvidence(SEED.rhc, 'reuse', { containment: 0.1, jaccard: 0.1 }), passages: [passage] },
      ],
    };
    const handle = applyHighlights(doc, report, new AbortController().signal);
    expect(handle.passagesHighlighted).toBe(1);
    const marks = [...doc.querySelectorAll('mark[data-backstory]')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['White Garden district', 'al-Rashid Stadium']);
    expect(marks.every((mark) => mark.parentElement?.localName === 'li')).toBe(true);
  });

  test('claims whose quote is missing or not in the page are not counted', () => {
    const { doc } = seedPage(SEED.pressTv);
    const rhcClaims = claimEvidenceFor(SEED.rhc);
    const listed = { ...claimEvidenceFor(SEED.pressTv)[0]!, quote: null };
    const handle = applyHighlights(
      doc,
      { ...seedReport(SEED.pressTv), claims: [...rhcClaims, listed] },
      new AbortController().signal,
    );
    // Only the one claim both articles share is in this page.
    expect(handle.claimsHighlighted).toBe(
      rhcClaims.filter(({ claim }) => claim.articleIds.includes(SEED.pressTv)).length,
    );
  });
});

describe('highlights with the CSS Custom Highlight API', () => {
  /** A minimal registry and Highlight class, as Chromium and Firefox provide them. */
  function installHighlightApi() {
    class FakeHighlight extends Set<AbstractRange> {
      priority = 0;
      constructor(...ranges: AbstractRange[]) {
        super(ranges);
      }
    }
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    return registry;
  }

  afterEach(() => vi.unstubAllGlobals());

  test('registers claim and passage ranges without touching the DOM, and unregisters them', () => {
    const registry = installHighlightApi();
    const { doc } = seedPage(SEED.rhc, document);
    const markup = doc.body.innerHTML;
    const report = rhcReport();
    const handle = applyHighlights(doc, report, new AbortController().signal);
    expect(doc.body.innerHTML).toBe(markup);
    expect(doc.querySelector('mark')).toBeNull();
    const claimRanges = [...registry.get('backstory-claim')!] as Range[];
    expect(claimRanges.map((range) => normalizeForMatch(range.toString()))).toEqual(
      report.claims.map(({ claim }) => normalizeForMatch(claim.quote)),
    );
    expect(registry.get('backstory-passage')!.size).toBe(SHARED_PASSAGES.length);
    expect(registry.get('backstory-claim')!.priority).toBeGreaterThan(
      registry.get('backstory-passage')!.priority,
    );
    handle.remove();
    expect(registry.size).toBe(0);
  });

  test('a click on a claim is hit-tested with the caret position and the line boxes', () => {
    installHighlightApi();
    const { doc, article } = seedPage(SEED.pressTv, document);
    const onActivate = vi.fn();
    const handle = applyHighlights(doc, seedReport(SEED.pressTv), new AbortController().signal, {
      onActivate,
    });
    const paragraph = [...article.querySelectorAll('p')].find((p) => p.textContent?.startsWith('On Sunday'))!;
    const caret = vi.fn(() => ({ offsetNode: paragraph.firstChild!, offset: 10 }));
    Object.assign(doc, { caretPositionFromPoint: caret });
    // jsdom has no layout: every range gets one line box, 500 by 20 pixels at the top left.
    const box = { left: 0, right: 500, top: 0, bottom: 20, width: 500, height: 20, x: 0, y: 0 };
    Object.defineProperty(Range.prototype, 'getClientRects', { configurable: true, value: () => [box] });

    click(paragraph, { clientX: 40, clientY: 10 });
    expect(caret).toHaveBeenCalledWith(40, 10);
    expect(onActivate).toHaveBeenCalledWith({ kind: 'claim', claimId: 'claim-a-dresden-remark' });

    click(paragraph, { clientX: 900, clientY: 10 }); // in the margin: the caret snaps, the boxes say no
    expect(onActivate).toHaveBeenCalledTimes(1);
    handle.remove();
    delete (doc as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
    delete (Range.prototype as { getClientRects?: unknown }).getClientRects;
  });
});
