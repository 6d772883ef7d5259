import type { Token } from './tokenize.js';

/**
 * Whether an answer is (partly) written in another language. The grader reads English only, so
 * an answer that switches into Spanish, French, Portuguese or German ("no entra sodio porque el
 * canal está cerrado") can lose points it made; the feedback says so instead of letting a missed
 * point look like a wrong idea. The test counts common function words of those languages that
 * English answers do not use (accents are folded by the tokenizer, so "está" is "esta"); words
 * English also has ("do" from "don't", "die", "lo", "se", "os") are left out.
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

/** At least this many such words, and at least this share of the answer's words. */
const MIN_WORDS = 3;
const MIN_SHARE = 0.08;

/** True when a folded word is one of those function words (cached per word as `WordInfo.foreign`). */
export function isForeignFunctionWord(norm: string): boolean {
  return FOREIGN_FUNCTION_WORDS.has(norm);
}

/** True when the tokens hold enough function words of another language to say so to the student. */
export function looksPartlyNonEnglish(tokens: readonly Token[]): boolean {
  let foreign = 0;
  // The per-word flag, not a set look-up per token: every answer's every token is tested.
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).info.foreign) foreign++;
  return foreign >= MIN_WORDS && foreign / Math.max(1, tokens.length) >= MIN_SHARE;
}
