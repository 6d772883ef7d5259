import type { Token } from './tokenize.js';
import { NO_CORRECTION } from './word-info.js';

/** Two-word repair phrases, first word → second: "I mean", "scratch that", "never mind". */
const REPAIR_PAIRS = new Map([
  ['i', 'mean'],
  ['scratch', 'that'],
  ['never', 'mind'],
]);

/**
 * The index of the first repair word ("no wait", "wait no", "actually no", "I mean", "scratch
 * that", "nvm", "never mind") in tokens [from, to), or -1. The "no" of "no wait" is already marked
 * by the tokenizer (NO_CORRECTION), so a denial is never taken for a repair.
 */
export function repairIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k] as Token;
    if (t.info === NO_CORRECTION || t.norm === 'nvm') return k;
    const second = REPAIR_PAIRS.get(t.norm);
    if (second !== undefined && tokens[k + 1]?.norm === second && k + 1 < to) return k;
  }
  return -1;
}
