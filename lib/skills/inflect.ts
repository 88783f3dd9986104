// The other number of a noun, for multi-word skill names written in the singular or the plural ("fixed asset
// additions" for Fixed Assets, "REST API" for REST APIs, "code reviews" for Code Review).

const SIBILANT = /(x|z|ch|sh)$/;
// Words whose final "s" is no plural ("analysis", "business", "status", "ops", "physics", "news", "series").
const NOT_PLURAL = /(ss|us|is|ops|ics|news|series|species|means|windows)$/;
// Word shapes with no useful other number: -ing words ("unit testings" is no English), mass nouns and adjectives.
const NO_NUMBER = /(ing|ics|ance|ence|ness|ism|ity|ship|ware|ed|ic|ive|ous|ful|less|ly)$/;

/** The plural of an English noun by the regular rules, or null when the word is already plural or takes none. */
export function pluralOf(word: string): string | null {
  if (word.length < 3 || !/^[a-z]+$/.test(word) || NO_NUMBER.test(word)) return null;
  // Already plural, or a word in -s whose plural is irregular ("analysis") or absent ("business").
  if (word.endsWith('s')) return null;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (SIBILANT.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The singular of a regular English plural, or null when the word does not read as one. */
export function singularOf(word: string): string | null {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || !word.endsWith('s') || NOT_PLURAL.test(word)) return null;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The token keys of a multi-word form with its last word in the other number, or null when there is none. */
export function otherNumber(keys: readonly string[]): string[] | null {
  const last = keys[keys.length - 1];
  if (keys.length < 2 || !last) return null;
  const other = singularOf(last) ?? pluralOf(last);
  return other ? [...keys.slice(0, -1), other] : null;
}
