import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { decodeFingerprint } from '../../../lib/recognition/stored-fingerprint';
import { fingerprintArticle } from '../../../lib/recognition/fingerprint';
import { ArticleFingerprintSchema } from '../../../lib/recognition/fingerprint-schema';

const articles = join(import.meta.dirname, '..', '..', '..', 'assets', 'corpus', 'articles');
const seeds = ['press-tv-2017-10-syria-unsc-letters.txt', 'rhc-2018-11-raqqa-probe.txt'].map((file) => [
  file,
  readFileSync(join(articles, file), 'utf8'),
]);

describe('fingerprintArticle', () => {
  test.each(seeds)('fingerprints %s into a valid, compact record', (_, text) => {
    const fingerprint = fingerprintArticle(text, 'en');
    expect(v.safeParse(ArticleFingerprintSchema, fingerprint).success).toBe(true);
    expect(JSON.stringify(fingerprint).length).toBeLessThan(900);
    expect(fingerprint.words).toBe(
      text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length - countSplitNumbers(text),
    );
    expect(decodeFingerprint(fingerprint).anchors.length).toBeGreaterThan(fingerprint.words / 16);
    expect(fingerprint.paragraphAnchors.reduce((sum, count) => sum + count, 0)).toBe(
      decodeFingerprint(fingerprint).anchors.length,
    );
  });

  test.each(seeds)('is deterministic and independent of whitespace and quotes for %s', (_, text) => {
    const reflowed = text.replace(/ /g, '  ').replace(/’/g, "'");
    expect(fingerprintArticle(reflowed, 'en')).toEqual(fingerprintArticle(text, 'en'));
  });

  test('tags anchors with the paragraph they start in', () => {
    const paragraph = (word: string) => Array.from({ length: 40 }, (_, i) => `${word}${i}`).join(' ');
    const text = `${paragraph('alpha')}.\n\n${paragraph('beta')}.`;
    const { paragraphOf } = decodeFingerprint(fingerprintArticle(text, 'en'));
    expect(Math.max(...paragraphOf)).toBe(1);
    expect(Math.min(...paragraphOf)).toBe(0);
  });

  test('gives a text too short to shingle an empty but valid fingerprint', () => {
    const fingerprint = fingerprintArticle('Too short.', 'en');
    expect(v.safeParse(ArticleFingerprintSchema, fingerprint).success).toBe(true);
    expect(fingerprint.shingles).toBe(0);
    expect(fingerprint.anchors).toBe('');
  });
});

/** Numbers such as "4,000" are one token, but the naive split above counts two. */
function countSplitNumbers(text: string): number {
  return (
    (text.match(/\d+(?:[.,]\d{3})+/g) ?? []).reduce(
      (sum, number) => sum + number.split(/[.,]/).length - 1,
      0,
    ) +
    (text.match(/(?:\p{L}\.){2,}/gu) ?? []).reduce(
      (sum, acronym) => sum + acronym.split('.').filter(Boolean).length - 1,
      0,
    )
  );
}
