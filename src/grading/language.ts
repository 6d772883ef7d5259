import type { Token } from './tokenize.js';

/** At least this many such words, and at least this share of the answer's words. */
const MIN_WORDS = 3;
const MIN_SHARE = 0.08;

/**
 * Whether an answer is (partly) written in another language. The grader reads English only, so
 * an answer that switches into Spanish, French, Portuguese or German ("no entra sodio porque el
 * canal está cerrado") can lose points it made; the feedback says so instead of letting a missed
 * point look like a wrong idea. The test counts common function words of those languages that
 * English answers do not use (foreign-words.ts).
 */
export function looksPartlyNonEnglish(tokens: readonly Token[]): boolean {
  let foreign = 0;
  // The per-word flag, not a set look-up per token: every answer's every token is tested.
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).info.foreign) foreign++;
  return foreign >= MIN_WORDS && foreign / Math.max(1, tokens.length) >= MIN_SHARE;
}
