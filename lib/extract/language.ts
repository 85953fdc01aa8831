/**
 * A tiny language guess from function words, used only when the page does not declare one.
 */
import { words } from '../text/tokenize';

const MARKERS: Record<string, ReadonlySet<string>> = {
  en: new Set('the of and to in is that for was with on as by said from'.split(' ')),
  es: new Set('el la de que y en los las del por con una para se su'.split(' ')),
  fr: new Set('le la les de des et est un une du dans pour que sur au'.split(' ')),
  de: new Set('der die und das ist nicht mit sich des auf ein eine dem den zu'.split(' ')),
  pt: new Set('o a os as de do da dos das em um uma para com que nao'.split(' ')),
  it: new Set('il lo la gli le di che e un una per con del della sono'.split(' ')),
};

/** The language whose function words are most frequent in `text` (needs 5% of words), or null. */
export function guessLanguage(text: string): string | null {
  const sample = words(text.slice(0, 6000));
  if (sample.length < 20) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [language, markers] of Object.entries(MARKERS)) {
    const count = sample.filter((word) => markers.has(word)).length;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  return bestCount >= sample.length * 0.05 ? best : null;
}

/** The primary subtag of a language tag (`en-GB` → `en`), or null if it is not one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const match = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(tag ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}
