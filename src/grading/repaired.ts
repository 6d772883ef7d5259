import { EDIT_PAIRS } from './self-repair.js';
import type { Token } from './tokenize.js';
import { NO_CORRECTION } from './word-info.js';

/**
 * The index of the first repair word in tokens [from, to), or -1: "no wait", "wait no", "actually
 * no", "nvm", and the two-word editing phrases the self-repair reader knows ("I mean", "scratch
 * that", "never mind", "my bad"). The "no" of "no wait" is already marked by the tokenizer
 * (NO_CORRECTION), so a denial is never taken for a repair.
 */
export function repairIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k] as Token;
    if (t.info === NO_CORRECTION || t.norm === 'nvm') return k;
    const second = EDIT_PAIRS.get(t.norm);
    if (second !== undefined && k + 1 < to && second.has((tokens[k + 1] as Token).norm)) return k;
  }
  return -1;
}
