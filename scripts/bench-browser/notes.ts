/**
 * Synthetic notes for the benchmarks (the popup's in bench:browser, search in scripts/bench-notes.ts),
 * and as a JSON-LD notes file the `notes/import` message accepts. Seeded, so every run has the
 * same notes.
 */
import { exportJsonLd } from '../../lib/notes/jsonld';
import { NOTE_KINDS, type Note } from '../../lib/notes/schema';
import { noteSite } from '../../lib/notes/stored';
import { random } from '../bench/synthetic';

const WORDS = (
  'the state media ministry said pipeline gas deal sanctions council minister report claim source ' +
  'official election turnout élection coverage outlet broadcaster reuters agency statement denied ' +
  'confirmed analysts border energy prices inflation protest police court ruling parliament vote ' +
  'journalist interview anonymous documents leaked budget contract company owner funding network'
).split(' ');
const SITES = ['presstv.ir', 'rt.com', 'bbc.co.uk', 'example-news.com', 'aljazeera.com', 'cgtn.com'];

/** Queries typed one character at a time in the popup's search box. */
export const SEARCH_QUERIES = [
  'pipeline sanctions',
  'court ruling',
  'rt.com energy',
  'leaked budget',
  'journalist',
  'qzxv-nowhere',
];

/** `count` synthetic notes on other sites than the benchmark's pages. */
export function syntheticNotes(count: number): Note[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const url = `https://www.${pick(SITES)}/news/${2020 + (i % 6)}/${i}-${pick(WORDS)}`;
    const time = 1_600_000_000_000 + Math.floor(next() * 150_000_000_000);
    const hex = (n: number) =>
      Math.floor(next() * 16 ** n)
        .toString(16)
        .padStart(n, '0');
    return {
      id: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
      url,
      canonicalUrl: next() < 0.3 ? url.replace('www.', '') : null,
      title: words(4 + Math.floor(next() * 8)),
      fingerprint: null,
      body: words(15 + Math.floor(next() * 90)),
      tags: Array.from({ length: Math.floor(next() * 4) }, () => pick(WORDS)),
      kind: pick(NOTE_KINDS),
      target: {
        quote: { exact: words(8 + Math.floor(next() * 30)), prefix: words(5), suffix: words(5) },
        position: { start: i, end: i + 40 },
      },
      link: null,
      outletId: next() < 0.5 ? pick(['press-tv', 'rt', 'cgtn']) : null,
      site: noteSite(url),
      createdAt: time,
      updatedAt: time,
    };
  });
}

/** The notes file text of {@link syntheticNotes}. */
export function syntheticNotesFile(count: number): string {
  return exportJsonLd(syntheticNotes(count), { now: 1_760_000_000_000 });
}
