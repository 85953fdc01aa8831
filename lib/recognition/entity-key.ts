/**
 * Spelling-tolerant keys for names. Arabic names reach English and Spanish in many
 * transliterations ("Raqqa", "Raqqah", "Raqa"; "Dayr al-Zawr", "Deir ez-Zor"; "al-Qussour",
 * "Qusur"), so names are compared by a skeleton that forgets doubled letters, common vowel
 * spellings and a final h.
 */

const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/ou|oo/g, 'u'],
  [/ee/g, 'i'],
  [/ei|ey|ay|ai/g, 'e'],
  [/aw/g, 'o'],
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  [/(.)\1+/g, '$1'],
  [/([aeiou])h$/, '$1'],
];

/** Arabic articles that stand as their own token after hyphen splitting ("al-Rashid"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ez', 'an', 'ul']);

/** Whether a folded token is an Arabic article that names carry in some spellings only. */
export function isNameArticle(token: string): boolean {
  return ARTICLES.has(token);
}

/** The skeleton of one folded name token: `raqqah` → `raka`, `qussour` → `kusur`. */
export function nameSkeleton(token: string): string {
  let key = token;
  for (const [pattern, replacement] of SPELLINGS) key = key.replace(pattern, replacement);
  return key;
}
