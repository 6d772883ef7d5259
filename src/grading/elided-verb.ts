import { withInserted } from './elided-denial.js';
import { Token } from './tokenize.js';

/**
 * Verbs left out after "but not". "So it can fire one action potential but not repeated ones"
 * (blind batch BZ): a reader hears "it cannot fire repeated ones", and the words are not there to
 * match. After "but not" in a sentence whose clause before it has a modal and its verb ("can
 * fire", "will go"), the verb is read again right after the "not", in the "not"'s clause, so every
 * rubric reads the denied half as if it had been written out ("but not fire repeated ones").
 */
export function restoreElidedVerbs(tokens: Token[]): Token[] {
  let inserts: Map<number, Token[]> | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const but = tokens[i] as Token;
    if (but.norm !== 'but') continue;
    const not = tokens[i + 1] as Token;
    if (not.norm !== 'not' || not.sent !== but.sent) continue;
    // Only before what the verb takes ("but not repeated ones", "but not in"): "would depolarize but
    // not reach threshold" has its own verb.
    if (!OBJECT_STARTS.has(tokens[i + 2]?.norm ?? '')) continue;
    const verb = modalVerbBefore(tokens, i);
    if (verb < 0) continue;
    const v = tokens[verb] as Token;
    if (inserts === undefined) inserts = new Map();
    // The copy's span runs from the "not" over the word it takes, so the evidence a student sees
    // quotes "not repeated" rather than a bare "not".
    const object = tokens[i + 2] as Token;
    inserts.set(i + 1, [new Token(v.info, not.start, object.end, not.sent, not.clause, not.seg)]);
  }
  return inserts === undefined ? tokens : withInserted(tokens, inserts);
}

/** Modals whose verb a "but not" leaves out ("can fire … but not …"). */
const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might']);
/** Words that open what the left-out verb would take: an object, an amount or a direction. */
const OBJECT_STARTS = new Set(
  'a an the any another more many multiple repeated several other others again in out inside outside into back twice second'.split(
    ' ',
  ),
);
/** How far back (tokens) before "but" the modal may stand. */
const REACH = 8;

/**
 * The index of the verb right after a modal in the clause just before the "but" at token i, or -1
 * when there is none or that clause is itself negated ("can't fire … but not …" says no more).
 */
function modalVerbBefore(tokens: readonly Token[], i: number): number {
  const sent = (tokens[i] as Token).sent;
  for (let k = i - 1; k >= 0 && k >= i - REACH && (tokens[k] as Token).sent === sent; k--) {
    const t = tokens[k] as Token;
    if (t.norm === 'not' || t.cue) return -1;
    if (!MODALS.has(t.norm)) continue;
    const verb = tokens[k + 1];
    if (
      verb === undefined ||
      k + 1 >= i ||
      verb.norm === 'not' ||
      verb.norm === 'still' ||
      verb.norm === 'be'
    )
      return -1;
    return k + 1;
  }
  return -1;
}
