import { Token } from './tokenize.js';
import { infoLike, infoOf, type WordInfo } from './word-info.js';

/**
 * Denied counterfactuals. "If ACh could bind, the channel would open and Na⁺ would rush in. But
 * the toxin blocks the receptor, so none of that happens." The student describes what would
 * happen and then denies all of it at once: each "would"/"could" statement of that sentence is
 * meant negated ("the channel would not open", "Na⁺ would not rush in"). Without this reading the
 * answer earns nothing for the very predictions it makes, and an affirmed reading of the
 * hypothetical could even look like a misconception.
 *
 * The denial is "none of that|this|these|those|it (will|would|can|could|does|did)? happen|occur",
 * not followed by "to", "in", "for", "with" or "on" ("none of this happens to a plant cell" limits
 * the denial to something else) or by a condition ("… if the pump was working"). The statements
 * denied are the "would"/"could" ones of the sentence just before, when that sentence is a
 * conditional or the normal case ("if", "normally", "usually", "ordinarily", "otherwise"), and
 * those of the denial's own sentence that stand after such a word and before the denial. The
 * denial's sentence must turn back to the case at hand before it ("but", "however", "instead",
 * "yet", "with", "since", "because"). Each gets a "not" right after its auxiliary (on the
 * auxiliary's characters), so negation, evidence spans and every rubric read it as the student
 * meant it.
 *
 * The plain present of the normal case ("Normally ACh binds and Na⁺ rushes in. With the toxin none
 * of that happens") is left alone: the blind readers did not credit it ("the rest only implied",
 * synapse batch AC), while they credited the "would" form (batches AD, AJ).
 */
export function denyCounterfactuals(tokens: Token[]): Token[] {
  let inserts: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const end = denialEnd(tokens, i);
    if (end < 0) continue;
    const sent = (tokens[i] as Token).sent;
    // The sentence before: the whole of it, when it is a conditional or the normal case.
    let lo = i;
    while (lo > 0 && (tokens[lo - 1] as Token).sent === sent) lo--;
    // The denial turns back to the case at hand ("But the toxin blocks it, so none of that happens",
    // "With the toxin none of that happens"); without such a turn ("Then none of that happens any
    // more" after "if the pump stops …") it may be part of the same supposition.
    if (!hasTurnBefore(tokens, lo, i)) {
      i = end;
      continue;
    }
    let prevLo = lo;
    while (prevLo > 0 && (tokens[prevLo - 1] as Token).sent === sent - 1) prevLo--;
    if (prevLo < lo && openerIn(tokens, prevLo, lo) >= 0)
      inserts = denyStatements(tokens, prevLo, lo, inserts);
    // The denial's own sentence, after its conditional word.
    const own = openerIn(tokens, lo, i);
    if (own >= 0) inserts = denyStatements(tokens, own + 1, i, inserts);
    i = end;
  }
  if (inserts === undefined) return tokens;
  const out: Token[] = [];
  const at = new Set(inserts);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    out.push(t);
    // The "not" spans its auxiliary's characters, so a quote of the words that earned a point
    // shows "would" rather than an empty string, and spans stay in text order.
    if (at.has(k)) out.push(new Token(DENIED_NOT, t.start, t.end, t.sent, t.clause, t.seg));
  }
  return out;
}

/**
 * The "not" read into a denied statement: the word "not" in every respect, but its own object, so
 * the second-conditional rule (hedge.ts) can tell a denied thought experiment from one left open.
 */
export const DENIED_NOT: WordInfo = infoLike(infoOf('not'));
const COUNTERFACTUAL_OPENERS = new Set(['if', 'normally', 'usually', 'ordinarily', 'otherwise']);
const AUXILIARIES = new Set(['would', 'could']);
const REFERENTS = new Set(['that', 'this', 'these', 'those', 'it']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'does', 'did']);
const COMES_ABOUT = new Set(['happen', 'happens', 'happened', 'occur', 'occurs', 'occurred']);
/**
 * A preposition after the verb limits the denial to something else ("happens to a plant cell"); a
 * condition makes it another thought experiment ("none of that would happen if the pump worked").
 */
const LIMITED_BY = new Set(['to', 'in', 'for', 'with', 'on', 'if', 'unless', 'when', 'without', 'as']);

/**
 * When a denial starts at token i, the index of its last token; otherwise -1. Asked at every token:
 * no closure in it, as one would make V8 allocate a context for every call, "none" or not.
 */
function denialEnd(tokens: readonly Token[], i: number): number {
  if ((tokens[i] as Token).norm !== 'none') return -1;
  const sent = (tokens[i] as Token).sent;
  if (wordIn(tokens, i + 1, sent) !== 'of' || !REFERENTS.has(wordIn(tokens, i + 2, sent))) return -1;
  let k = i + 3;
  if (MODALS.has(wordIn(tokens, k, sent))) k++;
  if (!COMES_ABOUT.has(wordIn(tokens, k, sent))) return -1;
  if (LIMITED_BY.has(wordIn(tokens, k + 1, sent))) return -1;
  return k;
}

/** The folded word of token k when it stands in sentence `sent`, else "". */
function wordIn(tokens: readonly Token[], k: number, sent: number): string {
  const t = tokens[k];
  return t !== undefined && t.sent === sent ? t.norm : '';
}

/** Words that turn from the imagined case back to the case at hand. */
const TURNS = new Set(['but', 'however', 'instead', 'yet', 'with', 'since', 'because']);

/** Whether tokens [lo, hi) hold a turn back to the case at hand. */
function hasTurnBefore(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let k = lo; k < hi; k++) if (TURNS.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** The index of the first word in [lo, hi) that makes a sentence a conditional or the normal case, or -1. */
function openerIn(tokens: readonly Token[], lo: number, hi: number): number {
  for (let k = lo; k < hi; k++) if (COUNTERFACTUAL_OPENERS.has((tokens[k] as Token).norm)) return k;
  return -1;
}

/** Where to read a "not" into tokens [lo, hi): right after each "would"/"could" not already negated. */
function denyStatements(
  tokens: readonly Token[],
  lo: number,
  hi: number,
  into: number[] | undefined,
): number[] {
  const out = into ?? [];
  for (let k = lo; k < hi; k++) {
    if (!AUXILIARIES.has((tokens[k] as Token).norm)) continue;
    const next = tokens[k + 1];
    if (next !== undefined && (next.norm === 'not' || next.norm === 'never')) continue;
    out.push(k);
  }
  return out;
}
