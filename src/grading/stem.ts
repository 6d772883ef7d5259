import { stemmer } from 'stemmer';

/**
 * Word stems for matching. Porter (the `stemmer` package) folds inflections and derivations
 * ("depolarizes", "depolarization" → "depolar"); British -ise spellings are rewritten first
 * because Porter only knows -ize.
 */

const cache = new Map<string, string>();
const MAX_CACHE = 50_000;
/** Longer "words" are junk or attacks; stemming them buys nothing. */
const MAX_STEM_LENGTH = 30;

const BRITISH = ['isations', 'isation', 'ising', 'ised', 'ises', 'ise'];

/** "depolarised" → "depolarized"; needs two letters before the suffix so "rise", "wise" stay. */
export function americanize(word: string): string {
  // Cheap reject first: almost no word contains "is" near its end.
  const at = word.lastIndexOf('is');
  if (at < 2 || word.length - at > 8) return word;
  for (const suffix of BRITISH) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 2) {
      return `${word.slice(0, word.length - suffix.length)}iz${suffix.slice(2)}`;
    }
  }
  return word;
}

/** The stem used to compare words (cached, bounded). Words that are not plain letters stem to themselves. */
export function stemOf(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let stem = word;
  if (word.length <= MAX_STEM_LENGTH && /^[a-z]+$/.test(word)) stem = stemmer(americanize(word));
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(word, stem);
  return stem;
}
