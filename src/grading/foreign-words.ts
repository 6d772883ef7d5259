/**
 * Common function words of Spanish, French, Portuguese and German that English answers do not
 * use (accents are folded by the tokenizer, so "está" is "esta"); words English also has ("do"
 * from "don't", "die", "lo", "se", "os") are left out. Kept apart from language.ts so the word
 * cache (word-info.ts) can flag them without importing the tokenizer's types.
 */
const FOREIGN_FUNCTION_WORDS = new Set(
  [
    // Spanish
    'el los las del que es esta estan por para con una pero porque cuando entra sale entran salen celula sodio agua hacia desde muy mas sin tambien pues osea',
    // French
    'les des est et du une dans avec pour mais parce ne pas sont cellule eau',
    // Portuguese
    'nao uma com mas porque das dos agua celula',
    // German
    'und der das ist nicht mit zelle wasser',
  ]
    .join(' ')
    .split(' '),
);

/** True when a folded word is one of those function words (cached per word as `WordInfo.foreign`). */
export function isForeignFunctionWord(norm: string): boolean {
  return FOREIGN_FUNCTION_WORDS.has(norm);
}
