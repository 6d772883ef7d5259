/**
 * Folds a term, alias or query into a canonical comparison form, so that spellings a student
 * might type meet the spellings an author wrote:
 * - case and diacritics are dropped ("Na⁺/K⁺-ATPase" and "na+/k+ atpase" meet);
 * - superscripts become plain characters (NFKD turns "⁺" into "+"), then every run of
 *   punctuation becomes one space, so "Na+/K+ pump", "Na⁺/K⁺ pump" and "Na/K pump" all fold to "na k pump";
 * - British -ise/-isation spellings become -ize/-ization ("depolarisation" → "depolarization").
 *
 * The same function is used by the loader (to find colliding aliases) and by search, so what
 * counts as "the same name" is defined once.
 */
export function fold(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (plain === '') return '';
  return plain.split(' ').map(americanize).join(' ');
}

// Two or more letters must precede the suffix so short words ("rise", "wise") are left alone;
// folding both sides the same way keeps any over-eager rewrite harmless for matching.
const BRITISH_SUFFIX = /^(\p{L}{2,})is(e|es|ed|ing|ation|ations)$/u;

function americanize(word: string): string {
  return word.replace(BRITISH_SUFFIX, '$1iz$2');
}
