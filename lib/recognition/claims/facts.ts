/**
 * The key facts of a claim or of a page sentence: its numbers (with what they count), its names
 * and its content words (as synonym-group stems). Two wordings of one claim share them even
 * when no phrase is shared.
 */
import { numbersIn } from '../../text/numbers';
import { isStopword } from '../../text/stopwords';
import type { Token } from '../../text/tokenize';
import { isNameArticle, nameSkeleton } from '../entity-key';
import { canonicalWord } from './synonyms';

/** Facts of a span of text. */
export interface Facts {
  /** Number values (`4000`, `14`, `2`, `~1000` for "thousands"). */
  numbers: Set<string>;
  /** Numbers with the word they count: `4000 w:people`, `2 w:percent`. */
  countedNumbers: Set<string>;
  /** For each number, the words that say what it counts ("two separate letters": separate, letter). */
  units: Map<string, Set<string>>;
  /** Numbers with nothing counted after them ("more than 40."). */
  bareNumbers: Set<string>;
  /** Fact keys of names and content words (see `factKey`). */
  terms: Set<string>;
  /** The keys among `terms` that were capitalized (names) in this text. */
  names: Set<string>;
  /** The terms within a few words of a number: what the number counts and what happened to it. */
  nearNumbers: Set<string>;
}

/** Words either side of a number that describe it ("the bodies of more than 4,000 people"). */
const NUMBER_REACH = 6;
/** How far after a number its unit may come ("14 Syrian civilians"). */
const UNIT_REACH = 3;

/**
 * The fact key of a token, or null for function words, articles and numbers: its synonym-group
 * stem folded to a name skeleton, so "Raqqah"/"Raqqa" and "Ministry"/"ministry" meet.
 */
export function factKey(token: Token): string | null {
  const word = token.text;
  if (isStopword(word) || isNameArticle(word) || !/^\p{L}+$/u.test(word) || word.length < 3) return null;
  return nameSkeleton(canonicalWord(word));
}

/** The facts of `tokens` (all from `source`). */
export function factsOf(tokens: readonly Token[], source: string): Facts {
  const numbers = numbersIn(tokens);
  const keys = tokens.map((token) => factKey(token));
  const numberTokens = new Set<number>();
  for (const number of numbers) for (let i = number.first; i <= number.last; i++) numberTokens.add(i);
  const terms = new Set<string>();
  const names = new Set<string>();
  const nearNumbers = new Set<string>();
  keys.forEach((key, index) => {
    if (key === null || numberTokens.has(index)) return;
    terms.add(key);
    if (/\p{Lu}/u.test(source[tokens[index]?.start ?? 0] ?? '')) names.add(key);
    if (
      numbers.some((number) => index >= number.first - NUMBER_REACH && index <= number.last + NUMBER_REACH)
    ) {
      nearNumbers.add(key);
    }
  });
  const units = new Map<string, Set<string>>();
  const countedNumbers = new Set<string>();
  const bareNumbers = new Set<string>();
  for (const number of numbers) {
    const counted = unitsAfter(tokens, keys, number.last, numberTokens, source);
    if (counted.length === 0) bareNumbers.add(number.value);
    if (!units.has(number.value) && counted.length) units.set(number.value, new Set(counted));
    for (const unit of counted) countedNumbers.add(`${number.value} ${unit}`);
  }
  return {
    numbers: new Set(numbers.map((number) => number.value)),
    countedNumbers,
    units,
    bareNumbers,
    terms,
    names,
    nearNumbers,
  };
}

/** "People" and "others" say nothing about what is counted: they never contradict another unit. */
const GENERIC_UNIT = nameSkeleton(canonicalWord('people'));

/** What a number counts: the content words shortly after it, in the same clause. */
function unitsAfter(
  tokens: readonly Token[],
  keys: ReadonlyArray<string | null>,
  last: number,
  numberTokens: ReadonlySet<number>,
  source: string,
): string[] {
  const counted: string[] = [];
  for (let i = last + 1; i <= last + UNIT_REACH && i < tokens.length; i++) {
    const gap = source.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0);
    if (/[.,;:!?()]/.test(gap) || numberTokens.has(i)) break; // "more than 40, in two letters": 40 counts nothing named
    const key = keys[i];
    if (key === GENERIC_UNIT) return [];
    if (key) counted.push(key);
  }
  return counted;
}

/** How many of `wanted` are in `present`. */
export function sharedCount(wanted: ReadonlySet<string>, present: ReadonlySet<string>): number {
  let count = 0;
  for (const item of wanted) if (present.has(item)) count++;
  return count;
}
