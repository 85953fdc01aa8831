// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { Overlay } from '../../../components/overlay/Overlay';
import type { PageReport } from '../../../lib/report';
import { claimEvidenceFor, outlet, relatedReports, seedReport, sources } from './corpus-fixtures';
import { buttonNamed, click, mount } from './render';

const PRESS_TV = 'press-tv-2017-10-syria-unsc-letters';
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '<svg onload=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const JS_URL = 'javascript:alert(1)';
const BIDI = 'invoice\u202Egpj.exe\u2066x\u2069';

/** A real report whose every kind of string has been replaced by an attack. */
function hostileReport(): PageReport {
  const report = seedReport(PRESS_TV);
  const [first] = claimEvidenceFor(PRESS_TV);
  const source = { ...sources['s25']!, id: 'hostile', title: SVG, publisher: IMG, url: JS_URL };
  return {
    ...report,
    outlet: {
      ...outlet('press-tv'),
      name: `${IMG}${BIDI}`,
      owner: { text: SCRIPT, sources: ['hostile'], confidence: 'H' },
    },
    articles: [
      {
        ...report.articles[0]!,
        title: SVG,
        outletName: IMG,
        url: JS_URL,
        passages: [{ exact: SCRIPT, prefix: '', suffix: '' }],
      },
    ],
    reports: [
      { ...relatedReports[0]!, title: IMG, publisher: SVG, gist: BIDI, url: JS_URL, sources: ['hostile'] },
    ],
    claims: [
      {
        ...first!,
        claim: { ...first!.claim, summary: `${IMG} ${BIDI}`, statusText: SVG },
        quote: { exact: IMG, prefix: SVG, suffix: '' },
      },
    ],
    sources: { ...sources, hostile: source },
  };
}

describe('hostile strings render as inert text', () => {
  const root = () => {
    const container = mount(<Overlay report={hostileReport()} />);
    click(container.querySelector('button.bs-badge'));
    click(container.querySelector('button.bs-claim'));
    for (const details of container.querySelectorAll('details')) details.open = true;
    return container;
  };

  test('markup in corpus and page strings never becomes elements', () => {
    const container = root();
    expect(container.querySelectorAll('img, svg, script, iframe, object')).toHaveLength(0);
    expect(
      [...container.querySelectorAll('*')].some((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ),
    ).toBe(false);
    const text = container.textContent ?? '';
    for (const attack of [IMG, SVG, SCRIPT]) expect(text).toContain(attack);
  });

  test('a javascript: URL never becomes a link', () => {
    const container = root();
    click(buttonNamed(container, /^Show all/));
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0); // the real sources around the hostile ones still link
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  test('bidi override and isolate characters are dropped, leaving the text in logical order', () => {
    const text = root().textContent ?? '';
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).toContain('invoicegpj.exex');
  });
});
