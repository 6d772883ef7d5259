import { Token } from './tokenize.js';
import { infoOf, type WordInfo } from './word-info.js';

/**
 * Denied conditions with the predicate left out. "If the cell had a cell wall like a plant cell it
 * would be fine, but red blood cells don't, so it bursts": the "don't" denies the condition, and
 * a reader hears "red blood cells don't have a cell wall". Six writers of the osmosis batches
 * (AF, AM, AW, BL, BR, Z) credited that as the missing wall; the words are not there to match.
 *
 * So after a bare negated auxiliary ("but they don't", "but it isn't") that ends its clause, in a
 * sentence that opened with "if <subject> had|has|were|was <words>", the condition's words are
 * read again: "have <words>" after do/does/did, "<words>" after a form of "be". The copies sit on
 * the auxiliary's "not" (their evidence quotes it) and in its clause, so every rubric reads the
 * denied condition as if it had been written out.
 */
export function restoreElidedDenials(tokens: Token[]): Token[] {
  let inserts: Map<number, Token[]> | undefined;
  // (Only answers with an "if" get past the first test: a string compare per word.)
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).norm !== 'if') continue;
    const condition = conditionAt(tokens, i);
    if (condition === undefined) continue;
    const not = bareDenialAfter(tokens, condition.end, condition.be);
    if (not < 0) continue;
    const at = tokens[not] as Token;
    const copies: Token[] = [];
    // After "doesn't have one" the verb is there already.
    if (!condition.be && (tokens[not] as Token).norm === 'not')
      copies.push(new Token(HAVE, at.start, at.end, at.sent, at.clause, at.seg));
    for (let k = condition.from; k < condition.end; k++)
      copies.push(new Token((tokens[k] as Token).info, at.start, at.end, at.sent, at.clause, at.seg));
    if (inserts === undefined) inserts = new Map();
    inserts.set(not, copies);
    i = not;
  }
  return inserts === undefined ? tokens : withInserted(tokens, inserts);
}

/**
 * The tokens with each entry of `inserts` (index → tokens read again) placed right after the token
 * at that index. Shared by the readers that restore words a student left out.
 */
export function withInserted(
  tokens: readonly Token[],
  inserts: ReadonlyMap<number, readonly Token[]>,
): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    out.push(tokens[k] as Token);
    const copies = inserts.get(k);
    if (copies !== undefined) out.push(...copies);
  }
  return out;
}

const HAVE: WordInfo = infoOf('have');
/** The verb of a condition: a form of "have" (read again as "have") or of "be". */
const CONDITION_HAVE = new Set(['had', 'has', 'have']);
const CONDITION_BE = new Set(['were', 'was']);
/** Words that end the condition's predicate ("had a cell wall like a plant", "… it would"). */
const PREDICATE_ENDS = new Set([
  'like',
  'it',
  'they',
  'then',
  'would',
  'could',
  'and',
  'but',
  'so',
  'as',
  'because',
]);
/** The most words of a subject, and of a predicate, read for a condition. */
const MAX_SUBJECT = 6;
const MAX_PREDICATE = 4;
/** Auxiliaries whose bare negation can deny a condition: "do" forms for "have", "be" forms for "be". */
const DO_FORMS = new Set(['do', 'does', 'did']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
/** What "have" may take in place of the condition's words ("doesn't have one"). */
const PRONOUNS = new Set(['one', 'it', 'them', 'any']);
/** Words after the negation that still leave it bare: the clause goes on to its consequence. */
const BARE_AFTER = new Set(['so', 'and', 'which', 'thus', 'therefore']);

/** "if <subject> had|were <predicate>" at token i: the predicate's token range, or undefined. */
function conditionAt(
  tokens: readonly Token[],
  i: number,
): { from: number; end: number; be: boolean } | undefined {
  const sent = (tokens[i] as Token).sent;
  let v = i + 1;
  while (v <= i + MAX_SUBJECT && tokens[v]?.sent === sent) {
    const norm = (tokens[v] as Token).norm;
    const be = CONDITION_BE.has(norm);
    if (CONDITION_HAVE.has(norm) || be) {
      if (v === i + 1) return undefined;
      let end = v + 1;
      while (
        end <= v + MAX_PREDICATE &&
        tokens[end]?.sent === sent &&
        (tokens[end] as Token).clause === (tokens[v] as Token).clause &&
        !PREDICATE_ENDS.has((tokens[end] as Token).norm)
      )
        end++;
      return end > v + 1 ? { from: v + 1, end, be } : undefined;
    }
    v++;
  }
  return undefined;
}

/** Words that open a short reason between "but" and the denial ("but since it's an RBC it doesn't"). */
const REASONS = new Set(['since', 'because', 'as']);
/** Most words such a reason adds before the denial's subject. */
const MAX_REASON = 8;

/**
 * After the condition (tokens from `from` on, same sentence): the index of the "not" of "but
 * <subject> don't|doesn't|isn't" ending its clause (or of the "one" of "doesn't have one"), or -1.
 */
function bareDenialAfter(tokens: readonly Token[], from: number, be: boolean): number {
  const sent = (tokens[from - 1] as Token).sent;
  for (let k = from; k < tokens.length && (tokens[k] as Token).sent === sent; k++) {
    if ((tokens[k] as Token).norm !== 'but') continue;
    // "but since its a red blood cell it doesnt" (blind batch CS): a short reason may come first.
    const reach = REASONS.has(tokens[k + 1]?.norm ?? '') ? MAX_SUBJECT + MAX_REASON : MAX_SUBJECT;
    for (let a = k + 2; a <= k + 1 + reach; a++) {
      const aux = tokens[a];
      const not = tokens[a + 1];
      if (aux === undefined || not === undefined || not.sent !== sent) return -1;
      if (not.norm !== 'not' || !(be ? BE_FORMS : DO_FORMS).has(aux.norm)) continue;
      // "but a red blood cell doesn't have one": the "one" stands for the condition's words.
      let last = a + 1;
      if (!be && tokens[a + 2]?.norm === 'have' && PRONOUNS.has(tokens[a + 3]?.norm ?? '')) last = a + 3;
      const after = tokens[last + 1];
      const bare =
        after === undefined ||
        after.sent !== sent ||
        after.clause !== (tokens[last] as Token).clause ||
        BARE_AFTER.has(after.norm);
      return bare ? last : -1;
    }
    return -1;
  }
  return -1;
}
