import type { Token } from './tokenize.js';

/**
 * Transient statements. "At first not much changes", "it might fire a few more times at first":
 * a sentence marked as holding only for a while describes the start of a process, not the
 * prediction the student makes for its end. A misconception about the outcome ("predicts no
 * change", "predicts more firing") is not read from such a sentence; points still are.
 *
 * Markers (folded words): "at first", "initially", "at|in (the) start|beginning", "for a while",
 * "short term", "briefly", "right away", "immediately", "a few seconds|minutes|moments", "a minute".
 */

/** Sentence numbers that carry a transient marker; undefined when none does. */
export function transientSentences(tokens: readonly Token[]): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const w = t.info.norm;
    const w1 = sameSentNorm(tokens, i, 1);
    const w2 = sameSentNorm(tokens, i, 2);
    const hit =
      w === 'initially' ||
      w === 'briefly' ||
      (w === 'at' && w1 === 'first') ||
      // "Resting potential does not change in beginning" (blind batch FD, an English learner): "at"
      // or "in", with or without "the"
      ((w === 'at' || w === 'in') && (STARTS.has(w1) || (w1 === 'the' && STARTS.has(w2)))) ||
      (w === 'for' && w1 === 'a' && w2 === 'while') ||
      (w === 'short' && (w1 === 'term' || w1 === 'run')) ||
      // "will not change much right away"
      (w === 'right' && w1 === 'away') ||
      // "if the pump was only blocked for a few seconds nothing would happen" (blind batch AP)
      (w === 'few' && SHORT_SPANS.has(w1)) ||
      // "If the pump was only blocked for a minute, nothing much would happen" (blind batch BY)
      ((w === 'a' || w === 'one') && SHORT_SPAN.has(w1)) ||
      w === 'immediately';
    if (!hit) continue;
    out ??= new Set();
    out.add(t.sent);
  }
  return out;
}

/** The start of a process ("at the start", "in beginning"). */
const STARTS = new Set(['start', 'beginning']);

/** Units of time too short for the outcome to show ("for a few seconds"). */
const SHORT_SPANS = new Set(['seconds', 'milliseconds', 'moments', 'minutes']);
/** The same, one of them ("for a minute"). */
const SHORT_SPAN = new Set(['second', 'millisecond', 'moment', 'minute']);

/** The folded word `k` tokens after i when it is in the same sentence, else ''. */
function sameSentNorm(tokens: readonly Token[], i: number, k: number): string {
  const t = tokens[i + k];
  return t !== undefined && t.sent === (tokens[i] as Token).sent ? t.info.norm : '';
}
