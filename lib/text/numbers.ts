/**
 * Numbers as facts: digits and number words (English and Spanish) read as values, so
 * "fourteen civilians", "14 civilians" and "catorce civiles" all carry the number 14.
 */
import type { Token } from './tokenize';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  cero: 0,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
  cien: 100,
  ciento: 100,
};

const MULTIPLIERS: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  billion: 1_000_000_000,
  mil: 1000,
  millon: 1_000_000,
  millones: 1_000_000,
};

/** Plural multipliers that state a vague quantity ("thousands of civilians"): a fact of their own. */
const VAGUE = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'decenas',
  'cientos',
  'centenares',
  'miles',
  'millones',
]);

/** A number found in text: its value as a canonical string and the tokens it spans. */
export interface NumberFact {
  value: string;
  /** Index of the first token of the number. */
  first: number;
  /** Index of the last token of the number. */
  last: number;
}

function valueOf(token: string): number | null {
  if (/^\d+(\.\d+)?$/.test(token)) return Number(token);
  return UNITS[token] ?? null;
}

function canonical(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

/**
 * Every number in a token list, with multipliers folded in ("4 thousand" → 4000,
 * "two million" → 2000000). A vague plural ("thousands of", "miles de") is kept as its own
 * value (`~1000`), which only another vague plural of the same size matches.
 */
export function numbersIn(tokens: readonly Token[]): NumberFact[] {
  const facts: NumberFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]?.text ?? '';
    if (VAGUE.has(word)) {
      facts.push({ value: vagueValue(word), first: i, last: i });
      continue;
    }
    const base = valueOf(word);
    if (base === null) continue;
    let value = base;
    let last = i;
    const multiplier = MULTIPLIERS[tokens[i + 1]?.text ?? ''];
    if (multiplier !== undefined) {
      value *= multiplier;
      last = i + 1;
    }
    facts.push({ value: canonical(value), first: i, last });
    i = last;
  }
  return facts;
}

function vagueValue(word: string): string {
  if (word === 'dozens' || word === 'decenas') return '~10';
  if (word === 'hundreds' || word === 'cientos' || word === 'centenares') return '~100';
  if (word === 'thousands' || word === 'miles') return '~1000';
  return '~1000000';
}

/** Whether a folded token is a number, in digits or in words. */
export function isNumberToken(token: string): boolean {
  return valueOf(token) !== null;
}
