/**
 * Story terms: the numbers, names and topic words that let two reports of one event be
 * recognized in different words (or languages). Keys are typed:
 * `n:4000` a number, `y:2017` a year, `e:raka` a name skeleton, `w:grave` a stemmed word.
 */
import { isNumberToken } from '../text/numbers';
import { isStopword } from '../text/stopwords';
import { tokenize, type Token } from '../text/tokenize';
import { isNameArticle, nameSkeleton } from './entity-key';
import { stem } from './stem';

/** A term key with its weight in one text (or in the corpus index). */
export interface WeightedTerm {
  key: string;
  weight: number;
}

/** The kind of a term key, from its prefix. */
export type TermKind = 'n' | 'y' | 'e' | 'w';

/** Capitalized words that are not names: calendar words and the pronoun "I". */
const NOT_NAMES = new Set(
  `i monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december lunes martes miercoles jueves viernes sabado domingo
  enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre`
    .split(/\s+/)
    .filter(Boolean),
);

/** Curated key terms weigh this much more in the story index than terms taken from articles. */
export const KEY_TERM_BONUS = 1.5;

/**
 * How specific a term is to one story among a pack's stories, in (0, 1]: a normalized inverse
 * document frequency, squared so terms that several stories share (places, actors) weigh little.
 */
export function storySpecificity(storiesWithTerm: number, stories: number): number {
  if (stories <= 1) return 1;
  const idf = Math.log(1 + stories / Math.max(1, storiesWithTerm)) / Math.log(1 + stories);
  return idf * idf;
}

/** How much one occurrence of each kind of term says about the story. */
export function kindWeight(key: string): number {
  switch (key[0]) {
    case 'n':
      return Number(key.slice(2)) >= 100 ? 3 : 1.5;
    case 'e':
      return 2;
    case 'y':
      return 0.5;
    default:
      return 1;
  }
}

/** The kind of a term key. */
export function termKind(key: string): TermKind {
  return (key[0] ?? 'w') as TermKind;
}

/** Whether the token at `start` opens a sentence, so its capital letter says nothing. */
function opensSentence(source: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"'“‘«(¿¡\-–—]/u.test(source[i] ?? '')) {
    if (source[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:…]/u.test(source[i] ?? '');
}

/** The term key of one token, or null when it carries no story signal. */
function keyOf(token: Token, capitalized: boolean): string | null {
  const word = token.text;
  if (isNumberToken(word)) {
    if (!/^\d/.test(word)) return null; // number words are too common to identify a story
    const value = Number(word);
    if (Number.isInteger(value) && value >= 1900 && value <= 2099) return `y:${word}`;
    return value >= 10 ? `n:${word}` : null;
  }
  if (isStopword(word) || isNameArticle(word) || !/^\p{L}+$/u.test(word)) return null;
  if (capitalized) return NOT_NAMES.has(word) || word.length < 2 ? null : `e:${nameSkeleton(word)}`;
  return word.length >= 4 ? `w:${stem(word)}` : null;
}

/**
 * The weighted story terms of a text, strongest first. A capitalized word counts as a name
 * unless it only ever appears at the start of sentences.
 */
export function storyTerms(source: string, tokens: readonly Token[] = tokenize(source)): WeightedTerm[] {
  const counts = new Map<string, number>();
  const initialOnly = new Map<string, number>();
  const midSentenceNames = new Set<string>();
  // Words repeat (Zipf): remember each word's key instead of re-running the regexes.
  const known = new Map<string, string | null>();
  for (const token of tokens) {
    const capitalized = /\p{Lu}/u.test(source[token.start] ?? '');
    const memo = `${capitalized ? 'C' : 'l'}${token.text}`;
    let key = known.get(memo);
    if (key === undefined) known.set(memo, (key = keyOf(token, capitalized)));
    if (key === null) continue;
    if (key.startsWith('e:') && opensSentence(source, token.start)) {
      initialOnly.set(key, (initialOnly.get(key) ?? 0) + 1);
      continue;
    }
    if (key.startsWith('e:')) midSentenceNames.add(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, count] of initialOnly) {
    if (midSentenceNames.has(key)) counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return [...counts]
    .map(([key, count]) => ({ key, weight: kindWeight(key) * (1 + Math.log(count)) }))
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
}

/**
 * The term keys of a curated key term ("Ma Zhaoxu", "4,000", "mass graves"): capitalized words
 * become names, digits numbers, other words stems; function words are dropped.
 */
export function keyTermKeys(keyTerm: string): string[] {
  const keys = tokenize(keyTerm)
    .map((token) => keyOf(token, /\p{Lu}/u.test(keyTerm[token.start] ?? '')))
    .filter((key): key is string => key !== null);
  return [...new Set(keys)];
}
