import { withInserted } from './elided-denial.js';
import { Token } from './tokenize.js';

/**
 * Which cell an "it" that fires or depolarizes is. "Na+ can't go into the presynaptic neuron and so
 * it won't depolarize and won't send an action potential" (blind batches DW, DX): the "it" is the
 * presynaptic neuron, and a rubric that keeps the presynaptic cell's firing apart from the
 * postsynaptic one's must see that. When an "it" (after helping words and denials) fires,
 * depolarizes, sends or reaches something, and the last cell named before it, in its sentence or
 * the one before, carries a qualifier ("presynaptic", "postsynaptic"), the qualifier is read again
 * right after the "it" (on the "it"'s characters). A bare cell named in between ("the cell", "the
 * next neuron") makes the "it" ambiguous, and nothing is read.
 */
export function readPronounCells(tokens: Token[]): Token[] {
  let inserts: Map<number, Token[]> | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const it = tokens[i] as Token;
    if (it.norm !== 'it' || !firesNext(tokens, i)) continue;
    const q = qualifierBefore(tokens, i);
    if (q < 0) continue;
    inserts ??= new Map();
    inserts.set(i, [new Token((tokens[q] as Token).info, it.start, it.end, it.sent, it.clause, it.seg)]);
  }
  return inserts === undefined ? tokens : withInserted(tokens, inserts);
}

/** Words between "it" and its verb: helpers, denials, "be able to". */
const BETWEEN = new Set(
  'will would can could not never does do did just then still also eventually even be able to no longer'.split(
    ' ',
  ),
);
/** How many such words may stand between. */
const BETWEEN_MAX = 5;
/** Starts of the verbs that say a cell fires or changes its potential. */
const CELL_VERB_STARTS = [
  'depolar',
  'hyperpolar',
  'repolar',
  'fire',
  'send',
  'reach',
  'generat',
  'produc',
  'trigger',
];

/** True when the words after the "it" at i, past helpers, open with a verb a cell does. */
function firesNext(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  for (let k = i + 1; k < tokens.length && k <= i + 1 + BETWEEN_MAX; k++) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return false;
    if (BETWEEN.has(t.norm)) continue;
    return CELL_VERB_STARTS.some((s) => t.norm.startsWith(s));
  }
  return false;
}

/** Cell qualifiers read again for an "it". */
const QUALIFIERS = new Set(['presynaptic', 'postsynaptic']);
/** Nouns that name a cell (or its membrane). */
const CELL_NOUNS = new Set([
  'neuron',
  'neurone',
  'cell',
  'membrane',
  'terminal',
  'axon',
  'dendrite',
  'fiber',
  'fibre',
]);
/** How far back (in words) the cell is looked for. */
const REACH = 30;

/**
 * The index of the qualifier of the last cell named before token i (its sentence or the one
 * before), or -1 when there is none or that cell has no qualifier.
 */
function qualifierBefore(tokens: readonly Token[], i: number): number {
  const sent = (tokens[i] as Token).sent;
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    const t = tokens[k] as Token;
    if (t.sent < sent - 1) return -1;
    if (QUALIFIERS.has(t.norm)) return k;
    if (!CELL_NOUNS.has(t.norm)) continue;
    const before = tokens[k - 1];
    return before !== undefined && QUALIFIERS.has(before.norm) ? k - 1 : -1;
  }
  return -1;
}
