import { DENIED_NOT } from './denied-counterfactual.js';
import { ionKind, isIonWord } from './note-form.js';
import { EITHER_WAY, type Token } from './tokenize.js';
import { AUXILIARIES } from './word-info.js';

/**
 * Hedged and withdrawn statements. A sentence that the student withdraws or doubts ("sodium goes
 * in... or maybe its potassium, I dont really remember", "it uses ATP I think?", "... wait no")
 * states nothing a reader would credit, so no point or misconception is matched inside it.
 * Plain "I think" is not a hedge: students write it before correct, confident statements.
 *
 * Markers (on folded words, so "dont" is "do not"):
 * - doubt: "not sure", "unsure", "idk", "i forget", "not (really) know|remember|recall", a bare "it
 *   depends" ("idk what happens to …" asks another question and takes nothing back)
 * - denial: "I dont think …", "it is not true that …" (what follows is neither claimed nor credited)
 * - a clause opened by "maybe" (also after so/and/but), a "maybe" before an auxiliary ("ACh maybe
 *   can't bind"), "could possibly" (or "could maybe"), "it's (also) possible …", a clause ending "i guess", and
 *   opposites joined by "or" ("bigger or smaller")
 * - correction: "X no wait Y", "X, I mean Y" (the clause before is taken back, Y stands); a
 *   sentence opened by "No wait,", "No, sorry,", "Oops,", "My bad,", "Scratch that," or "Never
 *   mind," takes back the last statement before it (a one-word slip, "out- sorry, IN", is read
 *   earlier, with the repair in its place: self-repair.ts)
 * - withdrawal: "or maybe", "or wait maybe", "or not" ending its clause, "or it might|may|could
 *   (not)", "but it might be 2 to 3 | the other way | low to high", "but maybe it's 2 to 3",
 *   "wait no", "the other way around", "but I might have it backwards|switched|wrong"
 * - a sentence that ends in a question mark.
 * - two outcomes offered ("could either … or …"), "in or out" under a "might", a clause-final "maybe"
 * - what the student used to think ("at first I thought X but …"), a mix-up owned at the start of
 *   a sentence ("Actually wait I think I have them mixed up, …"), "actually wait maybe"
 * - someone else's view the answer corrects ("Dev said X but …", "Maria says X, I say Y"), and what
 *   the student nearly said ("I was going to say X but …")
 * - a sentence opening with "Or" (another answer to the sentence before: both in doubt), and
 *   "Actually wait, maybe …" opening a sentence (the one before in doubt)
 * - "either" carries a trailing "idk" ("… and then it either swells or shrinks idk")
 * - a caveat set aside ("… could still depolarize it, but not this one"), a second thought ("…
 *   actually wait, I think …"), "not sure about any of this", ", I think," between commas
 * A doubt that stands alone as a short sentence ("Not sure.") withdraws the sentence before it too.
 * A doubt takes back its own statement, not a new one after ", and it …".
 *
 * A counterfactual set against the facts ("If sodium channels opened, sodium could flow in, but
 * the channels stay closed") withdraws its "if" part: the words before the "but".
 */

/**
 * Hedged token ranges: per sentence number, [lo, hi) (lo ≥ hi: nothing hedged in it), and a second
 * range [lo2, hi2) for a part taken back apart from the first: in "If the water was salty the cell
 * would shrink, but since its distilled it would be hypotonic … and maybe burst" (blind batch CN)
 * the supposition and the "maybe burst" are hedged, the statement between them is not. A third
 * disjoint part joins the ranges into one span.
 */
export interface Hedges {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly lo2: Int32Array;
  readonly hi2: Int32Array;
}

/** How far back (in words) a withdrawal looks for its doubt word and clause start. */
const LOOK_BACK = 60;

/**
 * Words that carry the doubt of a question ("I think it goes down too?") or of a trailing "idk".
 * "either" offers two outcomes: "… water would go into the cell... and then it either swells or
 * shrinks idk" doubts the outcomes, not what came before (blind batch AV).
 */
const DOUBT = new Set(['think', 'maybe', 'guess', 'probably', 'perhaps', 'might', 'possibly', 'either']);

/**
 * The hedged ranges being collected for one answer. A class rather than closures inside
 * {@link hedgedSentences}: closures made per answer cost an allocation (and, under tsx's
 * keepNames, a naming call) each every time an answer is read.
 */
class HedgeMarks {
  /** The ranges so far; undefined until something is hedged. */
  out: Hedges | undefined;
  /** Words per sentence, counted on first need. */
  private sentenceLength: Int32Array | undefined;

  constructor(private readonly tokens: readonly Token[]) {}

  markRange(sent: number, from: number, to: number): void {
    if (from >= to) return;
    let out = this.out;
    if (out === undefined) {
      const size = (this.tokens[this.tokens.length - 1]?.sent ?? 0) + 1;
      out = {
        lo: new Int32Array(size).fill(2 ** 30),
        hi: new Int32Array(size),
        lo2: new Int32Array(size).fill(2 ** 30),
        hi2: new Int32Array(size),
      };
      this.out = out;
    }
    const lo = out.lo[sent] as number;
    const hi = out.hi[sent] as number;
    // Empty, or touching the first range: widen it.
    if (lo >= hi || (from <= hi && to >= lo)) {
      out.lo[sent] = Math.min(from, lo);
      out.hi[sent] = Math.max(to, hi);
    } else {
      const lo2 = out.lo2[sent] as number;
      const hi2 = out.hi2[sent] as number;
      if (lo2 >= hi2 || (from <= hi2 && to >= lo2)) {
        out.lo2[sent] = Math.min(from, lo2);
        out.hi2[sent] = Math.max(to, hi2);
      } else {
        // A third part: one span over all of them (as before there were two ranges).
        out.lo[sent] = Math.min(from, lo, lo2);
        out.hi[sent] = Math.max(to, hi, hi2);
        out.lo2[sent] = 2 ** 30;
        out.hi2[sent] = 0;
      }
    }
    // The ranges may now touch: one span.
    const a = out.lo[sent] as number;
    const b = out.hi[sent] as number;
    const c = out.lo2[sent] as number;
    const d = out.hi2[sent] as number;
    if (c < d && c <= b && d >= a) {
      out.lo[sent] = Math.min(a, c);
      out.hi[sent] = Math.max(b, d);
      out.lo2[sent] = 2 ** 30;
      out.hi2[sent] = 0;
    }
  }

  /**
   * A withdrawal at token i takes back its sentence from the clause of the last doubt word before
   * it ("Na+ goes out, I think its 2 for 3 or maybe 3 for 2": only the ratio), or the whole
   * sentence when no doubt word comes first.
   */
  withdraw(sent: number, i: number): void {
    const tokens = this.tokens;
    // A doubt standing alone ("Not sure.", "idk") withdraws the statement just before it.
    // "I dont know why." owns up to a missing reason; it does not take the statement back.
    this.sentenceLength ??= lengths(tokens);
    if (sent > 0 && (this.sentenceLength[sent] as number) <= ALONE_MAX_WORDS && onlyDoubt(tokens, sent, i)) {
      // "… and maybe they bond at the end? not sure": when the sentence before already doubts an
      // item it added with "and", the short doubt goes with that item, not the whole sentence
      // ("X, but maybe Y. Not sure." still takes back X).
      const out = this.out;
      const lo = out === undefined ? -1 : (out.lo[sent - 1] as number);
      // So does an item the student already marked with its own "I think" ("Na+ gets pumped out and
      // K+ gets pumped in, I think its 3 to 2 or maybe 2 to 3? not sure."; blind batch DA).
      const added =
        out !== undefined &&
        lo < (out.hi[sent - 1] as number) &&
        (ADDS.has(tokens[lo]?.info.norm ?? '') ||
          ADDS.has(tokens[lo - 1]?.info.norm ?? '') ||
          (tokens[lo]?.info.norm === 'i' &&
            DOUBT.has(tokens[lo + 1]?.info.norm ?? '') &&
            tokens[lo - 1]?.sent === sent - 1 &&
            // A bare trailing tag ("Na+ goes in, I think? or maybe out, not sure"; blind batch EF)
            // adds no item: it doubts what came before it.
            tokens[lo + 2]?.sent === sent - 1));
      if (!added) this.markRange(sent - 1, 0, 2 ** 30);
    }
    let k = i;
    let doubt = -1;
    // Bounded look-back keeps hostile input ("or maybe" repeated) linear.
    while (k >= 0 && k > i - LOOK_BACK && (tokens[k] as Token).sent === sent) {
      if (DOUBT.has((tokens[k] as Token).info.norm)) {
        doubt = k;
        break;
      }
      k--;
    }
    // "… or maybe 2 for 3 I dont remember, and it needs ATP": the doubt takes back its own
    // statement; a new one after ", and it …" is not part of it.
    const to = freshStatementAfter(tokens, i);
    // "I think the gradients might run down but maybe the channels keep them up, idk" (blind batch
    // CG): a "but maybe" sets a second guess against the first, and the doubt takes back both, as
    // "X but maybe Y?" does.
    const first = tokens[doubt - 2];
    if (tokens[doubt - 1]?.info.norm === 'but' && first !== undefined && first.sent === sent) {
      let from = doubt - 2;
      while (from > 0 && (tokens[from - 1] as Token).clause === first.clause) from--;
      this.markRange(sent, from, to);
      return;
    }
    if (doubt < 0) {
      // "ACh can't bind so the Na+ channels stay closed, or actually maybe they still open a little"
      // (stored batch BN): the other guess, said of a pronoun, answers the result after "so"; the
      // reason before it stands.
      this.markRange(sent, resultStart(tokens, sent, i), to);
      return;
    }
    let from = doubt;
    const before = tokens[doubt - 1];
    const after = tokens[doubt + 1];
    if (
      (tokens[doubt] as Token).info.norm === 'think' &&
      before?.info.norm === 'i' &&
      before.sent === sent &&
      after !== undefined &&
      after.clause === (tokens[doubt] as Token).clause &&
      !TAG_ENDS.has(after.info.norm)
    ) {
      // "… linked with peptide bonds i think theres also start and stop codons but idk": in a
      // run-on, an "I think" that goes on into a statement starts what the doubt takes back; what
      // came before stands. A trailing "… hypotonic I think or maybe …" tags the words before it.
      from = doubt - 1;
    } else if (closingGuessInRunOn(tokens, doubt)) {
      // "… and the example for passive is diffusion and active is like endocytosis i guess" (blind
      // batch DE): closing a run-on of three or more "and" items, "i guess" doubts its own item.
      from = segmentStart(tokens, doubt);
    } else {
      const clause = (tokens[doubt] as Token).clause;
      while (from > 0 && from > doubt - LOOK_BACK && (tokens[from - 1] as Token).clause === clause) from--;
      // "Active transport might need ATP, I think, or it could use energy from somewhere else":
      // an "I think" set off by commas is about the clause before it (blind batch AZ).
      const prev = tokens[from - 1];
      if (
        (tokens[doubt] as Token).info.norm === 'think' &&
        from === doubt - 1 &&
        after !== undefined &&
        after.clause !== clause &&
        prev !== undefined &&
        prev.sent === sent
      ) {
        const prevClause = prev.clause;
        from--;
        while (from > 0 && from > doubt - LOOK_BACK && (tokens[from - 1] as Token).clause === prevClause)
          from--;
      }
    }
    this.markRange(sent, from, to);
  }

  /** True when something in sentence `sent` is already taken back. */
  doubts(sent: number): boolean {
    const out = this.out;
    return (
      out !== undefined &&
      ((out.lo[sent] as number) < (out.hi[sent] as number) ||
        (out.lo2[sent] as number) < (out.hi2[sent] as number))
    );
  }

  /**
   * Marks the counts (digits or small number words) of sentence `sent` up to token `last`; false
   * when it has none (nothing marked).
   */
  markNumbers(sent: number, last: number): boolean {
    const tokens = this.tokens;
    let any = false;
    for (let k = last; k >= 0 && (tokens[k] as Token).sent === sent; k--)
      if (isNumber(tokens[k])) {
        this.markRange(sent, k, k + 1);
        any = true;
      }
    return any;
  }

  /**
   * A question is doubted from the segment of its first doubt word on (all of it without one).
   * An opening "I think" only introduces a run-on; when a doubt word later adds an item with
   * "and" ("i think the mrna goes to a ribosome … and maybe they bond at the end?"), the question
   * mark doubts that item. "X but maybe Y?" still doubts X: "but" qualifies what came before.
   */
  question(sent: number, last: number, thoughtStart = 0): void {
    const tokens = this.tokens;
    let k = last;
    let doubt = -1;
    let added = -1;
    while (k >= 0 && (tokens[k] as Token).sent === sent) {
      if (DOUBT.has((tokens[k] as Token).info.norm)) {
        doubt = k;
        const before = tokens[k - 1]?.info.norm;
        // "I think the pump moves sodium out and potassium in, maybe 2 to 3? or 3 to 2 idk": a
        // doubt word opening a clause after a comma adds an item too (blind batch AW).
        const opensItem =
          before === 'and' ||
          before === 'then' ||
          (tokens[k - 1] as Token | undefined)?.clause !== (tokens[k] as Token).clause ||
          butOpensDoubt(tokens, k);
        if (added < 0 && opensItem && tokens[k - 1]?.sent === sent) added = k;
      }
      k--;
    }
    if (doubt >= 0 && added > doubt && (tokens[doubt] as Token).info.norm === 'think') doubt = added;
    if (doubt < 0) {
      this.markRange(sent, thoughtStart, 2 ** 30);
      return;
    }
    const seg = (tokens[doubt] as Token).seg;
    let from = doubt;
    while (from > 0 && (tokens[from - 1] as Token).seg === seg) from--;
    // "It's 3 and 2 I think?" (blind batch DT): "and" between two numbers joins one item (a
    // ratio), so the doubt takes in the number before it too (the segment may begin at that "and").
    // Between statements it still parts them: "Active needs ATP and goes low to high I think?"
    // doubts only the direction (stored CX).
    const first = tokens[from]?.info.norm === 'and' ? from + 1 : from;
    const joined = first === from ? from - 1 : from;
    if (isNumber(tokens[first]) && tokens[joined]?.info.norm === 'and' && isNumber(tokens[joined - 1]))
      from = joined - 1;
    // "passive no energy high to low active energy low to high i think proteins are only in active
    // transport not passive?" (blind batch DF): an "i think" in the middle of a run-on opens the
    // statement the question mark doubts; what came before it stands.
    if (
      (tokens[doubt] as Token).info.norm === 'think' &&
      tokens[doubt - 1]?.info.norm === 'i' &&
      doubt - 1 - from >= RUN_ON_BEFORE_THINK &&
      // It goes on into a statement: not a trailing tag ("active is the one with ATP i think??").
      tokens[doubt + 1]?.sent === sent &&
      (tokens[doubt + 2] as Token | undefined)?.sent === sent &&
      !TAG_ENDS.has((tokens[doubt + 1] as Token).info.norm)
    )
      from = doubt - 1;
    // "Na+ goes in, I think? or maybe out" (blind batch EF): a bare "I think" tag standing apart after
    // a comma doubts the clause before it, as "Na+ goes in I think?" does.
    if (
      (tokens[doubt] as Token).info.norm === 'think' &&
      tokens[doubt - 1]?.info.norm === 'i' &&
      from === doubt - 1 &&
      tokens[doubt + 1]?.sent !== sent &&
      from > 0 &&
      tokens[from - 1]?.sent === sent
    ) {
      const clause = (tokens[from - 1] as Token).clause;
      while (
        from > 0 &&
        (tokens[from - 1] as Token).sent === sent &&
        (tokens[from - 1] as Token).clause === clause
      )
        from--;
    }
    this.markRange(sent, from, 2 ** 30);
  }
}

/**
 * What the sentence starting at token k says about the question before it: "confirmed" when it
 * opens with a yes and a "sure" ("yes pretty sure …"), "numbers" when it is a doubt about the
 * numbers ("not sure about the numbers", "not 100% sure on the ratio"), "" otherwise.
 */
function questionAnswered(tokens: readonly Token[], k: number): '' | 'confirmed' | 'numbers' {
  const first = tokens[k];
  if (first === undefined) return '';
  const sent = first.sent;
  const w0 = first.info.norm;
  if (YES.has(w0)) {
    let j = k + 1;
    while (SURE_LEADS.has(normAt(tokens, j, sent))) j++;
    return normAt(tokens, j, sent) === 'sure' ? 'confirmed' : '';
  }
  let j = k;
  while (
    normAt(tokens, j, sent) === 'i' ||
    normAt(tokens, j, sent) === 'im' ||
    normAt(tokens, j, sent) === 'am'
  )
    j++;
  if (normAt(tokens, j, sent) !== 'not') return '';
  j++;
  if (normAt(tokens, j, sent) === '100') j++;
  if (normAt(tokens, j, sent) !== 'sure') return '';
  j++;
  const prep = normAt(tokens, j, sent);
  if (prep !== 'about' && prep !== 'on' && prep !== 'of') return '';
  j++;
  if (normAt(tokens, j, sent) === 'the') j++;
  if (normAt(tokens, j, sent) === 'exact') j++;
  if (!NUMBER_TOPICS.has(normAt(tokens, j, sent))) return '';
  // Only a doubt that ends there: "not sure about the numbers, or which way they go" doubts more.
  return normAt(tokens, j + 1, sent) === '' ? 'numbers' : '';
}
const YES = new Set(['yes', 'yeah', 'yep', 'yup']);
/** Words between a yes and its "sure" ("yes pretty sure", "yeah im sure"). */
const SURE_LEADS = new Set(['pretty', 'im', 'i', 'am', 'very', 'really', 'quite']);
/** What a doubt about the counts names. */
const NUMBER_TOPICS = new Set([
  'numbers',
  'number',
  'ratio',
  'ratios',
  'amounts',
  'amount',
  'counts',
  'count',
]);

/** True when "pretty sure" stands earlier in token i's sentence, just before the "but" that precedes i. */
function prettySureBefore(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  if (tokens[i - 1]?.info.norm !== 'but') return false;
  for (let k = i - 2; k > 0 && (tokens[k] as Token).sent === sent; k--)
    if ((tokens[k] as Token).info.norm === 'sure' && (tokens[k - 1] as Token).info.norm === 'pretty')
      return true;
  return false;
}

/** True when token i's sentence gives two counts and no direction: a ratio alone ("… 3 K for every 2 Na"). */
function countsOnly(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  let counts = 0;
  for (let k = i; k < tokens.length && (tokens[k] as Token).sent === sent; k++) {
    const w = (tokens[k] as Token).info.norm;
    if (DIRECTION_WORDS.has(w)) return false;
    if (isNumber(tokens[k])) counts++;
  }
  return counts >= 2;
}
const DIRECTION_WORDS = new Set([
  'in',
  'out',
  'into',
  'inside',
  'outside',
  'enter',
  'enters',
  'leave',
  'leaves',
  'exit',
  'exits',
]);

/**
 * The start of the clause holding the first count of the sentence before token i's (0 when it has
 * none). Found from token i backwards, so each correction walks only the sentence it corrects.
 */
function countsClauseStart(tokens: readonly Token[], i: number): number {
  const sent = (tokens[i] as Token).sent - 1;
  let k = i;
  while (k > 0 && (tokens[k - 1] as Token).sent > sent) k--;
  while (k > 0 && (tokens[k - 1] as Token).sent === sent) k--;
  for (; k < tokens.length && (tokens[k] as Token).sent === sent; k++) {
    if (!isNumber(tokens[k])) continue;
    const clause = (tokens[k] as Token).clause;
    while (k > 0 && (tokens[k - 1] as Token).clause === clause && (tokens[k - 1] as Token).sent === sent) k--;
    return k;
  }
  return 0;
}

/** True for a count written as digits or as a small number word ("3", "three"). */
function isNumber(t: Token | undefined): boolean {
  return t !== undefined && NUMBER_WORDS.has(t.info.norm);
}
const NUMBER_WORDS = new Set(['1', '2', '3', '4', 'one', 'two', 'three', 'four']);

/**
 * True when the doubt word at token k stands in a clause opened by "but" at most BUT_REACH words
 * before it: "i think the pump moves sodium out and potassium in but im not 100% sure on the ratio
 * maybe 2 to 3??" (blind batch DK) doubts what follows the "but", not the opening "i think" statement.
 * Only the first doubt word of that clause.
 */
function butOpensDoubt(tokens: readonly Token[], k: number): boolean {
  const clause = (tokens[k] as Token).clause;
  for (let j = k - 1; j >= 0 && j >= k - BUT_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.clause !== clause) return false;
    // Not "but maybe" itself: "I think the resting potential would get less negative but maybe it
    // just stays the same??" (blind batch EB) offers another answer to the same question, and the
    // question mark doubts both.
    if (t.info.norm === 'but') return j < k - 1;
    // Not a later doubt in the same "but" clause: "… but I think sodium might go out and
    // potassium might go in?" (stored batch AF) doubts from its first one.
    if (DOUBT.has(t.info.norm)) return false;
  }
  return false;
}

/** How far back {@link butOpensDoubt} looks (bounded, so a question's scan stays linear). */
const BUT_REACH = 10;

/** True when a ")" follows character `end` (spaces allowed) and a "(" stands before it. */
function closesBracket(text: string, end: number): boolean {
  let k = end;
  while (text[k] === ' ') k++;
  return text[k] === ')' && text.lastIndexOf('(', end) >= 0;
}

/**
 * The index of the token of token i's sentence, at most a few words on, that a ")" closes ("… mix
 * them up) so …"), or -1.
 */
function bracketCloseAfter(tokens: readonly Token[], text: string, i: number): number {
  const sent = (tokens[i] as Token).sent;
  for (let k = i; k < tokens.length && k <= i + 4 && (tokens[k] as Token).sent === sent; k++)
    if (closesBracket(text, (tokens[k] as Token).end)) return k;
  return -1;
}

/** The first token of the clause that the bracket holding token i follows (i itself without one). */
function clauseBeforeBracket(
  tokens: readonly Token[],
  text: string,
  i: number,
  clauses: ClauseBounds,
): number {
  const open = text.lastIndexOf('(', (tokens[i] as Token).start);
  let k = i;
  while (
    k > 0 &&
    (tokens[k - 1] as Token).sent === (tokens[i] as Token).sent &&
    (tokens[k - 1] as Token).start > open
  )
    k--;
  return k > 0 && (tokens[k - 1] as Token).sent === (tokens[i] as Token).sent ? clauses.start(k - 1) : k;
}

/**
 * The token that closes the bracket holding token i (within {@link bracketCloseAfter}'s reach) when
 * the sentence goes on after it; -1 when there is none or the bracket ends the sentence.
 */
function midSentenceBracketClose(tokens: readonly Token[], text: string, i: number): number {
  const close = bracketCloseAfter(tokens, text, i);
  return close >= 0 && tokens[close + 1]?.sent === (tokens[close] as Token).sent ? close : -1;
}

/** Words a run-on must have before a mid-sentence "i think" for the question to start there. */
const RUN_ON_BEFORE_THINK = 6;

/**
 * Clause bounds, each clause's found once per answer: rules that mark a whole clause may fire many
 * times inside one long clause ("… in or out … in or out …"), and scanning it each time would make
 * grading quadratic in the answer's length.
 */
class ClauseBounds {
  /** Made on first use: most answers never ask. */
  private found: Map<number, [number, number]> | undefined;

  constructor(private readonly tokens: readonly Token[]) {}

  /** First token index of token i's clause. */
  start(i: number): number {
    return this.bounds(i)[0];
  }

  /** Token index just past token i's clause. */
  end(i: number): number {
    return this.bounds(i)[1];
  }

  private bounds(i: number): [number, number] {
    const clause = (this.tokens[i] as Token).clause;
    this.found ??= new Map();
    let b = this.found.get(clause);
    if (b === undefined) {
      b = [clauseStart(this.tokens, i), clauseEnd(this.tokens, i)];
      this.found.set(clause, b);
    }
    return b;
  }
}

/** False only in the guard test: every token then runs the whole rule chain. */
let chainSkip = true;

/**
 * Test hook: turns the CHAIN_WORDS shortcut off (false) or on. The guard test reads every stored
 * answer both ways; a difference means a rule keyed on a word missing from CHAIN_WORDS, which the
 * shortcut would silently never run.
 */
export function setHedgeChainSkip(on: boolean): void {
  chainSkip = on;
}

/**
 * The hedged ranges of an answer; undefined when nothing in it is hedged. With `supposed` (the
 * prompt asks about a supposed case), second conditionals are not marked.
 */
export function hedgedSentences(
  tokens: readonly Token[],
  text: string,
  supposed = false,
): Hedges | undefined {
  const marks = new HedgeMarks(tokens);
  const clauses = new ClauseBounds(tokens);
  const n = tokens.length;
  let ifSent = -1;
  /** The first token of the sentence that opens with "if". */
  let ifFrom = 0;
  /** Sentences before this one are already all taken back by a "not sure about any of this" (linear time). */
  let doubtedAllTo = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const w = t.info.norm;
    // A table row's label standing alone names the row; it claims nothing (tokenize.ts).
    if (t.unclaimed) marks.markRange(t.sent, i, i + 1);
    if (i === 0 || (tokens[i - 1] as Token).sent !== t.sent) {
      ifSent = w === 'if' ? t.sent : -1;
      ifFrom = i;
    }
    // "If X happened, Y could flow in, but Z stays closed": the "but" turns back to the facts and
    // takes back the supposition. Not "…, but it couldn't do active transport": a "but" that goes
    // on about the same subject in could/would is still inside the thought experiment. Nor a plain
    // statement of what follows from the case asked about: "If the switch is jammed (ouabain), Na+
    // rolls in and K+ rolls out through the leak channels - but no one switches them back" (blind
    // batch EV) has no modal before its "but": nothing was imagined.
    else if (
      ifSent === t.sent &&
      (w === 'but' || w === 'however') &&
      !goesOnSupposing(tokens, i) &&
      modalBetween(tokens, ifFrom, i, true)
    )
      marks.markRange(t.sent, 0, i);
    const next = tokens[i + 1];
    const sameSent = next !== undefined && next.sent === t.sent;
    const w1 = sameSent ? next.info.norm : '';
    // A question: the sentence's last word is followed (after spaces) by "?".
    if (!sameSent && questionAfter(text, t.end)) {
      const after = questionAnswered(tokens, i + 1);
      // "I think its 3 Na+ out and 2 K+ in? yes pretty sure its 3:2." (stored batch N): the student
      // answers their own question; nothing is in doubt.
      if (after === 'confirmed') {
        // nothing taken back
      }
      // "I think it pumps 2 Na+ out and 3 K+ in? not sure about the numbers." (blind batch DZ): the
      // doubt that follows names what the question mark was about; the rest stands.
      // Only a question with counts in it: "It probably uses ATP? Im not sure about the ratio."
      // (stored batch B) doubts the ATP.
      else if (after === 'numbers' && marks.markNumbers(t.sent, i)) {
        // only the counts taken back
      } else marks.question(t.sent, i, afterLastEllipsis(tokens, text, i));
    }
    // Every rule below starts from a word of CHAIN_WORDS: the other words (most of them) skip the
    // chain after one look-up.
    if (chainSkip && !CHAIN_WORDS.has(w)) continue;
    // "… active does idk the rest": a doubt that names another topic leaves what came before.
    // So does one that asks its own question: "gradients die out over time idk what happens to the
    // voltage tho" (blind batch BK).
    // The doubt's topic ends at a "but" that goes on to a claim: "idk the details but both are
    // ions going thru channels … so its passive" (blind batch CW).
    // So does "idk if <another claim>": "no sodium goes in the cell but idk if it still depolarizes a
    // little or not" (blind batch FD) doubts the little depolarization, not the sodium; "idk if thats
    // right" looks back.
    if (w === 'idk' && (IDK_OTHER_TOPIC.has(w1) || idkIfOwnQuestion(tokens, i)))
      marks.markRange(t.sent, i, nextBut(tokens, i));
    // "idk exactly but i think the toxin means the ACh cant bind" (blind batch AZ): the student
    // goes on to commit to an answer; the doubt is about the details.
    else if (w === 'idk' && w1 === 'exactly' && nextNorm(tokens, i + 1, t.sent) === 'but') {
      // nothing taken back
    }
    // "depol - either Na+ or K+ goes in idk which, inside gets more positive" (blind batch DI): an
    // "idk which" that ends its clause before more of the sentence looks back at the choice in its
    // own clause only, as "i forget which" does.
    else if (w === 'idk' && whichEndsClause(tokens, i + 1) && tokens[clauses.end(i + 1)]?.sent === t.sent)
      marks.markRange(t.sent, clauses.start(i), i + 1);
    // "everybody crowds in (sodium? or is it potassium, idk) so the inside gets more positive"
    // (blind batch DL): a doubt closing a bracket takes back the bracket, not what follows it.
    else if ((w === 'unsure' || w === 'idk') && closesBracket(text, t.end)) {
      const open = text.lastIndexOf('(', t.start);
      let from = i;
      while (
        from > 0 &&
        (tokens[from - 1] as Token).sent === t.sent &&
        (tokens[from - 1] as Token).start > open
      )
        from--;
      marks.markRange(t.sent, from, i + 1);
    } else if (w === 'unsure' || w === 'idk') {
      // "na+ out k+ in 3:2 uses atp bc its active transport... smth about charge making inside neg
      // idk" (blind batch DA): after a trailing "...", a closing "idk" doubts the thought after
      // the pause, not the statements before it.
      const from = pauseBefore(tokens, text, i);
      // "ratio is 3 Na to 2 K... or is it 2 Na to 3 K, idk" (blind batch EA): a thought after the pause
      // that opens with "or" offers another answer to the one before it, and the doubt takes both.
      if (from > 0 && tokens[from]?.info.norm === 'or' && tokens[from + 1]?.info.norm === 'is')
        marks.markRange(t.sent, clauses.start(from - 1), 2 ** 30);
      else if (from > 0) marks.markRange(t.sent, from, 2 ** 30);
      else marks.withdraw(t.sent, i);
    }
    // "They might go with or against the gradient, it depends." (blind batch BK): "it depends"
    // with nothing it depends on is a doubt, as "idk" is; "it depends on the gradient" is a claim.
    else if (
      w === 'depends' &&
      tokens[i - 1]?.info.norm === 'it' &&
      tokens[i - 1]?.sent === t.sent &&
      w1 !== 'on' &&
      w1 !== 'upon'
    )
      marks.withdraw(t.sent, i);
    // "I think its 3 to 2 but it might be 2 to 3 i forget" (blind batch AU): "i forget" is "idk".
    // Ending its clause before more of the sentence, it takes back that clause only: "sodium goes
    // either in or out i forget, potassium goes the opposite way, and it uses ATP" (blind batch AX).
    else if (
      (w === 'forget' || w === 'forgot') &&
      tokens[i - 1]?.info.norm === 'i' &&
      tokens[i - 1]?.sent === t.sent
    ) {
      if (!sameSent || w1 === 'i' || w1 === 'lol' || w1 === 'tho' || whichEndsClause(tokens, i + 1))
        marks.withdraw(t.sent, i);
      else if (next.clause !== t.clause && w1 !== 'which') marks.markRange(t.sent, clauses.start(i), i + 1);
    }
    // "the neuron might stop firing i guess": the guess takes back its clause.
    else if (w === 'guess' && tokens[i - 1]?.info.norm === 'i' && tokens[i - 1]?.sent === t.sent)
      marks.withdraw(t.sent, i);
    // "… perhaps potassium leaves but I could be mixing them up": owning up to a likely mix-up
    // takes back its clause like "I guess".
    else if (
      (w === 'could' || w === 'might' || w === 'may') &&
      tokens[i - 1]?.info.norm === 'i' &&
      tokens[i - 1]?.sent === t.sent &&
      w1 === 'be' &&
      MIXED_UP.has(nextNorm(tokens, i + 1, t.sent))
    )
      marks.withdraw(t.sent, i);
    // "The ratio is 3 Na to 2 K but I might have it backwards" (blind batch BM): the same owning up.
    else if (
      (w === 'could' || w === 'might' || w === 'may') &&
      tokens[i - 1]?.info.norm === 'i' &&
      tokens[i - 1]?.sent === t.sent &&
      (w1 === 'have' || w1 === 'got') &&
      hasItBackwards(tokens, i + 2, t.sent)
    )
      // From the "I": this "might" owns up to the statement before; it is not a doubt in its own clause.
      marks.withdraw(t.sent, i - 1);
    // "The pump moves 3 K+ out and 2 Na+ in- wait no, I got that backwards. It's 3 Na+ OUT …"
    // (blind batch BV): owning up without a doubt word ("I got|had|have it backwards") takes back
    // all the sentence said before it; opening its sentence, it takes back the sentence before.
    else if (
      OWNED_UP.has(w) &&
      tokens[i - 1]?.info.norm === 'i' &&
      tokens[i - 1]?.sent === t.sent &&
      hasItBackwards(tokens, i + 1, t.sent) &&
      ownsUpNow(tokens, i)
    ) {
      if (onlyLinkersBefore(tokens, i - 1) && t.sent > 0) marks.markRange(t.sent - 1, 0, 2 ** 30);
      // The owning-up words go too: "backwards" is said of the slip, not of the answer.
      const wrong = HAVE_OBJECTS.has(normAt(tokens, i + 1, t.sent)) ? i + 2 : i + 1;
      marks.markRange(t.sent, 0, wrong + 1);
    }
    // "… Actually wait I think I have them mixed up, depolarization is K+ leaving …": owning up to
    // a mix-up at the start of a sentence takes back the sentence before; what follows stands.
    else if (w === 'mixed' && mixUpOpensSentence(tokens, i)) {
      if (t.sent > 0) marks.markRange(t.sent - 1, 0, 2 ** 30);
      marks.markRange(t.sent, clauses.start(i), clauses.end(i));
    }
    // "The RBC will crenate? I always mix up crenate and lyse." (blind batch DX): a sentence that
    // says the student confuses two terms names them without claiming either, and takes back the
    // question it follows.
    // In a bracket it takes back the bracket only: "The water is hypotonic (or hypertonic? I always
    // mix them up) so water moves into the cell" (blind batch DZ) goes on after the ")".
    else if ((w === 'mix' || w === 'confuse') && confusingSubject(tokens, i) >= 0) {
      const close = bracketCloseAfter(tokens, text, i);
      marks.markRange(t.sent, 0, close >= 0 ? close + 1 : 2 ** 30);
      const before = tokens[confusingSubject(tokens, i) - 1];
      if (before !== undefined && questionAfter(text, before.end)) {
        const open = close >= 0 ? text.lastIndexOf('(', before.end) : -1;
        let from = 0;
        if (open >= 0)
          for (let k = confusingSubject(tokens, i) - 1; k >= 0 && (tokens[k] as Token).start > open; k--)
            if ((tokens[k] as Token).sent === before.sent) from = k;
        marks.markRange(before.sent, from, 2 ** 30);
      }
    }
    // A view the answer then corrects is taken back up to the correction:
    // - "At first I thought the Na+ channels stay closed but actually the toxin opens them";
    // - "I was going to say it uses ATP but actually …", "I wanted to say …, but" (blind batch AV);
    // - "Dev said Na+ goes out during depol but we checked notes and its IN", and "Maria says it
    //   shrinks, I say it swells" up to the student's own claim (blind batch AT, pairs). What a
    //   source said with no correction ("like the Amoeba Sisters said, …") stands.
    else if (
      (w === 'thought' && tokens[i - 1]?.info.norm === 'i' && tokens[i - 1]?.sent === t.sent) ||
      (w === 'say' && nearlySaid(tokens, i)) ||
      (SAY_VERBS.has(w) && saidBySomeone(tokens, i))
    ) {
      const but = nextBut(tokens, i, THOUGHT_REACH);
      const end = SAY_VERBS.has(w) ? Math.min(but, ownCounterClaim(tokens, i)) : but;
      if (end < n && (tokens[end] as Token).sent === t.sent) marks.markRange(t.sent, clauses.start(i), end);
    }
    // "It could either not depolarize or depolarize less": two outcomes offered, neither claimed.
    else if (w === 'either' && MODALS.has(tokens[i - 1]?.info.norm ?? '') && tokens[i - 1]?.sent === t.sent) {
      const or = orAfter(tokens, i);
      if (or > 0) marks.markRange(t.sent, clauses.start(i), clauses.end(or));
    }
    // "They differ in whether they need energy, …": a question put, not an answer given.
    // Up to a "but" that turns back to a statement: "… whether it actually lyses depends on how long
    // it's left in, but RBCs have no cell wall" (blind batch AY).
    // Likewise "but it's also possible some Na+ still gets in … so it might depolarize a bit"
    // (blind batch BH): a possibility offered, with what follows from it.
    // "They are different in if they need energy" (blind batch CD): an "if" after a preposition is
    // "whether".
    else if (
      w === 'whether' ||
      (w === 'if' && embeddedIf(tokens, i)) ||
      (w === 'possible' && itIsBefore(tokens, i) && (w1 === 'that' || next?.clause === t.clause))
    ) {
      const but = nextBut(tokens, i, THOUGHT_REACH);
      const to = but < n && (tokens[but] as Token).sent === t.sent ? but : 2 ** 30;
      // "(a) whether each needs an input of energy from the cell - passive does not …" (blind
      // batch BP): a question copied as a heading, then a dash or colon and the answer to it.
      marks.markRange(
        t.sent,
        i,
        w === 'whether' && partMarkerBefore(tokens, i)
          ? Math.min(to, answerAfterHeading(tokens, text, i, to))
          : to,
      );
    }
    // "maybe water goes in." — a sentence that opens with its doubt states nothing; so does a
    // clause ("The pump is blocked, so maybe the neuron cant fire").
    else if ((w === 'maybe' || w === 'perhaps') && startsSentence(tokens, i))
      marks.markRange(t.sent, 0, 2 ** 30);
    // "Depolarization I think is sodium going in, maybe potassium though, Im not sure" (blind
    // batch BU): another ion offered after a comma is "or maybe potassium"; the choice is withdrawn.
    else if (w === 'maybe' && commaBefore(text, tokens, i) && maybeOtherIon(tokens, i))
      marks.withdraw(t.sent, i - 1);
    // "Passive transport I think doesn't need energy but maybe it does a little, I'm not sure" (blind
    // batch BX): "but maybe" with only a pronoun and an auxiliary after it echoes the claim before
    // with the other polarity; the claim is doubted, as "or maybe it does" doubts it.
    else if (
      (w === 'maybe' || w === 'perhaps') &&
      tokens[i - 1]?.info.norm === 'but' &&
      tokens[i - 1]?.sent === t.sent &&
      echoesClaim(tokens, i + 1)
    )
      marks.withdraw(t.sent, i - 1);
    // A bare "but maybe not (always)" takes back the claim before it: "active transport needs energy
    // but maybe not always?" (blind batch DR), "the gradients might get smaller but probably not
    // enough to matter" (stored batch CF). What it says after ("not enough to matter") stands.
    else if (
      (w === 'maybe' || w === 'perhaps' || w === 'probably') &&
      tokens[i - 1]?.info.norm === 'but' &&
      tokens[i - 2]?.sent === t.sent &&
      bareNot(tokens, i + 1)
    )
      marks.markRange(t.sent, clauses.start(i - 2), i - 1);
    // "the resting potential would get less negative, maybe?" (blind batch DR): a doubt that is
    // its whole clause and ends the sentence tags the clause before it. (Not ", maybe because it
    // is hypotonic, …": there it opens the reason after it.)
    else if (
      (w === 'maybe' || w === 'perhaps') &&
      clauses.start(i) === i &&
      (next === undefined || next.sent !== t.sent) &&
      tokens[i - 1]?.sent === t.sent
    )
      marks.markRange(t.sent, clauses.start(i - 1), i + 1);
    else if ((w === 'maybe' || w === 'perhaps') && (opensClause(tokens, i) || endsIfPart(tokens, i, clauses)))
      marks.markRange(t.sent, i, clauseEnd(tokens, i));
    // "because ACh maybe can't bind" (blind batch BH): a "maybe" between a subject and its
    // auxiliary doubts the whole clause.
    // So does "possibly" after a modal: "The membrane potential could possibly stay at resting",
    // and "maybe" there: "the gradients could maybe run down" (blind batch EL).
    // So does one before "still" and its verb: "The neuron maybe still fire because the channel is
    // open" (blind batch EV, an English learner).
    else if (
      ((w === 'maybe' || w === 'perhaps') && (AUXILIARIES.has(w1) || w1 === 'still')) ||
      ((w === 'possibly' || w === 'maybe' || w === 'perhaps') &&
        MODALS.has(tokens[i - 1]?.info.norm ?? '') &&
        tokens[i - 1]?.clause === t.clause)
    )
      marks.markRange(t.sent, clauses.start(i), clauses.end(i));
    // "The resting potential gets less negative. Or maybe it doesn't change, not sure.", "idk
    // maybe it gets more negative? or it doesnt change.": a sentence that opens with "or" offers
    // another answer to the one before; neither is claimed (blind batch AW). Not "Or rather …",
    // which corrects the sentence before and stands itself.
    else if (
      w === 'or' &&
      startsSentence(tokens, i) &&
      t.sent > 0 &&
      w1 !== 'rather' &&
      w1 !== 'in' &&
      // A real sentence end or a new line before it: "(facilitated diff.) or just thru bilayer"
      // goes on from an abbreviation.
      /[.!?]\s*$|\n/.test(text.slice((tokens[i - 1] as Token).end, t.start))
    ) {
      // After a question ("maybe 2 to 3? or 3 to 2 idk") the question already says what it doubts.
      if (!questionAfter(text, (tokens[i - 1] as Token).end)) marks.markRange(t.sent - 1, 0, 2 ** 30);
      marks.markRange(t.sent, 0, 2 ** 30);
    }
    // "Could be hypotonic." (blind batch EF): a sentence that opens with "could be"/"might be" and no
    // subject offers a guess; its clause is no claim.
    else if ((w === 'could' || w === 'might') && w1 === 'be' && startsSentence(tokens, i))
      marks.markRange(t.sent, i, clauses.end(i));
    // "The cell might burst maybe.": a doubt tagged on at the end of its clause takes the clause back.
    else if (
      (w === 'maybe' || w === 'perhaps') &&
      (next === undefined || next.clause !== t.clause) &&
      i > 0 &&
      tokens[i - 1]?.sent === t.sent
    )
      marks.markRange(t.sent, clauses.start(i), i + 1);
    // "there are 3 kinds: hypotonic, hypertonic, and isotonic" (stored batches AW, BP, C, M, O; blind
    // batch BU): the whole set listed names the kinds and claims none of them.
    else if (TONICITIES.has(w) && wholeSetListed(tokens, i) > 0) {
      const end = wholeSetListed(tokens, i);
      marks.markRange(t.sent, i, end + 1);
      i = end;
    }
    // "Hypotonic means less solute, hypertonic means more solute" (stored batches AA, AT, BC, Z; blind
    // batch BW): a tonicity that opens its clause to be defined is named, not said of the water.
    else if (TONICITIES.has(w) && clauses.start(i) === i && isDefined(tokens, i))
      marks.markRange(t.sent, i, i + 1);
    // "idk tbh. something about atp", "something with sodium and potassium" (blind batch BZ): a
    // topic named as "something about / with / to do with" it is pointed at, not stated.
    else if (w === 'something' && vagueAbout(tokens, i, t.sent)) marks.markRange(t.sent, i, clauses.end(i));
    // "The cell might get bigger or smaller": both ways at once says neither.
    else if (
      w === 'or' &&
      OPPOSITE.get(tokens[i - 1]?.info.norm ?? '')?.has(w1) === true &&
      tokens[i - 1]?.sent === t.sent
    )
      // Both ends, even set apart by commas ("Active uses ATP and moves against, or with, the
      // gradient": from the first end on, so the ATP before it stands).
      marks.markRange(
        t.sent,
        (tokens[i - 1] as Token).clause === t.clause ? clauses.start(i) : i - 1,
        clauses.end(i + 1),
      );
    // "Water might go in or out": both directions under a "might" say neither. Without one, "in or
    // out of the cell" is simply across ("transport of things in or out of the cell").
    else if (
      w === 'or' &&
      (tokens[i - 1]?.info === EITHER_WAY ||
        (tokens[i - 1]?.info.norm === 'in' && w1 === 'out') ||
        (tokens[i - 1]?.info.norm === 'out' && w1 === 'in')) &&
      tokens[i - 1]?.sent === t.sent &&
      modalBefore(tokens, i)
    )
      marks.markRange(t.sent, clauses.start(i), clauses.end(i));
    else if (w === 'not' && (w1 === 'think' || w1 === 'believe') && tokens[i - 1]?.info.norm === 'do') {
      // "I dont think the toxin would stop sodium": the student denies what follows, so it states
      // nothing either way (readers credit neither it nor its opposite).
      marks.markRange(t.sent, i - 1, 2 ** 30);
    } else if (
      w === 'not' &&
      (w1 === 'true' || (w1 === 'the' && nextNorm(tokens, i + 1, t.sent) === 'case'))
    ) {
      // "It is not true that the membrane stays at rest": what follows is denied, not claimed.
      // "It's not true that the channels will open — they won't, since ACh can't latch on": a
      // spaced dash ends the denied claim; what follows is the student's own (blind batch AY).
      marks.markRange(t.sent, i, dashAfter(tokens, text, i));
    } else if (w === 'not' && w1 === 'that' && itIsBefore(tokens, i)) {
      // "It is not that ACh can't bind, the toxin just slows the ACh down" (blind batch EV): the claim
      // after "it is not that" is denied, as after "not true that"; what follows its clause stands.
      // Its short subject stays, so a later "it" still finds it: "It's not that ACh isn't released,
      // it is. The problem is it can't bind" (stored batch BO).
      const end = clauses.end(i + 1);
      const verb = firstAuxiliary(tokens, i + 2, Math.min(end, i + 5));
      if (verb > i + 2) {
        marks.markRange(t.sent, i, i + 2);
        marks.markRange(t.sent, verb, end);
      } else marks.markRange(t.sent, i, end);
    } else if (w === 'not') {
      let w2 = w1 === 'really' || w1 === 'quite' || w1 === 'totally' ? nextNorm(tokens, i + 1, t.sent) : w1;
      /** Where w2 stands. */
      let at = w2 === w1 ? i + 1 : i + 2;
      // "Potassium I think goes in but I'm not 100% on that" (blind batch BU): "not 100%" (sure) is
      // "not sure".
      // "… I'm pretty sure it's 3 Na+ for 2 K+ but not 100%." (blind batch DZ): ending a claim made
      // "pretty sure", a bare "but not 100%" keeps its confidence; nothing is taken back.
      if (w2 === '100' && nextNorm(tokens, at, t.sent) === '' && prettySureBefore(tokens, i)) {
        // nothing taken back
      } else if (w2 === '100') {
        const after = nextNorm(tokens, at, t.sent);
        if (after === 'sure' || after === 'certain' || after === 'percent') at++;
        w2 = 'sure';
      }
      if (w2 === 'sure' || w2 === 'know' || w2 === 'remember' || w2 === 'recall' || w2 === 'certain') {
        // "… can't bind, but im not sure what happens to the sodium": a doubt that names another
        // topic leaves the statement before it.
        const w3 = nextNorm(tokens, at, t.sent);
        // "… i think it might use ATP but i'm not really sure about any of this" (blind batch AY):
        // a doubt about all of it takes back everything said so far.
        if (w3 === 'about' && aboutAllOfIt(tokens, at + 2) > 0) {
          // "… about this." alone doubts the sentence before and its own; "any of this" all of it.
          const all = aboutAllOfIt(tokens, at + 2) === 2;
          const first = all ? doubtedAllTo : Math.max(doubtedAllTo, t.sent - 1);
          if (all) doubtedAllTo = t.sent;
          for (let sent = first; sent < t.sent; sent++) marks.markRange(sent, 0, 2 ** 30);
          marks.markRange(t.sent, 0, 2 ** 30);
        }
        // "Na+ can't get into the cell so the membrane stays at rest. Actually I'm not sure if its Na+
        // or K+ that goes in." (blind batch EX): a sentence that opens with the doubt and asks which
        // of two ions it is takes back the ion the sentence before named, not the rest of it.
        else if (
          (w3 === 'if' || w3 === 'whether') &&
          t.sent > 0 &&
          onlyDoubtBefore(tokens, i, OPENING_FILLERS) &&
          markDoubtedIons(marks, tokens, i, ionChoice(tokens, at + 2, t.sent))
        )
          marks.markRange(t.sent, 0, 2 ** 30);
        // "I don't remember which ions go with which but both phases are passive" (blind batch AJ).
        // The doubt's topic ends at a "but" that goes on to a claim.
        // "… potassium in but im not 100% sure on the ratio" (blind batch CW): "on"/"of" the named
        // topic, as "about" it.
        else if (
          w3 === 'what' ||
          // "… because its losing more positive than it gains i dont remember why it needs energy"
          // (pack batch FR): not knowing why something else holds owns up to a missing reason, as
          // "I dont know why." does on its own; the statement before stands. Not when the doubt asks
          // why the sentence's own claim holds ("So inside is negative because... actually I'm not
          // sure why it's negative"), nor a bare "… but I dont remember why".
          (w3 === 'why' && whyAsksNewTopic(tokens, i, at + 1)) ||
          w3 === 'about' ||
          w3 === 'the' ||
          w3 === 'how' ||
          ((w3 === 'on' || w3 === 'of') && normAt(tokens, at + 2, t.sent) === 'the') ||
          whichNamesTopic(tokens, i, at - i + 1) ||
          // "The cell will get bigger, I'm not sure if it bursts though." (blind batch DJ): "if"/"whether"
          // and a thing that happens names the topic, after a plain statement; "I dont know if this is
          // right" doubts it all, and so does one after a hedge or a "but" ("it might use atp but i dont
          // know if it actually needs energy", stored batch K).
          ((w3 === 'if' || w3 === 'whether') &&
            !SELF_DOUBT.has(normAt(tokens, at + 2, t.sent)) &&
            plainStatementBefore(tokens, i))
        )
          // "… sodium moves across the membrane, I'm not sure if it's in or out, and the inside gets
          // less negative" (blind batch EW): a new statement after the doubt's own question stands.
          marks.markRange(t.sent, i, Math.min(nextBut(tokens, i), freshStatementAfter(tokens, i)));
        // "Not 100% sure but: I predict …" (stored batch AZ): a doubt that opens its sentence and
        // goes on with "but" commits to what follows; nothing is taken back.
        else if (w3 === 'but' && onlyDoubtBefore(tokens, i)) {
          // nothing taken back
        }
        // "active goes against it low to high and i'm not 100% sure but maybe it uses energy from
        // the protein itself" (blind batch DM): after a plain statement, a doubt that goes on with
        // "but maybe" is about the answer it offers next; the statement before stands.
        else if (
          w3 === 'but' &&
          TENTATIVE.has(nextNorm(tokens, at + 1, t.sent)) &&
          plainStatementBefore(tokens, i)
        )
          marks.markRange(t.sent, i, 2 ** 30);
        // "Passive transport needs no energy. Hmm actually I'm not sure, maybe it uses a little ATP."
        // (blind batch BZ): a doubt that opens its sentence and goes on with "maybe" offers another
        // answer to the sentence before; neither is claimed.
        else if (w3 === 'maybe' && t.sent > 0 && onlyDoubtBefore(tokens, i, OPENING_FILLERS)) {
          marks.markRange(t.sent - 1, 0, 2 ** 30);
          marks.markRange(t.sent, 0, 2 ** 30);
        }
        // "… more negative because K+ leaves, wait no, it gets less negative because Na+ comes in.
        // Actually im not sure which one." (blind batch EH): a sentence that only doubts "which one"
        // looks back at the choice the sentence before made; neither answer is claimed.
        else if (
          t.sent > 0 &&
          onlyDoubtBefore(tokens, i, OPENING_FILLERS) &&
          whichEndsClause(tokens, at + 1) &&
          tokens[clauses.end(at + 1)]?.sent !== t.sent
        ) {
          marks.markRange(t.sent - 1, 0, 2 ** 30);
          marks.markRange(t.sent, 0, 2 ** 30);
        }
        // "… so it needs energy and examples are I dont know": the doubt is the answer to what
        // names it just before ("examples are"), not a withdrawal of the run-on before that.
        else if (
          tokens[i - 2]?.info.norm === 'i' &&
          COPULAS.has(tokens[i - 3]?.info.norm ?? '') &&
          tokens[i - 3]?.sent === t.sent
        )
          marks.markRange(t.sent, i, 2 ** 30);
        // In a bracket that closes before the sentence ends, the doubt takes back what it follows and
        // no more: "Na+ moves across the membrane (not sure which way) and the membrane potential
        // gets less negative" (blind batch ED) goes on after the ")".
        else {
          const close = midSentenceBracketClose(tokens, text, i);
          if (close >= 0) marks.markRange(t.sent, clauseBeforeBracket(tokens, text, i, clauses), close + 1);
          else marks.withdraw(t.sent, i);
        }
      }
    } else if (w === 'or') {
      if (w1 === 'maybe' || w1 === 'possibly' || w1 === 'perhaps') marks.withdraw(t.sent, i);
      // "The water is hypotonic... or wait maybe hypertonic" (blind batch BK)
      // "The gradients would run down, or actually maybe the channels keep them the same" (blind
      // batch EV)
      else if ((w1 === 'wait' || w1 === 'actually') && nextNorm(tokens, i + 1, t.sent) === 'maybe')
        marks.withdraw(t.sent, i);
      else if (
        w1 === 'not' &&
        (tokens[i + 2] === undefined || (tokens[i + 2] as Token).seg !== next?.seg) &&
        !canOption(tokens, i) &&
        !doubtedQuestionBefore(tokens, i)
      )
        marks.withdraw(t.sent, i);
      else if (w1 === 'it' || w1 === 'might' || w1 === 'may' || w1 === 'could') {
        const w2 = w1 === 'it' ? nextNorm(tokens, i + 1, t.sent) : w1;
        if (w2 === 'might' || w2 === 'may' || w2 === 'could') marks.withdraw(t.sent, i);
      }
    } else if (w === 'but' && w1 === 'not' && notThisOne(tokens, i) && i > 0 && modalBefore(tokens, i - 1)) {
      // "One caveat: other synapses on the same neuron could still depolarize it, but not this
      // one" (blind batch AY): what could happen elsewhere is set aside for the case at hand.
      marks.markRange(t.sent, clauses.start(i - 1), i);
    } else if (w === 'but' && butOffersAlternative(tokens, i)) {
      // "I think its 3 to 2 but it might be 2 to 3": a "but" that offers another answer in a
      // might/may/could is an "or": neither is claimed (blind batch AU).
      marks.withdraw(t.sent, i);
    } else if (
      (w === 'wait' || w === 'actually') &&
      secondThoughtMaybe(tokens, i, w1) &&
      i > 0 &&
      (tokens[i - 1] as Token).sent === t.sent
    ) {
      // "Na+ won't enter... actually wait maybe it still does": the statement before is put in
      // doubt, and so is the afterthought.
      // (The look-back is bounded: "actually maybe" repeated in one long segment stays linear.)
      marks.markRange(t.sent, segmentStart(tokens, beforeLinkers(tokens, i), LOOK_BACK), 2 ** 30);
    } else if (
      (w === 'actually' || w === 'wait') &&
      startsSentence(tokens, i) &&
      t.sent > 0 &&
      secondThoughtMaybe(tokens, i, w1)
    ) {
      // "The neuron will not depolarize. Actually wait, maybe it would depolarize less but still
      // some." (blind batch AW): opening a sentence, the afterthought puts the sentence before in
      // doubt, and itself too.
      marks.markRange(t.sent - 1, 0, 2 ** 30);
      marks.markRange(t.sent, 0, 2 ** 30);
    } else if (
      w === 'actually' &&
      w1 === 'wait' &&
      nextNorm(tokens, i + 1, t.sent) === 'i' &&
      i > 0 &&
      (tokens[i - 1] as Token).sent === t.sent
    ) {
      // "ACh cannot bind so the channels stay closed... actually wait, I think the toxin might just
      // make the channel open slower" (blind batch AY): a second thought takes back the statement
      // before it (all of it after a trailing "..."), as "wait no" does; the second thought stands.
      const j = beforeLinkers(tokens, i);
      const trailed = hasEllipsis(text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start));
      marks.markRange(t.sent, trailed ? 0 : segmentStart(tokens, j), i + 2);
    } else if (isNo(w) && trailedNo(tokens, text, i)) {
      // "Active transport use energy ATP and go from high to low too... no, is from low to high"
      // (blind batch CT): after a trailing "...", a bare "no," takes back the statement before it, as
      // "wait no" does for its clause (cut at "and"/"or"); what follows stands.
      marks.markRange(t.sent, segmentStart(tokens, i - 1), i + 1);
    } else if (w === 'actually' && startsSentence(tokens, i) && t.sent > 0 && bareIonRepair(tokens, i)) {
      // "Repolarization: Na+ flows out. Actually K+. K+ flows out …" (blind batch CZ): a bare
      // "Actually <ion>." names the ion the sentence before should have had; it takes that
      // sentence back as "Actually no, K+." does.
      marks.markRange(t.sent - 1, 0, 2 ** 30);
    } else if ((w === 'wait' || w === 'actually') && isNo(w1) && startsSentence(tokens, i)) {
      // "Wait no, it's 2 Na+ out and 3 K+ in": opening a sentence, the correction takes back
      // the sentence before and is itself the student's last word.
      // A correction of the counts alone takes back only the counts' clause: "Na+ is pumped out, K+
      // pumped in, ratio 2 Na : 3 K. wait no I think it's 3 K for every 2 Na." (blind batch DY)
      // keeps the directions.
      // "It needs ATP because the ions are going against their gradient. actually no I think it goes
      // with the gradient" (blind batch EZ): a correction that redoes one part of the sentence before
      // takes back only that part, as "never mind" does.
      if (t.sent > 0) {
        const counts = countsOnly(tokens, i);
        const part = counts ? -1 : redoneDirectionPart(tokens, i - 1, i);
        if (part >= 0) marks.markRange(t.sent - 1, part, segmentEnd(tokens, part));
        else marks.markRange(t.sent - 1, counts ? countsClauseStart(tokens, i) : 0, 2 ** 30);
      }
    } else if ((w === 'wait' || w === 'actually') && isNo(w1)) {
      // "… and i would say theyre both passive but actually no i think repolarization needs ATP":
      // inside a sentence (a dictated run-on), the correction takes back the statement before it
      // (its clause cut at "and"/"or"; "but" and the like skipped) and stands itself.
      const j = beforeLinkers(tokens, i);
      // After a trailing "..." ("the gradients run down... wait no, …") the whole thought before goes.
      const trailed = hasEllipsis(text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start));
      // The correction's own "wait"/"no" words go too: "no" is no negation of what follows.
      let end = i + 1;
      while (
        end < n &&
        (tokens[end] as Token).sent === t.sent &&
        (isNo((tokens[end] as Token).info.norm) || (tokens[end] as Token).info.norm === 'wait')
      )
        end++;
      // "for active the ATP synthase wait no thats H+ going down its gradient" (blind batch CQ): a
      // "that's" right after the correction says what the taken-back words were, so its clause is
      // no claim either.
      const after = tokens[end] as Token | undefined;
      if (after !== undefined && after.sent === t.sent && after.info.norm === 'thats') {
        const clause = after.clause;
        while (end < n && (tokens[end] as Token).sent === t.sent && (tokens[end] as Token).clause === clause)
          end++;
      }
      // "Hmm actually no, …": only interjections before it, so it opens its sentence after all
      // and takes back the sentence before.
      const opens =
        INTERJECTIONS.has((tokens[j] as Token).info.norm) &&
        ((tokens[j - 1] as Token | undefined)?.sent ?? -1) !== t.sent;
      if (opens && t.sent > 0) marks.markRange(t.sent - 1, 0, 2 ** 30);
      // "The pump moves 3 K+ out and 2 Na+ in — actually no, never mind, its 3 Na+ out …" (blind
      // batch BW): after a spaced dash the whole clause before the dash goes, as after "— scratch
      // that", not only its last "and" part.
      // "Passive transport moves stuff high to low and also needs ATP - wait no, it doesn't need
      // any" (blind batch EM): a correction that repeats the verb of the clause's last "and" part
      // corrects that part only, even after a dash.
      const from =
        trailed || opens
          ? 0
          : afterSpacedDash(text, tokens, i) && !repeatsVerbOf(tokens, segmentStart(tokens, j), j + 1, end)
            ? keptSubject(tokens, reasonedClauseStart(tokens, i - 1), i, end)
            : segmentStart(tokens, j);
      marks.markRange(t.sent, from, end);
    }
    // "… so the channels stay closed. no actually since there's still the same amount of ACh …"
    // (blind batch CB): opening a sentence, "no actually" takes back the sentence before, as
    // "Actually no," and "Wait no," do.
    else if (isNo(w) && w1 === 'actually' && startsSentence(tokens, i)) {
      if (t.sent > 0) marks.markRange(t.sent - 1, 0, 2 ** 30);
    }
    // "The solution is isotonic... no wait hypotonic", "… run down, but no, actually they stay": the
    // clause before is taken back, the correction after it stands.
    // "Passive transport need energy... no, sorry, passive not need energy" (blind batch BE): "no,
    // sorry" corrects the same way.
    else if (
      isNo(w) &&
      (w1 === 'wait' || w1 === 'actually' || w1 === 'sorry') &&
      i > 0 &&
      (tokens[i - 1] as Token).sent === t.sent
    ) {
      // "but" and the like before it are skipped: "… run down, but no, …" takes back "… run down".
      const j = beforeLinkers(tokens, i);
      // "Active transport requires ATP and moves things down the gradient -- no wait, I mean against
      // it" (blind batch CC): an "I mean" correction restates only the last part, so only the last
      // "and" part of the clause goes.
      const restatesPart = tokens[i + 2]?.info.norm === 'i' && tokens[i + 3]?.info.norm === 'mean';
      // The "no wait" words themselves go too: "no, actually the gradients …" is no "no gradient".
      marks.markRange(
        t.sent,
        restatesPart ? segmentStart(tokens, j) : redoneFrom(tokens, clauseStart(tokens, j), j, i + 2),
        i + 2,
      );
    }
    // "Na+ out and K+ in, 3 Na:2 K. actually nvm i think its 2 Na: 3 K": "never mind" opening a
    // sentence takes back the last statement before it (the clause the correction redoes); the
    // correction stands.
    // So do "Scratch that," and "Never mind," ("actually scratch that, rbcs do have a wall"; stored batch AD).
    else if (
      (w === 'nvm' || (w === 'scratch' && w1 === 'that') || (w === 'never' && w1 === 'mind')) &&
      (startsSentence(tokens, i) ||
        opensAfterInterjection(tokens, i) ||
        afterSpacedDash(text, tokens, beforeLinkers(tokens, i) + 1) ||
        asideAfterDash(text, tokens, i) >= 0)
    ) {
      // "K+ leaks in and Na+ leaks out - scratch that, K+ leaks OUT and Na+ leaks IN" (blind batch
      // BT): after a dash in mid-sentence, the clause before the dash is taken back,
      // with the correction words themselves. "— actually scratch that" (blind batch DU) too: linking
      // words ("actually", an interjection) may stand between the dash and the correction.
      // When the correction goes on with a pronoun ("Both are active transport — scratch that,
      // they're passive"), the subject stays for it; only what was said of it goes.
      // "the proton pump pumping H+ into the thylakoid space - wait that's in the chloroplast and it
      // runs off the electron transport chain not ATP I think, so never mind, the sodium-potassium
      // pump instead" (blind batch EH): a "never mind" that closes an aside opened by "- wait"
      // takes back the aside and the clause before its dash.
      const aside = asideAfterDash(text, tokens, i);
      const d = aside >= 0 ? aside : beforeLinkers(tokens, i) + 1;
      if (!startsSentence(tokens, d) && afterSpacedDash(text, tokens, d)) {
        const after = w === 'nvm' ? i + 1 : i + 2;
        marks.markRange(t.sent, keptSubject(tokens, clauseStart(tokens, d - 1), d, after), after);
      } else if (i > 0 && t.sent > 0) {
        const last = i - (startsSentence(tokens, i) ? 1 : 2);
        if (last >= 0) {
          // "Passive goes from high to low and uses no energy. actually never mind I think I have those
          // backwards, active is high to low" (blind batch EW): when the correction redoes one part
          // of the sentence before (its words of direction or energy), only that part is taken back.
          const part = redonePart(tokens, last, i);
          if (part >= 0) marks.markRange((tokens[last] as Token).sent, part, segmentEnd(tokens, part));
          else marks.markRange((tokens[last] as Token).sent, statementStart(tokens, last), 2 ** 30);
        }
      }
    }
    // "K+ flows into the cell. No wait, K+ flows out." A correction phrase opening a sentence ("No
    // wait,", "No, sorry,", "Oops,", "My bad,") takes back the last statement before it,
    // as "never mind" does, and its own words go too ("no" negates nothing after it).
    else if (startsSentence(tokens, i) && t.sent > 0 && i > 0 && opensCorrection(w, w1)) {
      const last = i - 1;
      marks.markRange((tokens[last] as Token).sent, statementStart(tokens, last), 2 ** 30);
      marks.markRange(t.sent, i, i + (w === 'oops' ? 1 : 2));
    }
    // "I think its 3 Na for 2 K but maybe its the opposite", "… or vice versa": the statement is
    // taken back from its doubt word, as "or maybe" takes it back.
    else if (
      (w === 'opposite' && tokens[i - 1]?.info.norm === 'the' && maybeBefore(tokens, i - 1) >= 0) ||
      (w === 'vice' && w1 === 'versa' && tokens[i - 1]?.info.norm === 'or')
    ) {
      const from = w === 'vice' ? i - 1 : maybeBefore(tokens, i - 1);
      marks.withdraw(t.sent, from - 1 >= 0 && (tokens[from - 1] as Token).sent === t.sent ? from - 1 : from);
    }
    // "stay hyperpolarized-ish, I mean at resting potential": the correction stands, not what it corrects.
    else if (w === 'i' && w1 === 'mean' && i > 0 && (tokens[i - 1] as Token).sent === t.sent)
      marks.markRange(t.sent, clauseStart(tokens, i - 1), i);
    else if (
      w === 'other' &&
      w1 === 'way' &&
      (nextNorm(tokens, i + 1, t.sent) === 'around' ||
        nextNorm(tokens, i + 1, t.sent) === 'round' ||
        reversalClause(tokens, i))
    ) {
      // "… the other way around" said as a sentence of its own reverses the one before it.
      if (t.sent > 0 && isClauseOfItsOwn(tokens, i)) marks.markRange(t.sent - 1, 0, 2 ** 30);
      // "… so that's why it's the other way around, 3 Na+ out and 2 K+ in" (blind batch EO): a
      // clause right after it that opens with a count or an ion spells out the right way, and stands.
      const end = i + 3;
      const next = tokens[end];
      if (
        next !== undefined &&
        next.sent === t.sent &&
        next.clause !== (tokens[end - 1] as Token).clause &&
        (isIonWord(next.info.norm) || /^\d+$/.test(next.info.norm))
      )
        marks.markRange(t.sent, 0, end);
      else marks.withdraw(t.sent, i);
    }
    // "… and it goes... high to low? or low to high idk. Active is probably the other way." (blind
    // batch EA): "the other way" points back at a direction the sentence before left in doubt, so it
    // names no direction either.
    else if (w === 'other' && w1 === 'way' && t.sent > 0 && marks.doubts(t.sent - 1))
      marks.markRange(t.sent, tokens[i - 1]?.info.norm === 'the' ? i - 1 : i, i + 2);
  }
  // "Predict how the membrane would change if the bacteria did not …": where the prompt supposes a
  // case, "If they kept the same lipids, the membrane would get rigid" is the answer asked for (set
  // 16's part (a) answers worded so had earned nothing).
  const unreal = supposed ? [] : secondConditionals(tokens, text);
  for (let k = 0; k + 2 < unreal.length; k += 3)
    marks.markRange(unreal[k] as number, unreal[k + 1] as number, unreal[k + 2] as number);
  return marks.out;
}

/**
 * Where a mid-sentence correction's taken-back part starts, in the clause [from, to): its start,
 * unless the correction (from token `after`) opens with a count or an ion, and the clause has one
 * of the same kind later than its start; then from that word. "The pump uses ATP to move 3 K+ in
 * and 2 Na+ out, no wait, 3 Na+ out and 2 K+ in" (blind batch CO) redoes the counts, not the ATP.
 */
function redoneFrom(tokens: readonly Token[], from: number, to: number, after: number): number {
  const first = tokens[after];
  if (first === undefined || first.sent !== (tokens[to] as Token | undefined)?.sent) return from;
  const count = /^\d+$/.test(first.info.norm);
  if (!count && !isIonWord(first.info.norm)) return from;
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).info.norm;
    if (count ? /^\d+$/.test(w) : isIonWord(w)) return k;
  }
  return from;
}

/** Whether words w, w1 opening a sentence correct the one before ("No wait", "No, sorry", "Oops", "My bad"). */
function opensCorrection(w: string, w1: string): boolean {
  if (isNo(w)) return w1 === 'wait' || w1 === 'sorry';
  if (w === 'oops') return true;
  // Not "I mean," opening a sentence: as often an elaboration ("Na+ flows in. I mean, it rushes in").
  return w === 'my' && w1 === 'bad';
}

/** The token before i with linking words ("but", "actually", "hmm") skipped, within i's sentence. */
function beforeLinkers(tokens: readonly Token[], i: number): number {
  const sent = (tokens[i] as Token).sent;
  let j = i - 1;
  while (j > 0 && LINKERS.has((tokens[j] as Token).info.norm) && (tokens[j - 1] as Token).sent === sent) j--;
  return j;
}

/** Words that add a further item to a run-on ("… and maybe they bond"). */
const ADDS = new Set(['and', 'then']);

/** Words after a trailing "I think" that show it tags the statement before it. */
const TAG_ENDS = new Set(['or', 'but', 'and', 'so', 'maybe', 'idk', 'not', 'im', 'i']);

/** Words opening a conclusion: "…, so passive transport doesn't need energy". */
const CONCLUDES = new Set(['so', 'therefore', 'thus', 'hence']);

/** Whether a comma (or a semicolon) stands between token i and the token before it. */
function commaBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  if (prev === undefined) return false;
  // A semicolon parts statements at least as firmly: "Repolarization needs K+ to leave the cell;
  // if K+ couldn't get out, …" (blind batch DY).
  const between = text.slice(prev.end, t.start);
  return between.includes(',') || between.includes(';');
}

/** Whether the clause of token i has a would/could/might/may after i (the supposition goes on). */
function modalInClause(tokens: readonly Token[], i: number): boolean {
  const clause = (tokens[i] as Token).clause;
  for (let k = i + 1; k < tokens.length && (tokens[k] as Token).clause === clause; k++) {
    const w = (tokens[k] as Token).info.norm;
    if (w === 'would' || w === 'could' || w === 'might' || w === 'may') return true;
  }
  return false;
}

/** After "I might have": "it|them|those" and a word saying they are the wrong way round. */
function hasItBackwards(tokens: readonly Token[], at: number, sent: number): boolean {
  const k = HAVE_OBJECTS.has(normAt(tokens, at, sent)) ? at + 1 : at;
  return HAVE_WRONG.has(normAt(tokens, k, sent));
}
const HAVE_OBJECTS = new Set(['it', 'them', 'this', 'that', 'those', 'these']);
const HAVE_WRONG = new Set([
  'backwards',
  'backward',
  'reversed',
  'switched',
  'flipped',
  'swapped',
  'mixed',
  'wrong',
]);

/** After "I could be": words owning up to a likely error ("wrong", "mixing them up"). */
const MIXED_UP = new Set(['wrong', 'mixing', 'mistaken', 'confusing', 'confused']);

/**
 * Whether the "mixed" at token i is "I (think) I have|got|mixed them up" opening its sentence:
 * only linking words ("actually", "wait", "I think") before the "I", and "up" right after.
 */
function mixUpOpensSentence(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  const up = tokens[i + 1]?.info.norm === 'up' ? i + 1 : tokens[i + 2]?.info.norm === 'up' ? i + 2 : -1;
  if (up < 0 || (tokens[up] as Token).sent !== sent) return false;
  let k = i - 1;
  while (
    k >= 0 &&
    k > i - 4 &&
    MIX_UP_WORDS.has((tokens[k] as Token).info.norm) &&
    (tokens[k] as Token).sent === sent
  )
    k--;
  if ((tokens[k + 1] as Token).info.norm !== 'i') return false;
  while (k >= 0 && (tokens[k] as Token).sent === sent) {
    const w = (tokens[k] as Token).info.norm;
    if (!LINKERS.has(w) && w !== 'i' && w !== 'think') return false;
    k--;
  }
  return true;
}

const MODALS = new Set(['could', 'might', 'may', 'would']);
/** Words that put a direction in doubt ("Water might go in or out"). */
const DOUBTING_MODALS = new Set(['might', 'may', 'could', 'maybe']);

/** Whether "might", "may", "could" or "maybe" comes at most 12 words before token i in its clause. */
function modalBefore(tokens: readonly Token[], i: number): boolean {
  const clause = (tokens[i] as Token).clause;
  for (let k = i - 1; k >= 0 && k >= i - 12 && (tokens[k] as Token).clause === clause; k--)
    if (DOUBTING_MODALS.has((tokens[k] as Token).info.norm)) return true;
  return false;
}

/** The index of the first "or" after token i in its sentence (at most 12 words on), or -1. */
function orAfter(tokens: readonly Token[], i: number): number {
  const sent = (tokens[i] as Token).sent;
  for (let k = i + 1; k < tokens.length && k <= i + 12 && (tokens[k] as Token).sent === sent; k++)
    if ((tokens[k] as Token).info.norm === 'or') return k;
  return -1;
}

/** Verbs of owning up after "I": "I got|had|have it backwards". */
const OWNED_UP = new Set(['got', 'had', 'have', 've']);

/**
 * Whether "I got|had it backwards" at token i (the verb) owns up to what was just said: a
 * correction word ("wait", "no", "oops") comes right before the "I", or the owning-up ends its
 * clause. "I had it backwards at first in my notes" tells a story instead.
 */
function ownsUpNow(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 2];
  if (
    before !== undefined &&
    before.sent === (tokens[i] as Token).sent &&
    (isNo(before.info.norm) || CORRECTING.has(before.info.norm))
  )
    return true;
  const k = HAVE_OBJECTS.has(tokens[i + 1]?.info.norm ?? '') ? i + 2 : i + 1;
  const after = tokens[k + 1];
  return after === undefined || after.clause !== (tokens[k] as Token).clause;
}
const CORRECTING = new Set(['wait', 'oops', 'whoops', 'sorry', 'actually', 'ok', 'okay']);

/**
 * Whether the "or not" at token i (the "or") ends an option the clause grants with "can" ("passive
 * can use a channel protein or not"; blind batch BW): a choice the process has, not the student's
 * doubt. A doubt word in the clause ("maybe it can …") keeps it a doubt.
 */
function canOption(tokens: readonly Token[], i: number): boolean {
  const clause = (tokens[i] as Token).clause;
  let can = false;
  for (let k = i - 1; k >= 0 && k >= i - 8 && (tokens[k] as Token).clause === clause; k--) {
    const w = (tokens[k] as Token).info.norm;
    if (DOUBT.has(w) || DOUBTING_MODALS.has(w)) return false;
    if (w === 'can') can = true;
  }
  return can;
}

/**
 * Whether the "or not" at token i closes a doubted question ("im not sure if it needs energy or
 * not", blind batch DN): the "if"/"whether" after "sure"/"know" opened it, and the doubt reader
 * decides what that doubt takes back; the "or not" withdraws nothing more. Looks back at most
 * QUESTION_REACH words in the sentence, so it stays linear.
 */
function doubtedQuestionBefore(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  for (let k = i - 1; k >= 1 && k >= i - QUESTION_REACH && (tokens[k] as Token).sent === sent; k--) {
    const w = (tokens[k] as Token).info.norm;
    if (w !== 'if' && w !== 'whether') continue;
    const before = (tokens[k - 1] as Token).info.norm;
    return (tokens[k - 1] as Token).sent === sent && DOUBTED_BY.has(before);
  }
  return false;
}

const QUESTION_REACH = 12;
// "… but idk if it still depolarizes a little or not" (blind batch FD): "idk" is "I don't know".
const DOUBTED_BY = new Set(['sure', 'know', 'certain', 'remember', 'recall', 'idk']);

/** Whether only linking words and corrections ("wait", "no", "actually") stand before token i in its sentence. */
function onlyLinkersBefore(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  for (let k = i - 1; k >= 0 && (tokens[k] as Token).sent === sent; k--) {
    const w = (tokens[k] as Token).info.norm;
    if (!LINKERS.has(w) && !isNo(w)) return false;
  }
  return true;
}

/** Words between "I" and "mixed": "I have them mixed up", "I got it mixed up", "I mixed". */
const MIX_UP_WORDS = new Set(['i', 'have', 've', 'got', 'had', 'them', 'it', 'these', 'those']);

/** Words after "idk" that open another topic ("idk the rest", "idk what happens to the voltage"). */
const IDK_OTHER_TOPIC = new Set(['the', 'about', 'what', 'how', 'why', 'where']);

/**
 * Whether the "idk" at token i asks a yes/no question of its own ("idk if it still depolarizes a
 * little"): "if" or "whether" and then a subject that is not the claim before ("that", "this",
 * "its", "i").
 */
function idkIfOwnQuestion(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  const w1 = normAt(tokens, i + 1, sent);
  const w2 = normAt(tokens, i + 2, sent);
  return (w1 === 'if' || w1 === 'whether') && w2 !== '' && !IDK_IF_LOOKS_BACK.has(w2);
}

/** Words after "idk if" that look back at the claim before ("idk if thats right", "idk if its correct"). */
const IDK_IF_LOOKS_BACK = new Set([
  'that',
  'thats',
  'this',
  'these',
  'those',
  'its',
  'i',
  'im',
  'any',
  'all',
]);

/**
 * Whether a plain statement stands before the doubt at token i in its sentence: some words, none of
 * them a hedge or a "but" (looked at no further than PLAIN_REACH words back, so it stays linear).
 */
function plainStatementBefore(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  let words = 0;
  for (let k = i - 1; k >= 0 && k >= i - PLAIN_REACH && (tokens[k] as Token).sent === sent; k--) {
    const w = (tokens[k] as Token).info.norm;
    // "active goes against the gradient but im not sure if it needs energy" (blind batch DN): the
    // "but" that opens the doubt's own clause joins it to the statement; it offers no alternative.
    if (w === 'but' && words === 0) continue;
    if (NOT_PLAIN.has(w)) return false;
    if (w !== 'i' && w !== 'im' && w !== 'am') words++;
  }
  return words >= 2;
}

const PLAIN_REACH = 30;
/** Words after "not sure but" that offer a tentative answer ("… but maybe it uses energy"). */
const TENTATIVE = new Set(['maybe', 'perhaps', 'possibly', 'probably']);
const NOT_PLAIN = new Set([
  'but',
  'maybe',
  'might',
  'probably',
  'possibly',
  'perhaps',
  'think',
  'guess',
  'would',
  'could',
]);

/** Words after "not sure if" that doubt the answer itself ("if this is right", "if im right", "if its …"). */
const SELF_DOUBT = new Set([
  'this',
  'that',
  'thats',
  'i',
  'im',
  'its',
  'any',
  'all',
  'my',
  'these',
  'those',
  '',
]);

/** Interjections that may open a sentence before its correction ("Hmm actually no, …"). */
const INTERJECTIONS = new Set(['oh', 'um', 'uh', 'hmm', 'ok', 'okay', 'well', 'wait']);

/**
 * After "wait" or "actually" at token i (w1 the word after it): "maybe", or the other of the two
 * and then "maybe" ("actually wait maybe", "wait actually maybe"; blind batch BF), or "I think it
 * might" ("Actually I think it might still depolarize a bit"; blind batch DR): a guess, not a fix.
 */
function secondThoughtMaybe(tokens: readonly Token[], i: number, w1: string): boolean {
  if (w1 === 'maybe') return true;
  const t = tokens[i] as Token;
  if (w1 === 'i')
    return (
      normAt(tokens, i + 2, t.sent) === 'think' &&
      GUESS_SUBJECTS.has(normAt(tokens, i + 3, t.sent)) &&
      DOUBTING_MODALS.has(normAt(tokens, i + 4, t.sent))
    );
  return (w1 === 'wait' || w1 === 'actually') && nextNorm(tokens, i + 1, t.sent) === 'maybe';
}

/** Subjects of a second guess after "actually I think" ("… it might", "… they could"). */
const GUESS_SUBJECTS = new Set(['it', 'they', 'this', 'that']);

/** Words joining a correction to the clause it corrects ("but actually no"), interjections included. */
const LINKERS = new Set([...INTERJECTIONS, 'but', 'and', 'so', 'like', 'actually']);

/** "is", "are": before "I don't know" they make the doubt an answer to what they follow. */
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/** The three tonicities, a closed set that a definition lists whole. */
const TONICITIES = new Set(['hypotonic', 'hypertonic', 'isotonic']);

/**
 * When the tonicity at token i starts a list of all three ("hypotonic, hypertonic, and isotonic",
 * "hypertonic, hypotonic or isotonic"), the index of the list's last word; otherwise 0.
 */
function wholeSetListed(tokens: readonly Token[], i: number): number {
  const seen = new Set([(tokens[i] as Token).info.norm]);
  const sent = (tokens[i] as Token).sent;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) return 0;
    const w = t.info.norm;
    if (w === 'and' || w === 'or') continue;
    if (!TONICITIES.has(w) || seen.has(w)) return 0;
    seen.add(w);
    if (seen.size === 3) return k;
  }
  return 0;
}

/** Whether the word at token i is defined by what follows: "X means", "X refers to", "X is when". */
function isDefined(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  const w1 = normAt(tokens, i + 1, sent);
  if (w1 === 'means' || w1 === 'mean' || w1 === 'refers') return true;
  const w2 = normAt(tokens, i + 2, sent);
  return w1 === 'is' && (w2 === 'when' || w2 === 'defined');
}

/**
 * Opposites that, joined by "or", take no side ("bigger or smaller"). Not "in or out", "more or
 * less", "high or low", "positive or negative": those also describe transport or ions in general,
 * or mean "about". A word may have more than one opposite ("shrinks": "swells" and "bursts"), so
 * each maps to a set: one map entry per word let the later pair overwrite the earlier, and "The
 * cell either shrinks or swells" was read as a claim of both (blind batch BX). The label compiler's
 * opposites (label-opposites.ts) are a wider list for another question: which word may not stand in
 * for a label's missing one.
 */
const OPPOSITE = new Map<string, Set<string>>();
const OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [
  // "The cell either gets big or small" (blind batch CW)
  ['big', 'small'],
  ['bigger', 'smaller'],
  ['larger', 'smaller'],
  ['increase', 'decrease'],
  ['increases', 'decreases'],
  ['swell', 'shrink'],
  ['swells', 'shrinks'],
  // "It could burst or shrink" (stored batches AF, H): the two ends of the same question
  ['burst', 'shrink'],
  ['bursts', 'shrinks'],
  ['hypotonic', 'hypertonic'],
  // "Active transport probably goes up or down the gradient depending on the cell", "moves against,
  // or with, the gradient" (stored batches AS, BR): both ways along a gradient say neither
  ['up', 'down'],
  ['against', 'with'],
];
for (const [a, b] of OPPOSITE_PAIRS) {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    const set = OPPOSITE.get(x as string) ?? new Set<string>();
    set.add(y as string);
    OPPOSITE.set(x as string, set);
  }
}

/** True when token i opens its clause, or follows a word that joins clauses ("so maybe …"). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.clause !== (tokens[i] as Token).clause) return true;
  return (
    prev.info.norm === 'so' ||
    prev.info.norm === 'and' ||
    prev.info.norm === 'but' ||
    prev.info.norm === 'then'
  );
}

/**
 * Whether the tokens from k are a bare "not" ending its clause, or with only a word of degree after
 * it ("not always", "not enough to matter").
 */
function bareNot(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || t.info.norm !== 'not') return false;
  const next = tokens[k + 1];
  return next === undefined || next.clause !== t.clause || NOT_DEGREE.has(next.info.norm);
}

/** Words after a bare "not" that keep it bare ("not always", "not enough", "not really"). */
const NOT_DEGREE = new Set(['always', 'enough', 'really', 'much', 'necessarily', 'sure', 'though', 'tho']);

/**
 * Whether the tokens from k are a bare echo of a claim: a pronoun and an auxiliary ("it does",
 * "they are", "it can"), then the end of the clause or only a word of degree ("a little", "a bit").
 */
function echoesClaim(tokens: readonly Token[], k: number): boolean {
  const subject = tokens[k];
  const aux = tokens[k + 1];
  if (subject === undefined || aux === undefined || aux.clause !== subject.clause) return false;
  if (!ECHO_SUBJECTS.has(subject.info.norm) || !ECHO_AUX.has(aux.info.norm)) return false;
  for (let j = k + 2; j < tokens.length && (tokens[j] as Token).clause === aux.clause; j++)
    if (!ECHO_DEGREE.has((tokens[j] as Token).info.norm)) return false;
  return true;
}
const ECHO_SUBJECTS = new Set(['it', 'they', 'this', 'that', 'he', 'she']);
// The shared auxiliaries and "has"/"have", but not the denial "cannot": "it does", "they have".
const ECHO_AUX = new Set([...AUXILIARIES, 'has', 'have'].filter((w) => w !== 'cannot'));
const ECHO_DEGREE = new Set(['a', 'little', 'bit', 'some', 'too', 'sometimes', 'though', 'tho', 'lol']);

/** Whether token i ("possible", "not") follows "it is", "its" or "it's also" in its clause. */
function itIsBefore(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.info.norm === 'also' || tokens[k]?.info.norm === 'very' || tokens[k]?.info.norm === 'quite')
    k--;
  const a = tokens[k];
  if (a === undefined || a.clause !== (tokens[i] as Token).clause) return false;
  // The tokenizer drops the "'s" of "it's".
  if (a.info.norm === 'its' || a.info.norm === 'it') return true;
  return a.info.norm === 'is' && tokens[k - 1]?.info.norm === 'it' && tokens[k - 1]?.clause === a.clause;
}

/**
 * The first token index of token i's clause, or of the clause before it when token i's clause is
 * a reason ("because …", "since …") given for it: "The postsynaptic neuron would hyperpolarize
 * because Na+ can't come in -- wait no, it just stays at its resting potential" (blind batch EG)
 * takes back the claim with its reason.
 */
function reasonedClauseStart(tokens: readonly Token[], i: number): number {
  const k = clauseStart(tokens, i);
  const t = tokens[k] as Token;
  const before = tokens[k - 1];
  return REASONS.has(t.info.norm) && before !== undefined && before.sent === t.sent
    ? clauseStart(tokens, k - 1)
    : k;
}

/**
 * Where the statement holding token i starts: its clause, and the clauses before it that the
 * tokenizer opened at a bare "and" ("Na+ is pumped in and K+ is pumped out": two clauses since
 * round 242, one statement to a following "Scratch that.", which takes back both halves).
 */
function statementStart(tokens: readonly Token[], i: number): number {
  let k = clauseStart(tokens, i);
  while (
    k > 0 &&
    (tokens[k] as Token).info.norm === 'and' &&
    (tokens[k - 1] as Token).sent === (tokens[k] as Token).sent
  )
    k = clauseStart(tokens, k - 1);
  return k;
}

/** The first token index of token i's clause. */
function clauseStart(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && (tokens[k - 1] as Token).clause === (tokens[i] as Token).clause) k--;
  return k;
}

/**
 * Where a withdrawal at token i stops: the start of a new statement opened by "and"/"but" and a
 * subject of its own right after the doubt's clause (", and it needs ATP"); otherwise the end
 * of the sentence.
 */
/**
 * "… would maybe go down or maybe stay the same because the ACh can't get onto the receptor"
 * (blind batch CI): the reason given for the guesses, with a subject of its own, is stated, not
 * guessed.
 */
const REASON_LINKS = new Set(['because', 'since']);

function freshStatementAfter(tokens: readonly Token[], i: number): number {
  // Bounded, so a clause of repeated doubts ("or maybe" many times) stays linear.
  let e = i + 1;
  while (
    e < tokens.length &&
    e <= i + FRESH_REACH &&
    (tokens[e] as Token).clause === (tokens[i] as Token).clause
  )
    e++;
  if (e > i + FRESH_REACH) return 2 ** 30;
  // "not sure which, and …": the doubt's own "which" (a clause of its own) goes with it.
  const which = tokens[e];
  if (which?.info.norm === 'which') {
    let k = e + 1;
    while (k < tokens.length && k <= e + 2 && (tokens[k] as Token).clause === which.clause) k++;
    if (k - e <= 2) e = k;
  }
  // "I'm not sure if the water is hypotonic or hypertonic, but water goes into the cell" (blind
  // batch CO): the doubt's own question ("if/whether … or …", a clause of its own) goes with it.
  const asks = tokens[e];
  if (
    (asks?.info.norm === 'if' || asks?.info.norm === 'whether') &&
    asks.sent === (tokens[i] as Token).sent
  ) {
    // Only an either/or question ("if X or Y"): "I dont know if this is right but …" doubts what
    // follows too (stored batches C, J, U).
    let k = e + 1;
    let or = false;
    while (k < tokens.length && k <= e + FRESH_REACH && (tokens[k] as Token).clause === asks.clause) {
      if ((tokens[k] as Token).info.norm === 'or') or = true;
      k++;
    }
    if (or && k <= e + FRESH_REACH) e = k;
  }
  // "I think sodium goes in or maybe potassium, I always mix them up, but the inside gets more
  // positive" (blind batch CW): a short aside owning up to the doubt goes with it too.
  e = afterDoubtAside(tokens, e, (tokens[i] as Token).sent);
  const link = tokens[e];
  // "… or maybe not, but mostly the ACh can't bind" (blind batch CN): an adverb of commitment
  // between the link and the subject.
  // "… or chloride coming in, but either way the cell gets negative again" (blind batch EI): a
  // commitment whichever the answer.
  const eitherWay = tokens[e + 1]?.info.norm === 'either' && tokens[e + 2]?.info.norm === 'way';
  const subject = eitherWay
    ? tokens[e + 3]
    : COMMIT_ADVERBS.has(tokens[e + 1]?.info.norm ?? '')
      ? tokens[e + 2]
      : tokens[e + 1];
  if (
    link === undefined ||
    subject === undefined ||
    link.sent !== (tokens[i] as Token).sent ||
    // "… or maybe chloride coming in, not 100% sure, then it gets negative again" (blind batch DK):
    // "then" and a subject of its own go on to the next step.
    (link.info.norm !== 'and' &&
      link.info.norm !== 'but' &&
      link.info.norm !== 'then' &&
      !REASON_LINKS.has(link.info.norm)) ||
    !(NEW_SUBJECTS.has(subject.info.norm) || isIonWord(subject.info.norm))
  )
    return 2 ** 30;
  return e;
}

/**
 * The token after a short clause at `e` in which the student owns up to a doubt ("I always mix
 * them up", "i forget which"), or `e` itself when no such clause stands there. At most six words.
 */
function afterDoubtAside(tokens: readonly Token[], e: number, sent: number): number {
  const first = tokens[e];
  if (first === undefined || first.sent !== sent) return e;
  // "… or maybe chloride coming in, not 100% sure, then it gets negative again" (blind batch DK):
  // a clause of doubt words only goes with the doubt before it.
  const doubtEnd = clauseOnlyOf(tokens, e, ONLY_DOUBT_WORDS, 6);
  if (doubtEnd >= 0) return doubtEnd;
  // "I'm not sure if it's K+ going out or Cl- coming in, one of those, and the inside gets negative
  // again" (blind batch EU): a short tag that leaves the choice open goes with the doubt too.
  const tagEnd = clauseOnlyOf(tokens, e, OPEN_CHOICE_WORDS, 4);
  if (OPEN_CHOICE_OPENERS.has(first.info.norm) && tagEnd > e + 1) return tagEnd;
  if (first.info.norm !== 'i') return e;
  let k = e;
  let owns = false;
  while (k < tokens.length && k <= e + 6 && (tokens[k] as Token).clause === first.clause) {
    if (OWNING_UP.has((tokens[k] as Token).info.norm)) owns = true;
    k++;
  }
  return owns && k <= e + 6 ? k : e;
}

/**
 * The token after the clause that starts at `e`, when that whole clause is at most `max` + 1 words,
 * each one of `words`; otherwise -1.
 */
function clauseOnlyOf(tokens: readonly Token[], e: number, words: ReadonlySet<string>, max: number): number {
  const first = tokens[e] as Token;
  let k = e;
  while (
    k < tokens.length &&
    k <= e + max &&
    (tokens[k] as Token).clause === first.clause &&
    words.has((tokens[k] as Token).info.norm)
  )
    k++;
  if (k === e || k > e + max) return -1;
  return tokens[k] === undefined || (tokens[k] as Token).clause !== first.clause ? k : -1;
}

/** First words of a tag leaving a choice open: "one of those", "something like that". */
const OPEN_CHOICE_OPENERS = new Set(['one', 'something', 'whichever']);
/** The words such a tag is made of. */
const OPEN_CHOICE_WORDS = new Set([
  'one',
  'of',
  'those',
  'them',
  'these',
  'the',
  'two',
  'something',
  'like',
  'that',
  'whichever',
  'it',
  'is',
]);
/**
 * Where a withdrawal at token i (an "or" offering another guess) starts in sentence `sent`: after
 * the last "so" before it when the guess goes on with a pronoun ("…, or maybe they …") standing for
 * the result's subject; otherwise at the sentence start (0). Bounded look-back.
 */
function resultStart(tokens: readonly Token[], sent: number, i: number): number {
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && !RESULT_PRONOUNS.has((tokens[k] as Token).info.norm)) k++;
  if (k > i + 3 || (tokens[k] as Token | undefined)?.sent !== sent) return 0;
  for (let j = i - 1; j > 0 && j > i - LOOK_BACK && (tokens[j] as Token).sent === sent; j--)
    if ((tokens[j] as Token).info.norm === 'so') return j;
  return 0;
}
const RESULT_PRONOUNS = new Set(['they', 'it']);

/** Words of a clause that only doubts: "not 100% sure", "idk", "im not sure tho". */
const ONLY_DOUBT_WORDS = new Set([
  'not',
  '100',
  'sure',
  'idk',
  'i',
  'im',
  'm',
  'am',
  'do',
  'dont',
  'know',
  'really',
  'totally',
  'tho',
  'though',
  'percent',
]);
/** Adverbs between "I" and "mix up"/"confuse": "I always mix up …". */
const CONFUSE_ADVERBS = new Set([
  'always',
  'sometimes',
  'usually',
  'still',
  'often',
  'kinda',
  'prob',
  'probably',
  'def',
]);

/**
 * The index of the "I" of the "mix"/"confuse" at token i when it opens the sentence ("I always mix
 * up …"), else -1.
 */
function confusingSubject(tokens: readonly Token[], i: number): number {
  const k = CONFUSE_ADVERBS.has(tokens[i - 1]?.info.norm ?? '') ? i - 2 : i - 1;
  const subject = tokens[k];
  return subject !== undefined &&
    subject.info.norm === 'i' &&
    subject.sent === (tokens[i] as Token).sent &&
    startsSentence(tokens, k)
    ? k
    : -1;
}

/** Words of an aside owning up to a doubt: "I always mix them up", "I forget", "I get confused". */
const OWNING_UP = new Set(['mix', 'mixed', 'forget', 'forgot', 'confuse', 'confused', 'remember']);

/** Adverbs between "but"/"and" and the subject of a fresh statement ("but mostly the ACh …"). */
const COMMIT_ADVERBS = new Set(['mostly', 'mainly', 'basically', 'definitely', 'anyway', 'really', 'still']);

/**
 * 2 when the words from token k are "any|all of this|it|that" (everything said so far), 1 when they
 * are "this|it|that" ending the sentence (the statement just made), else 0.
 */
function aboutAllOfIt(tokens: readonly Token[], k: number): number {
  const sent = (tokens[k - 1] as Token | undefined)?.sent;
  const at = (j: number) => normAt(tokens, j, sent);
  const those = ['this', 'it', 'that'];
  if ((at(k) === 'any' || at(k) === 'all') && at(k + 1) === 'of') return those.includes(at(k + 2)) ? 2 : 0;
  return those.includes(at(k)) && at(k + 1) === '' ? 1 : 0;
}

/** True when "but not" at token i goes on to "this one", "here" or "in this case". */
function notThisOne(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  const at = (j: number) => normAt(tokens, j, sent);
  const a = at(i + 2);
  return (
    (a === 'this' && (at(i + 3) === 'one' || at(i + 3) === '')) ||
    a === 'here' ||
    (a === 'in' && at(i + 3) === 'this')
  );
}

/** Index of the first token after a spaced dash following token i in its sentence, or 2^30. */
function dashAfter(tokens: readonly Token[], text: string, i: number): number {
  const sent = (tokens[i] as Token).sent;
  for (
    let k = i + 1;
    k < tokens.length && k <= i + THOUGHT_REACH && (tokens[k] as Token).sent === sent;
    k++
  ) {
    if (spacedDashBetween(text, tokens[k - 1] as Token, tokens[k] as Token)) return k;
  }
  return 2 ** 30;
}

/** True when the "say" at token i is what the student nearly said: "was going to say", "wanted to say", "gonna say". */
function nearlySaid(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  const at = (k: number) => normAt(tokens, k, sent);
  const w1 = at(i - 1);
  if (w1 === 'gonna' || w1 === 'wanna') return true;
  return w1 === 'to' && (at(i - 2) === 'going' || at(i - 2) === 'wanted' || at(i - 2) === 'want');
}

/**
 * True when the "maybe" at token i follows the condition of an "if" clause that opens its sentence
 * ("If there is a lot of toxin maybe ACh can't bind"): it opens the main clause, unpunctuated.
 */
function endsIfPart(tokens: readonly Token[], i: number, clauses: ClauseBounds): boolean {
  const start = clauses.start(i);
  const first = tokens[start];
  return first !== undefined && first.info.norm === 'if' && i - start >= 3 && startsSentence(tokens, start);
}

/** Verbs that report what someone said or thought ("Dev said …", "Maria thinks …"). */
const SAY_VERBS = new Set(['said', 'says', 'thinks', 'argued', 'claimed', 'claims', 'insisted']);

/** Words before a say-verb that make it no report of a person's view ("it is said", "as said"). */
const NOT_A_SPEAKER = new Set(['is', 'was', 'be', 'been', 'as', 'it', 'i', 'we', 'the', 'what', 'and', 'or']);

/**
 * True when the say-verb at token i has a speaker other than the student right before it, in
 * the same sentence ("Dev said", "my partner thinks", "she says"). "I said" and "we said" are
 * the student's own words; "I thought … but" has its own rule.
 */
function saidBySomeone(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.sent === (tokens[i] as Token).sent && !NOT_A_SPEAKER.has(prev.info.norm);
}

/**
 * Index of "I say" / "we think" answering the report at token i in a later clause of its
 * sentence ("Maria says it shrinks, I say it swells"), or 2^30 when there is none within reach.
 */
function ownCounterClaim(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  for (let k = i + 1; k < tokens.length && k <= i + THOUGHT_REACH; k++) {
    const a = tokens[k] as Token;
    if (a.sent !== t.sent) break;
    const b = tokens[k + 1];
    if (
      a.clause !== t.clause &&
      (a.info.norm === 'i' || a.info.norm === 'we') &&
      b !== undefined &&
      OWN_SAY.has(b.info.norm)
    )
      return k;
  }
  return 2 ** 30;
}

/** The student's own "say" or "think" after a reported view. */
const OWN_SAY = new Set(['say', 'think', 'said', 'thought', 'disagree']);

/** How far after "I thought" the "but" that corrects it may come. */
const THOUGHT_REACH = 30;

/** How far after a doubt its clause may run for a new statement to be looked for after it. */
const FRESH_REACH = 40;

const NEW_SUBJECTS = new Set([
  'it',
  'its',
  'they',
  'the',
  'this',
  'that',
  'both',
  'each',
  'active',
  'passive',
  // "… or maybe Na+ going out idk, and voltage goes back down to -70" (blind batch BW): a bare
  // noun, or an ion, opening the next clause is a subject of its own
  'voltage',
  'membrane',
  'potential',
  'cell',
  'neuron',
  'water',
  'pump',
]);

/**
 * First token index of token i's negation segment (its clause cut at "and"/"or"), looking back at
 * most `reach` words when given.
 */
function segmentStart(tokens: readonly Token[], i: number, reach = 2 ** 30): number {
  let k = i;
  while (k > 0 && k > i - reach && (tokens[k - 1] as Token).seg === (tokens[i] as Token).seg) k--;
  return k;
}

/**
 * The two kinds of ion a doubt asks between, "(it's) Na+ or K+", from token k in sentence `sent`
 * ("na", "k", "cl", "ca"), or undefined when the words there are not such a choice.
 */
function ionChoice(tokens: readonly Token[], k: number, sent: number): [string, string] | undefined {
  let j = k;
  while (CHOICE_FILLERS.has(normAt(tokens, j, sent))) j++;
  const a = ionKind(normAt(tokens, j, sent));
  if (a === '' || normAt(tokens, j + 1, sent) !== 'or') return undefined;
  j += 2;
  if (normAt(tokens, j, sent) === 'the') j++;
  const b = ionKind(normAt(tokens, j, sent));
  return b === '' || b === a ? undefined : [a, b];
}
const CHOICE_FILLERS = new Set(['its', 'it', 'is', 'the']);

/**
 * Marks, in the sentence before the doubt at token i, the words naming either ion of `choice`
 * (first to last: a sentence holds at most two marked ranges); true when there was one to mark.
 */
function markDoubtedIons(
  marks: HedgeMarks,
  tokens: readonly Token[],
  i: number,
  choice: [string, string] | undefined,
): boolean {
  if (choice === undefined) return false;
  const sent = (tokens[i] as Token).sent - 1;
  let first = -1;
  let last = -1;
  for (let k = i - 1; k >= 0 && (tokens[k] as Token).sent >= sent; k--) {
    const t = tokens[k] as Token;
    if (t.sent > sent) continue;
    const kind = ionKind(t.info.norm);
    if (kind !== '' && (kind === choice[0] || kind === choice[1])) {
      if (last < 0) last = k;
      first = k;
    }
  }
  if (first < 0) return false;
  marks.markRange(sent, first, last + 1);
  return true;
}

/** The first auxiliary ("is", "can", …) in tokens [from, to), or -1. */
function firstAuxiliary(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (AUXILIARIES.has((tokens[k] as Token).info.norm)) return k;
  return -1;
}

/**
 * For a "wait no" / "actually no" opening the sentence at token i, after the sentence ending at
 * token `last`: the start of the one part of that sentence that says which way along the gradient
 * things go, when the correction speaks only of that ("high", "low", "gradient", …) and that
 * sentence has other parts; otherwise -1. A correction of direction leaves the energy said beside
 * it ("needs ATP because … against their gradient. actually no … with the gradient"); one that
 * speaks of places or anything else takes the whole sentence back. Bounded by the two sentences.
 */
function redoneDirectionPart(tokens: readonly Token[], last: number, i: number): number {
  const sent = (tokens[i] as Token).sent;
  let direction = false;
  for (let k = i; k < tokens.length && (tokens[k] as Token).sent === sent; k++) {
    if (saysWayAlongGradient(tokens, k)) direction = true;
    else if (REDONE_WORDS.has((tokens[k] as Token).info.norm)) return -1;
  }
  return direction ? onlyPartWith(tokens, last, (j) => saysWayAlongGradient(tokens, j)) : -1;
}
/**
 * Whether token k says which way along a gradient: "high", "low", "against", "uphill", "downhill",
 * or "gradient" after "with", "against", "down", "along" or "up" ("goes with the gradient"; not "the
 * gradients stay the same").
 */
function saysWayAlongGradient(tokens: readonly Token[], k: number): boolean {
  const w = (tokens[k] as Token).info.norm;
  if (WAY_WORDS.has(w)) return true;
  if (w !== 'gradient' && w !== 'gradients') return false;
  const sent = (tokens[k] as Token).sent;
  return GRADIENT_WAYS.has(normAt(tokens, k - 1, sent)) || GRADIENT_WAYS.has(normAt(tokens, k - 2, sent));
}
const WAY_WORDS = new Set(['high', 'low', 'against', 'uphill', 'downhill']);
const GRADIENT_WAYS = new Set(['with', 'against', 'down', 'along', 'up']);

/** The token after the segment of token i. */
function segmentEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && (tokens[k] as Token).seg === (tokens[i] as Token).seg) k++;
  return k;
}

/**
 * For a correction at token i after the sentence ending at token `last`: the start of the one
 * part ("and" segment) of that sentence that the correction redoes, by sharing a word of direction
 * or energy with it ("high", "low", "in", "out", "ATP", …), when the sentence has several parts and
 * only one shares such a word; otherwise -1. Bounded by the two sentences.
 */
function redonePart(tokens: readonly Token[], last: number, i: number): number {
  const sent = (tokens[i] as Token).sent;
  const said = new Set<string>();
  for (let k = i; k < tokens.length && (tokens[k] as Token).sent === sent; k++) {
    const w = (tokens[k] as Token).info.norm;
    if (REDONE_WORDS.has(w)) said.add(w);
  }
  return said.size === 0 ? -1 : onlyPartWith(tokens, last, (j) => said.has((tokens[j] as Token).info.norm));
}

/**
 * The start of the one part ("and" segment) of the sentence ending at token `last` that holds a
 * token passing `has`, when the sentence has two parts or more and exactly one holds such a token;
 * otherwise -1. Reads the sentence once.
 */
function onlyPartWith(tokens: readonly Token[], last: number, has: (j: number) => boolean): number {
  const prev = (tokens[last] as Token).sent;
  let lo = last;
  while (lo > 0 && (tokens[lo - 1] as Token).sent === prev) lo--;
  let found = -1;
  let parts = 0;
  for (let k = lo; k <= last; k = segmentEnd(tokens, k)) {
    parts++;
    for (let j = k; j < segmentEnd(tokens, k); j++)
      if (has(j)) {
        if (found >= 0) return -1;
        found = k;
        break;
      }
  }
  return parts >= 2 ? found : -1;
}
const REDONE_WORDS = new Set(['high', 'low', 'in', 'out', 'inside', 'outside', 'atp', 'energy']);

/**
 * Whether token k is the "guess" of an "i guess" that ends its sentence after a clause of at least
 * three segments (items joined by "and"/"or"), counted within LOOK_BACK tokens.
 */
function closingGuessInRunOn(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.info.norm !== 'guess' || tokens[k - 1]?.info.norm !== 'i') return false;
  if (tokens[k + 1]?.sent === t.sent) return false;
  let segs = 1;
  for (let j = k - 1; j > 0 && j > k - LOOK_BACK; j--) {
    const a = tokens[j - 1] as Token;
    if (a.clause !== t.clause) break;
    if (a.seg !== (tokens[j] as Token).seg && ++segs >= 3) return true;
  }
  return false;
}

/** One past the last token index of token i's clause. */
function clauseEnd(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k + 1 < tokens.length && (tokens[k + 1] as Token).clause === (tokens[i] as Token).clause) k++;
  return k + 1;
}

/**
 * The index of a "maybe" (or "or") within three words before token i in its sentence ("maybe its
 * the …", "or the …"), or -1 when there is none.
 */
function maybeBefore(tokens: readonly Token[], i: number): number {
  const sent = (tokens[i] as Token).sent;
  for (let k = i - 1; k >= 0 && k >= i - 3 && (tokens[k] as Token).sent === sent; k--) {
    const w = (tokens[k] as Token).info.norm;
    if (w === 'maybe' || w === 'or') return k;
  }
  return -1;
}

/**
 * Whether the word `k` places after token i is a "which" that names what the doubt is about ("I
 * don't remember which ions go with which"): a noun follows it. "… with or against the gradient,
 * not sure which." and "not sure which way it goes" look back at the choice just made.
 */
function whichNamesTopic(tokens: readonly Token[], i: number, k: number): boolean {
  const which = tokens[i + k];
  const after = tokens[i + k + 1];
  if (which?.info.norm !== 'which' || which.sent !== (tokens[i] as Token).sent) return false;
  // "not sure which, and …": a "which" ending its clause looks back at the choice just made.
  return after !== undefined && after.clause === which.clause && !WHICH_BACK.has(after.info.norm);
}

/** Short words that say nothing of a topic, left out when comparing what two parts talk about. */
const EMPTY_TOPIC_WORDS = new Set([
  'that',
  'this',
  'they',
  'them',
  'their',
  'there',
  'what',
  'does',
  'have',
  'with',
  'from',
  'into',
  'just',
  'really',
  'even',
]);

/**
 * True when words follow the "why" at token w in its sentence and none of the first eight (of four
 * letters or more) was already said in the sentence before the doubt at token i: the doubt asks
 * about something else ("… i dont remember why it needs energy" after a sentence on charge).
 */
function whyAsksNewTopic(tokens: readonly Token[], i: number, w: number): boolean {
  const why = tokens[w];
  if (why?.info.norm !== 'why') return false;
  const sent = why.sent;
  const asked: string[] = [];
  for (let k = w + 1; k < tokens.length && k <= w + 8; k++) {
    const t = tokens[k] as Token;
    if (t.sent !== sent) break;
    if (t.info.norm.length >= 4 && !EMPTY_TOPIC_WORDS.has(t.info.norm)) asked.push(t.info.stem);
  }
  if (asked.length === 0) return false;
  for (let k = i - 1; k >= 0 && (tokens[k] as Token).sent === sent; k--)
    if (asked.includes((tokens[k] as Token).info.stem)) return false;
  return true;
}

/** Words after "but it might be" that offer another answer: a number, or the other way round. */
const ALTERNATIVE_WORDS = new Set([
  'other',
  'opposite',
  'reverse',
  'reversed',
  'backwards',
  'backward',
  'switched',
  'flipped',
  'swapped',
  // "I think it goes high to low but it might be low to high" (blind batch BJ): the other end of
  // the gradient, or the other ion, is the other answer
  'low',
  'high',
  'sodium',
  'potassium',
  'na+',
  'k+',
]);

/**
 * True when the "but" at token i opens "but it|its|that might|may|could be" followed by a number or
 * the other way round ("… 3 to 2 but it might be 2 to 3", "… but it could be the opposite").
 */
function butOffersAlternative(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  let k = i + 1;
  const at = (j: number) => normAt(tokens, j, sent);
  // "… but maybe its 2 to 3" (blind batch AX) as well as "… but it might be 2 to 3"
  if (at(k) === 'maybe') {
    k++;
    if (at(k) === 'it' && at(k + 1) === 'is') k += 2;
    // "… but maybe it's 2 to 3, not sure" (blind batch BJ): the apostrophe's "s" is dropped, so
    // "it's" reads "it"
    else if (at(k) === 'its' || at(k) === 'thats' || at(k) === 'it' || at(k) === 'that') k++;
    else return false;
  } else {
    if (at(k) === 'it' || at(k) === 'its' || at(k) === 'that') k++;
    if (at(k) !== 'might' && at(k) !== 'may' && at(k) !== 'could') return false;
    // "It might use ATP but it could also just be diffusion" (blind batch BH): after a doubting
    // modal, "also" offers another answer, whatever it names.
    if (at(k + 1) === 'also' && (at(k + 2) === 'be' || (at(k + 2) === 'just' && at(k + 3) === 'be')))
      return i > 0 && modalBefore(tokens, i - 1);
    if (at(k + 1) !== 'be') return false;
    k += 2;
  }
  if (at(k) === 'the') k++;
  const w = at(k);
  return /^\d+$/.test(w) || ALTERNATIVE_WORDS.has(w);
}

/**
 * True when token k is a "which" that ends its clause ("one of them uses energy i forget which",
 * "… i forget which one"):
 * it looks back at the choice just made. "i forget which ion it is" names another topic instead.
 */
function whichEndsClause(tokens: readonly Token[], k: number): boolean {
  const which = tokens[k];
  if (which?.info.norm !== 'which') return false;
  const ends = (t: Token | undefined): boolean =>
    t === undefined || t.sent !== which.sent || t.clause !== which.clause;
  const after = tokens[k + 1];
  // "The ratio is 3:2 or 2:3, I forget which one." (blind batch CC): "which one", "which way" end it too.
  if (!ends(after) && (after?.info.norm === 'one' || after?.info.norm === 'way')) return ends(tokens[k + 2]);
  return ends(after);
}

/** Words after "which" that look back at a choice ("which one", "which way", "which is right"). */
const WHICH_BACK = new Set([
  'one',
  'way',
  'is',
  'it',
  'its',
  'was',
  'lol',
  'haha',
  'tho',
  'though',
  'of',
  'direction',
]);

/**
 * True when token i opens its sentence after only a part's letter ("(a) whether …", "b) whether …"):
 * a part of the question copied as a heading. Not "Whether it requires energy is debatable - …",
 * the student's own sentence.
 */
function partMarkerBefore(tokens: readonly Token[], i: number): boolean {
  const m = tokens[i - 1];
  const sent = (tokens[i] as Token).sent;
  if (m === undefined || m.sent !== sent || !/^[a-e]$/.test(m.info.norm)) return false;
  // "For part (a), whether each needs …" (blind batch CB): "part" and "for" may stand before it.
  let k = i - 2;
  if (tokens[k]?.sent === sent && tokens[k]?.info.norm === 'part') k--;
  if (tokens[k]?.sent === sent && tokens[k]?.info.norm === 'for' && tokens[k + 1]?.info.norm === 'part') k--;
  return k < 0 || (tokens[k] as Token).sent !== sent;
}

/**
 * The first token after token i (up to `to`) that opens a new clause after a dash, colon or comma, where an
 * answer follows the question it heads; 2^30 when there is none.
 */
function answerAfterHeading(tokens: readonly Token[], text: string, i: number, to: number): number {
  const sent = (tokens[i] as Token).sent;
  for (let k = i + 1; k < tokens.length && k < to && (tokens[k] as Token).sent === sent; k++) {
    const prev = tokens[k - 1] as Token;
    const cur = tokens[k] as Token;
    // Or a comma: "For part (a), whether each needs an input of energy from the cell, passive
    // transport does not …" (blind batch CB).
    if (
      cur.clause !== prev.clause &&
      /\s[-\u2013\u2014]\s|[:,\u2013\u2014]/.test(text.slice(prev.end, cur.start))
    )
      return k;
  }
  return 2 ** 30;
}

/**
 * The index of the first "but" after token i in its sentence (within `reach` words, when given),
 * or 2^30 (the sentence's end) when none.
 */
function nextBut(tokens: readonly Token[], i: number, reach = 2 ** 30): number {
  const sent = (tokens[i] as Token).sent;
  for (let k = i + 1; k < tokens.length && k <= i + reach && (tokens[k] as Token).sent === sent; k++)
    if ((tokens[k] as Token).info.norm === 'but') return k;
  return 2 ** 30;
}

/** "no", also as the tokenizer marks it in a correction ("no wait", "wait no"). */
/** Whether the text between two words holds a trailing-off: "..", "..." or the one-character "…". */
function hasEllipsis(gap: string): boolean {
  return gap.includes('..') || gap.includes('\u2026');
}

/** True when the "no" at token i follows a trailing "..." in its sentence and is followed by a comma. */
function trailedNo(tokens: readonly Token[], text: string, i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i] as Token;
  if (prev === undefined || prev.sent !== t.sent) return false;
  if (!hasEllipsis(text.slice(prev.end, t.start))) return false;
  return text
    .slice(t.end, t.end + 3)
    .trimStart()
    .startsWith(',');
}

/** Whether a folded word is "no", plain or as the correction's "no" ("wait no"). */
export function isNo(w: string): boolean {
  return w === 'no' || w === 'no_';
}

/**
 * The words the rules of {@link hedgedSentences}'s chain start from (the token's own word, `w`,
 * in each rule's first test): "no" and "no_" for {@link isNo}, "oops" and "my" for
 * {@link opensCorrection}. A token with any other word is matched by no rule, so it skips the
 * chain. A new rule keyed on another word must add that word here.
 */
const CHAIN_WORDS = new Set([
  'idk',
  'probably',
  'unsure',
  'depends',
  'forget',
  'forgot',
  'guess',
  'could',
  'might',
  'may',
  ...OWNED_UP,
  'mixed',
  'mix',
  'confuse',
  'thought',
  'say',
  ...SAY_VERBS,
  'either',
  'whether',
  'if',
  'possible',
  'maybe',
  'perhaps',
  'possibly',
  'or',
  ...TONICITIES,
  'something',
  'not',
  'but',
  'wait',
  'actually',
  'no',
  'no_',
  'nvm',
  'scratch',
  'never',
  'oops',
  'my',
  'opposite',
  'vice',
  'i',
  'other',
]);

/** True when token i follows one interjection or "actually" that opens its sentence ("actually nvm"). */
function opensAfterInterjection(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.sent !== (tokens[i] as Token).sent) return false;
  return (
    (INTERJECTIONS.has(prev.info.norm) || prev.info.norm === 'actually') && startsSentence(tokens, i - 1)
  );
}

/** A doubt sentence this short ("Not sure.", "I really dont know tbh") is about the sentence before it. */
const ALONE_MAX_WORDS = 5;

/**
 * Words a doubt said on its own is made of ("Not sure.", "idk tho", "I really dont know lol").
 * "I dont know why." or "idk the proteins part." name what the doubt is about, so they do not
 * take back the sentence before.
 */
const DOUBT_ONLY = new Set([
  'i',
  'im',
  'am',
  'not',
  'sure',
  'unsure',
  'really',
  'totally',
  'quite',
  'know',
  'do',
  'dont',
  'idk',
  'tho',
  'though',
  'lol',
  'honestly',
  'tbh',
  'but',
  'or',
  'so',
  'maybe',
  'remember',
  'forget',
  'forgot',
  'certain',
]);

function onlyDoubt(tokens: readonly Token[], sent: number, from: number): boolean {
  let k = from;
  while (k > 0 && (tokens[k - 1] as Token).sent === sent) k--;
  for (; k < tokens.length && (tokens[k] as Token).sent === sent; k++) {
    if (!DOUBT_ONLY.has((tokens[k] as Token).info.norm)) return false;
  }
  return true;
}

/** Words per sentence number. */
function lengths(tokens: readonly Token[]): Int32Array {
  const out = new Int32Array((tokens[tokens.length - 1]?.sent ?? 0) + 1);
  for (const t of tokens) out[t.sent] = (out[t.sent] as number) + 1;
  return out;
}

/** Words after which an -ed word is an adjective ("in distilled water", "a concentrated solution"). */
const ADJECTIVE_BEFORE = new Set(['a', 'an', 'the', 'in', 'into', 'of', 'with', 'some', 'its', 'their']);

/** Past forms that make an "if" clause unreal ("If the pump used ATP, it would …"). */
const UNREAL_IF = new Set([
  'were',
  'was',
  'had',
  'could',
  'did',
  'used',
  'went',
  'came',
  'got',
  'took',
  'made',
  'ran',
  'broke',
  'stopped',
  // More irregular pasts: "If Na+ left the cell during depolarization, the inside would get
  // more negative" (blind batch AW) imagines a case; it claims nothing.
  'left',
  'lost',
  'fell',
  'rose',
  'became',
  'kept',
  'held',
  'brought',
  'built',
  'grew',
  'sent',
  'spent',
  'began',
  'gave',
  'bound',
  'drew',
  'found',
]);

/**
 * Whether token t is joined to the word before it by a hyphen: "If the voltage-gated Na+ channels
 * open, …" (blind batch CQ) names a kind of channel; "gated" is no past verb.
 */
function hyphenated(text: string, t: Token): boolean {
  return t.start > 0 && text[t.start - 1] === '-';
}

/** Present forms of "be" (and verbs like it) before a participle that names a state now. */
const PRESENT_BE = new Set(['is', 'are', 'am', 'gets', 'get', 'stays', 'stay', 'remains', 'remain']);
/** Adverbs that may stand between such a verb and its participle ("is already bound"). */
const STATE_ADVERBS = new Set([
  'already',
  'still',
  'just',
  'now',
  'also',
  'completely',
  'permanently',
  'all',
]);
/** The auxiliaries of UNREAL_IF, which are no participle. */
const UNREAL_AUX = new Set(['were', 'was', 'had', 'could', 'did']);

/**
 * Whether the past form at token i is a participle after a present "is"/"are"/"gets"
 * ("If the toxin is already bound then ACh would not be able to bind"): a state now, as in a first
 * conditional, not an unreal past.
 */
function presentState(tokens: readonly Token[], i: number): boolean {
  if (UNREAL_AUX.has((tokens[i] as Token).info.norm)) return false;
  let k = i - 1;
  if (STATE_ADVERBS.has(tokens[k]?.info.norm ?? '')) k--;
  return PRESENT_BE.has(tokens[k]?.info.norm ?? '');
}

/** Whether any token is the word "if". */
function hasIf(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).info.norm === 'if') return true;
  return false;
}

/**
 * Sentences that are second conditionals: an "if" clause in the past ("were", "was", "had",
 * "could", "did" or an -ed verb) and "would" in another clause of the sentence ("If the water
 * were hypotonic, water would go in"; "The pump would need ATP if it was against the gradient").
 * The student imagines a case instead of stating the facts, so the sentence earns nothing — up
 * to a "but" after the imagined result, which turns back to the case at hand ("If the water was
 * salty the cell would shrink, but since it's pure water, water goes in"). Returned as flat
 * triples: sentence, first token index, end token index (exclusive).
 * A first conditional ("if the channels open, Na+ flows in") is a statement and still counts.
 */
function secondConditionals(tokens: readonly Token[], text: string): number[] {
  const out: number[] = [];
  // Only an "if" opens an if-clause, and nothing is marked without one: most answers have none,
  // and one compare per token is far cheaper than the per-token tests below.
  if (!hasIf(tokens)) return out;
  let sent = -1;
  let start = 0;
  let ifClause = -1;
  let unreal = false;
  let wouldClause = -1;
  let butAt = -1;
  /** The supposition is the student's answer (something taken away, a generic condition, a confirmed case). */
  let answered = false;
  let ifAt = -1;
  let removalEnd = -1;
  let energySupposed = false;
  /** A later "none of that happens" denied the imagined results: they are negated facts now. */
  let denied = false;
  /** The sentence before was marked as a case set against the facts. */
  let prevImagined = false;
  /** The sentence before was a supposition read as the student's answer (a generic "if a cell wanted to …"). */
  let prevAnswered = false;
  /** The sentence before was a supposition ("if …, … would …") read as the facts, not set against them. */
  let prevSupposedFact = false;
  /** The first "but" of the sentence before its "if". */
  let butBeforeIf = -1;
  /** "it could only work if …": a condition the facts must meet, stated as a fact. */
  let onlyIf = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.sent !== sent) {
      // The sentence before ends here (no closure for this: one would be made per answer).
      // A denied thought experiment is stated facts, negated (denied-counterfactual.ts): nothing to mark.
      prevImagined = false;
      prevAnswered = unreal && wouldClause >= 0 && answered && !energySupposed;
      if (!denied && !onlyIf) {
        if (unreal && wouldClause >= 0 && againstFacts(tokens, start, i, ifAt, answered)) {
          out.push(sent, start, butAt >= 0 ? butAt : i);
          prevImagined = sent >= 0;
        }
        // The supposition itself ("if a cell had no ATP") states nothing about the cell's energy.
        else if (unreal && wouldClause >= 0 && energySupposed) out.push(sent, ifAt, removalEnd);
      }
      prevSupposedFact = ifAt >= 0 && wouldClause >= 0 && !prevImagined && !denied;
      sent = t.sent;
      start = i;
      ifClause = -1;
      unreal = false;
      wouldClause = -1;
      butAt = -1;
      answered = false;
      ifAt = -1;
      removalEnd = -1;
      energySupposed = false;
      denied = false;
      butBeforeIf = -1;
      onlyIf = false;
    }
    if (t.info === DENIED_NOT) denied = true;
    const w = t.info.norm;
    // "If the pump stopped, Na+ would leak in", "If a cell ran out of ATP, active transport would
    // stop": taking something away to show what it does is the student's explanation, not a case
    // set against the facts ("If the pump were working, it would …" still is).
    // "If a cell wanted to move something …, it would have to spend ATP": a generic condition,
    // not a case against the facts; "… and thats exactly what it does" confirms the supposition.
    if (
      !answered &&
      ((t.clause === ifClause && wouldClause < 0 && genericIf(tokens, i)) || confirms(tokens, i))
    ) {
      answered = true;
      removalEnd = i + 1;
      energySupposed = false;
    }
    if (t.clause === ifClause && wouldClause < 0 && !answered) {
      const end = removalEnds(tokens, i);
      if (end > i) {
        answered = true;
        removalEnd = end;
        energySupposed = ENERGY.has(tokens[end - 1]?.info.norm ?? '');
      }
    }
    if (w === 'but' && ifClause < 0 && butBeforeIf < 0 && i > start) butBeforeIf = i;
    if (w === 'if' && ifClause < 0) {
      ifClause = t.clause;
      ifAt = i;
      // "water rushes in the rbc and it lyses, if it was a plant the wall would stop it" (blind
      // batch DF): an "if" after a comma that ends a plain statement (no "would", "could" or
      // "might" in it) supposes only what follows; the statement before it stands.
      if (i > start && butBeforeIf < 0 && commaBefore(text, tokens, i) && !modalBetween(tokens, start, i))
        start = i;
      // "Passive transport wouldn't cost any ATP, but it could only work if the glucose was moving
      // …" (blind batch BH): an "if" after a "but" supposes only what follows the "but"; the
      // statement before it stands.
      if (butBeforeIf >= 0) {
        start = butBeforeIf;
        wouldClause = resultClauseIn(tokens, butBeforeIf + 1, i);
      }
      // "it could only work if …", "only if …": a condition the facts must meet, not a case
      // imagined against them.
      if (
        tokens[i - 1]?.info.norm === 'only' ||
        (tokens[i - 2]?.info.norm === 'only' && tokens[i - 2]?.clause === tokens[i - 1]?.clause)
      )
        onlyIf = true;
      // "… so the gradients would disappear. If that happened the potential would get less
      // negative": a supposition that only points back goes on from the sentence before, which
      // was the student's own explanation unless it was itself set against the facts.
      const end = pointsBack(tokens, i);
      if (end > i && !prevImagined) {
        answered = true;
        removalEnd = end;
        energySupposed = false;
      }
      // "If a cell wanted to move glucose from low to high it would need active transport … . If it
      // was going from high to low it could just use passive transport": the next case of the same
      // generic supposition is an answer too, after a "But" as well ("But if there was more glucose
      // outside, it could let glucose flow in by passive transport …"; blind batch ED).
      else if (
        prevAnswered &&
        (i === start || (i === start + 1 && LINKS_BEFORE_IF.has(tokens[start]?.info.norm ?? '')))
      ) {
        answered = true;
        removalEnd = i + 1;
        energySupposed = false;
      }
      // "If sodium channels open, Na+ would come into the cell … . If potassium channels then
      // opened, K+ would leave …" (blind batches CC, CD): the next step of a supposition read as
      // the facts, marked as the next one ("then", "next"), walks on through the same process.
      // So does a step named and defined by the next case: "Repolarization would be if K+ went out,
      // making it negative again" (blind batch EE).
      else if (
        prevSupposedFact &&
        ((i === start && conditionIsNextStep(tokens, i)) ||
          (i === start + 3 && tokens[i - 1]?.info.norm === 'be' && tokens[i - 2]?.info.norm === 'would'))
      ) {
        answered = true;
        removalEnd = i + 1;
        energySupposed = false;
      }
    }
    // "if the cell had extra ATP it could move …": after the unreal verb, "could" is the result.
    else if (w === 'could' && unreal && t.clause === ifClause) wouldClause = t.clause;
    // An -ed word after an article or a preposition is an adjective, not a past verb: "If you put
    // an RBC in distilled water, water would rush in" describes the case at hand (blind batch AZ).
    else if (
      t.clause === ifClause &&
      (UNREAL_IF.has(w) ||
        (w.length > 4 &&
          w.endsWith('ed') &&
          !ADJECTIVE_BEFORE.has(tokens[i - 1]?.info.norm ?? '') &&
          !hyphenated(text, t))) &&
      // Only in an if-clause before its result: "it might still fire if enough ACh is released"
      // stays a supposition set apart.
      !(wouldClause < 0 && presentState(tokens, i))
    )
      unreal = true;
    // "If potassium channels opened K+ would go out": without a comma the "would" shares the
    // if-clause, but it still comes after the unreal verb.
    else if (
      (w === 'would' || w === 'might' || (w === 'could' && t.clause !== ifClause)) &&
      (t.clause !== ifClause || unreal)
    )
      wouldClause = t.clause;
    else if (w === 'but' && butAt < 0 && unreal && wouldClause >= 0 && t.clause !== ifClause) butAt = i;
    // "If the cell had to spend ATP on passive transport it would be active transport, so passive
    // transport doesn't need energy" (blind batch BM): a ", so" clause in the plain present after
    // the imagined result draws the conclusion for the case at hand, as a "but" turns to it. Not
    // "it would keep Na+ out and K+ in so the gradients stay steep": without the comma the "so"
    // goes on with the imagined result.
    // So does a ", because" reason in the plain present: "If the Na+ channels didn't open, there would
    // be no depolarization, because depolarization is Na+ moving into the neuron" (blind batch CS)
    // states what depolarization is. So does ", since": "…, there would be no depolarization,
    // since Na+ has to rush into the cell to make the inside less negative" (blind batch DY).
    else if (
      (CONCLUDES.has(w) || w === 'because' || w === 'since') &&
      butAt < 0 &&
      unreal &&
      wouldClause >= 0 &&
      t.clause !== ifClause &&
      commaBefore(text, tokens, i) &&
      !modalInClause(tokens, i)
    )
      butAt = i;
  }
  if (!denied && !onlyIf) {
    if (unreal && wouldClause >= 0 && againstFacts(tokens, start, tokens.length, ifAt, answered))
      out.push(sent, start, butAt >= 0 ? butAt : tokens.length);
    else if (unreal && wouldClause >= 0 && energySupposed) out.push(sent, ifAt, removalEnd);
  }
  return out;
}

/** Words that, with a preposition, put a question before "if" ("differ in if", "depends on if"). */
const EMBEDDED_IF_LEADS = new Set([
  'different',
  'differ',
  'differs',
  'vary',
  'varies',
  'depends',
  'depend',
  'depending',
  'based',
]);

/**
 * Whether the "if" at token i puts a question, as "whether" does: after "different in", "depends
 * on" and the like. Not after a direction ("water goes in, if hypertonic …").
 */
function embeddedIf(tokens: readonly Token[], i: number): boolean {
  const prep = tokens[i - 1];
  const lead = tokens[i - 2];
  return (
    prep !== undefined &&
    lead !== undefined &&
    lead.sent === (tokens[i] as Token).sent &&
    (prep.info.norm === 'in' || prep.info.norm === 'on' || prep.info.norm === 'upon') &&
    EMBEDDED_IF_LEADS.has(lead.info.norm)
  );
}

/**
 * Whether the condition opened at token i ("if", "when") marks itself as the next step: "then" or
 * "next" (or "after that", "afterwards", "later") within its first few words, before its result
 * ("If K+ channels then opened", "If K+ channels opened next"). A "then" that the tokenizer puts in a clause of its own right after the
 * condition's words counts. Shared by the supposition reader here and the topic reader.
 */
export function conditionIsNextStep(tokens: readonly Token[], i: number): boolean {
  const clause = (tokens[i] as Token).clause;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const t = tokens[k] as Token;
    if (t.info.norm === 'then' || t.info.norm === 'next' || NEXT_STEP_AFTER.has(t.info.norm)) return true;
    // "If the potassium channels opened after that, K+ would leave" (blind batch DZ).
    if (t.info.norm === 'after' && THAT_STEP.has(tokens[k + 1]?.info.norm ?? '')) return true;
    if (t.clause !== clause || t.info.norm === 'would' || t.info.norm === 'will') return false;
  }
  return false;
}

/** Single words that mark a condition as the step after the one before ("If K+ channels opened afterwards"). */
const NEXT_STEP_AFTER = new Set(['afterwards', 'afterward', 'later']);
/** Words after "after" that point back to the step before ("after that", "after this"). */
const THAT_STEP = new Set(['that', 'this']);

/** The clause of the first "would", "could" or "might" in tokens[from, to), or -1. */
function resultClauseIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).info.norm;
    if (w === 'would' || w === 'could' || w === 'might') return (tokens[k] as Token).clause;
  }
  return -1;
}

/**
 * Whether the sentence tokens[start, end) is not turned against by a "but": none inside it ("…
 * would burst if it had no cell wall but it does") and none opening the next sentence ("If ouabain
 * blocked the channels too … But since it only blocks the pump …").
 */
function standsAlone(tokens: readonly Token[], start: number, end: number): boolean {
  let at = -1;
  for (let k = start; k < end && at < 0; k++) if (CONTRAST.has((tokens[k] as Token).info.norm)) at = k;
  if (at < 0 && CONTRAST.has(tokens[end]?.info.norm ?? '')) at = end;
  if (at < 0) return true;
  // "… But it couldnt do active transport": a contrast that goes on in "would"/"could" is still
  // inside the thought experiment; one in the plain present returns to the facts.
  const sent = (tokens[at] as Token).sent;
  for (let k = at + 1; k < tokens.length && (tokens[k] as Token).sent === sent; k++) {
    const w = (tokens[k] as Token).info.norm;
    if (w === 'would' || w === 'could' || w === 'might') return true;
  }
  return false;
}

const CONTRAST = new Set(['but', 'however', 'although', 'though']);

/**
 * Whether the second conditional tokens[start, end) is a case set against the facts: not a
 * supposition the student answers with (`answered`) that no "but" turns against, and not one that
 * names the process it walks through.
 */
function againstFacts(
  tokens: readonly Token[],
  start: number,
  end: number,
  ifAt: number,
  answered: boolean,
): boolean {
  return !(answered && standsAlone(tokens, start, end)) && !namesProcess(tokens, start, end, ifAt);
}

/**
 * Whether the sentence tokens[start, end), whose supposition opens with the "if" at `ifAt`, names
 * the process that supposition walks through: "If sodium channels opened, Na+ would come in and
 * the cell would get more positive, which is depolarization" (blind batch BZ) tells what happens in
 * depolarization, as "when the channels open" would; the case is not set against the facts.
 */
function namesProcess(tokens: readonly Token[], start: number, end: number, ifAt: number): boolean {
  // Only a supposed event ("if the channels opened"): a supposed state ("if the water were salty",
  // "if it had a wall") sets a case against the facts even when it names what would follow.
  for (let k = ifAt + 1; k < end && (tokens[k] as Token).clause === tokens[ifAt]?.clause; k++)
    if (SUPPOSED_STATES.has((tokens[k] as Token).info.norm)) return false;
  for (let k = start + 1; k + 1 < end; k++) {
    const w = (tokens[k] as Token).info.norm;
    // "…; that would be depolarization" (blind batch CR): the name in the supposition's own mood.
    const wouldBe =
      w === 'would' &&
      tokens[k + 1]?.info.norm === 'be' &&
      k + 2 < end &&
      NAMER_SUBJECTS.has(tokens[k - 1]?.info.norm ?? '');
    const namer =
      w === 'thats' ||
      w === 'called' ||
      wouldBe ||
      ((w === 'is' || w === 'means') && NAMER_SUBJECTS.has(tokens[k - 1]?.info.norm ?? ''));
    if (!namer) continue;
    if (wouldBe) k++;
    const next = (tokens[k + 1] as Token).info.norm;
    const term =
      next === 'called' || next === 'a' || next === 'the' ? (tokens[k + 2]?.info.norm ?? '') : next;
    if (k + 1 < end && PROCESS_NOUN.test(term)) return true;
  }
  // "If the K+ channels opened next, potassium would flow out and the membrane would repolarize"
  // (blind batch CA): the process named by its verb, in a supposition no "but" turns against.
  for (let k = start + 1; k + 1 < end; k++) {
    const w = (tokens[k] as Token).info.norm;
    if ((w === 'would' || w === 'will') && PROCESS_VERB.test((tokens[k + 1] as Token).info.norm))
      return standsAlone(tokens, start, end);
  }
  return false;
}
/** Verbs of a supposed state rather than an event ("were", "had", "didn't"). */
const SUPPOSED_STATES = new Set(['were', 'was', 'had', 'not', 'no']);
/** Words before "is" that point at what was just described ("which is", "this is"). */
const NAMER_SUBJECTS = new Set(['which', 'that', 'this', 'it']);
/** A process named by its verb: depolarize, repolarize, hyperpolarise. */
const PROCESS_VERB = /^[a-z]*polari[sz]e$/;
/** A process named by its noun: depolarization, repolarization, osmosis, lysis, diffusion. */
const PROCESS_NOUN = /^[a-z]{4,}(?:ation|ization|isation|osis|ysis|usion)$/;

/** Whether the "but" at token i goes on "<subject> could|would|might …" (the same supposition). */
function goesOnSupposing(tokens: readonly Token[], i: number): boolean {
  // "but it couldn't …", "but passive transport would keep going": a subject of at most two words,
  // then the modal.
  // "but since the channels still work it would keep firing" (blind batch CV): a reason first,
  // then the modal, further on.
  const reach = REASONS.has(tokens[i + 1]?.info.norm ?? '') ? i + 10 : i + 3;
  for (let k = i + 2; k <= reach; k++) {
    const modal = tokens[k]?.info.norm;
    if (tokens[k]?.sent !== tokens[i]?.sent) return false;
    if (modal === 'could' || modal === 'would' || modal === 'might') return true;
  }
  return false;
}
/** Words opening a reason (text-speak "bc"/"cuz" already read as "because"). */
const REASONS = new Set(['since', 'because', 'as', 'cause']);

/**
 * For the "if" at token i, the end of a supposition that only points back ("if that happened",
 * "if this happens", "if so"), or -1.
 */
function pointsBack(tokens: readonly Token[], i: number): number {
  const a = tokens[i + 1]?.info.norm;
  if (a === 'so') return i + 2;
  if (a !== 'that' && a !== 'this' && a !== 'thats') return -1;
  const b = tokens[i + 2]?.info.norm ?? '';
  return HAPPENS.has(b) ? i + 3 : -1;
}

const HAPPENS = new Set(['happens', 'happened', 'happen', 'occurs', 'occurred', 'occur']);

/**
 * Whether token i makes its "if" clause a generic condition: "if a cell wanted to …", "if it
 * needed to move …" (a verb of wanting before "to"). "If passive transport needed energy" supposes
 * something false and stays a counterfactual.
 */
function genericIf(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).info.norm;
  // "If the cell wanted even more glucose than it already had inside, … it would have to spend
  // energy" (blind batch DJ): wanting a thing is as generic as wanting to do one. A need for a
  // thing is not ("If passive transport needed energy" is the false case).
  if (w === 'wanted' || w === 'wants') return true;
  // "So if you tested it after several hours it wouldn't be able to fire" (blind batch DI): the
  // observer's own test is how the prediction is put, not a case set against the facts.
  if (OBSERVING.has(w) && (tokens[i - 1]?.info.norm === 'you' || tokens[i - 1]?.info.norm === 'we'))
    return true;
  return GENERIC_IF.has(w) && tokens[i + 1]?.info.norm === 'to';
}

const OBSERVING = new Set(['tested', 'checked', 'measured', 'looked', 'waited', 'recorded', 'stimulated']);

const GENERIC_IF = new Set(['wanted', 'wants', 'needed', 'needs', 'tried']);

/** Whether token i is the "what" of "thats (exactly) what it does / what happens", or a "thats" naming a kind of transport. */
function confirms(tokens: readonly Token[], i: number): boolean {
  // "If there was more glucose outside than inside, it could just let it flow in …, that's passive
  // transport" (blind batch DE): naming the kind the imagined case is makes it an example.
  if ((tokens[i] as Token).info.norm === 'thats') return NAMED_KINDS.has(tokens[i + 1]?.info.norm ?? '');
  // "… could just flow in through a carrier protein by facilitated diffusion, which is passive"
  // (blind batch DG): the same, as a relative clause.
  if ((tokens[i] as Token).info.norm === 'which' && tokens[i + 1]?.info.norm === 'is')
    return NAMED_KINDS.has(tokens[i + 2]?.info.norm ?? '');
  // "If a molecule was more concentrated outside the cell than inside, it would just diffuse in by
  // passive transport" (blind batch EF): the kind named as the means, after "by".
  // Not "by osmosis" or "by diffusion": how water moves names no kind of transport the case is.
  if ((tokens[i] as Token).info.norm === 'by') return BY_KINDS.has(tokens[i + 1]?.info.norm ?? '');
  if ((tokens[i] as Token).info.norm !== 'what') return false;
  const before = tokens[i - 1]?.info.norm;
  const lead = before === 'exactly' || before === 'just' ? tokens[i - 2]?.info.norm : before;
  if (lead !== 'thats' && lead !== 'is') return false;
  const a = tokens[i + 1]?.info.norm;
  const b = tokens[i + 2]?.info.norm;
  return a === 'happens' || ((a === 'it' || a === 'the') && (b === 'does' || b === 'do' || b === 'pump'));
}

/**
 * Whether a "would", "could" or "might" (with `orCan`, also "can"/"cannot") stands among tokens
 * [from, to). With "can" it finds a supposition whose result is only possible ("If the sodium channels
 * are blocked then Na+ can't rush in …, but …"; stored batches CM, DS), not stated.
 */
function modalBetween(tokens: readonly Token[], from: number, to: number, orCan = false): boolean {
  for (let k = from; k < to; k++) {
    const w = (tokens[k] as Token).info.norm;
    if (w === 'would' || w === 'could' || w === 'might') return true;
    if (orCan && (w === 'can' || w === 'cannot')) return true;
  }
  return false;
}

/** Kinds of transport a "that's …" after an imagined case may name. */
const NAMED_KINDS = new Set(['passive', 'active', 'facilitated', 'diffusion', 'osmosis']);
/** Kinds of transport named after "by" that make a supposed case an example ({@link confirms}). */
const BY_KINDS = new Set(['passive', 'active', 'facilitated']);

/** Verbs of taking something away in an "if" clause ("if the pump stopped", "if ATP ran out"). */
const REMOVAL_VERBS = new Set([
  'stopped',
  'stop',
  'stops',
  'quit',
  'broke',
  'removed',
  'blocked',
  'inhibited',
  // "if you poisoned the mitochondria the sodium potassium pump would stop but oxygen would still
  // diffuse in" (stored passive-vs-active batches AC, AT, BD, BJ, BN): poisoning takes the energy away.
  'poisoned',
  'poison',
]);

/**
 * Where the supposition ends when token i, inside an "if" clause, takes something away (a removal
 * verb, "ran out (of ATP)", or the cell's energy taken: "had no ATP", "didn't have ATP"); -1 when
 * it does not. Not any "had no X": "if the neuron had no leak channels" imagines a different cell,
 * not the one asked about.
 */
function removalEnds(tokens: readonly Token[], i: number): number {
  const w = (tokens[i] as Token).info.norm;
  const next = tokens[i + 1]?.info.norm;
  // A stopped pump is stated as well as supposed (in the pump questions it is the premise); only
  // a supposition about the cell's energy ends on an energy word and is kept from stating anything.
  if (REMOVAL_VERBS.has(w)) return i + 1;
  if ((w === 'ran' || w === 'run') && next === 'out')
    return ENERGY.has(tokens[i + 3]?.info.norm ?? '') ? i + 4 : i + 2;
  const energyAt = ENERGY.has(tokens[i + 2]?.info.norm ?? '')
    ? i + 2
    : ENERGY.has(tokens[i + 3]?.info.norm ?? '')
      ? i + 3
      : -1;
  if (energyAt < 0) return -1;
  if ((w === 'had' || w === 'has' || w === 'was' || w === 'were') && next === 'no') return energyAt + 1;
  return w === 'not' && (next === 'have' || next === 'had') ? energyAt + 1 : -1;
}

const ENERGY = new Set(['atp', 'energy']);

/**
 * Where a correction after a dash starts taking back the clause from..to: at the clause's first
 * "is"/"are"/"was"/"were" when the correction (at token `after`) opens with a pronoun that stands for
 * the clause's subject; otherwise at the clause start.
 */
function keptSubject(tokens: readonly Token[], from: number, to: number, after: number): number {
  if (!PRONOUN_SUBJECTS.has(tokens[after]?.info.norm ?? '')) return from;
  for (let k = from + 1; k < to && k <= from + 4; k++)
    if (COPULAS.has((tokens[k] as Token).info.norm)) return k;
  return from;
}

/**
 * True when the clause part [lo, hi) starts after its clause does (it is a later "and" part) and a
 * word of it (a verb of need or use) comes back, by stem, in the correction's clause from `after`:
 * "… and also needs ATP - wait no, it doesn't need any" corrects that part.
 */
function repeatsVerbOf(tokens: readonly Token[], lo: number, hi: number, after: number): boolean {
  const first = tokens[lo];
  if (first === undefined || lo === 0 || (tokens[lo - 1] as Token).clause !== first.clause) return false;
  const t = tokens[after];
  if (t === undefined) return false;
  for (let k = after; k < after + 8 && (tokens[k] as Token | undefined)?.clause === t.clause; k++) {
    const stem = (tokens[k] as Token).info.stem;
    if (!REPEATED_VERBS.has(stem)) continue;
    for (let m = lo; m < hi; m++) if ((tokens[m] as Token).info.stem === stem) return true;
  }
  return false;
}
/** Stems (stem.ts: "uses" is "us") of the verbs a correction repeats to say which part it corrects. */
const REPEATED_VERBS = new Set(['need', 'us', 'requir', 'take', 'spend', 'move', 'flow']);

const PRONOUN_SUBJECTS = new Set(['they', 'theyre', 'it', 'its']);

/**
 * Whether "maybe" at token i offers only an ion as another answer: "…, maybe potassium though,",
 * "…, maybe K+." (the ion ends its clause, or "though"/"instead" follows it).
 */
function maybeOtherIon(tokens: readonly Token[], i: number): boolean {
  const ion = tokens[i + 1];
  if (ion === undefined || ion.sent !== (tokens[i] as Token).sent || !isIonWord(ion.info.norm)) return false;
  const after = tokens[i + 2];
  return (
    after === undefined ||
    after.clause !== ion.clause ||
    after.sent !== ion.sent ||
    OFFER_ENDS.has(after.info.norm)
  );
}
const OFFER_ENDS = new Set(['though', 'tho', 'instead', 'too']);

/**
 * Whether nothing but "I", "I'm" or "am" (and any of `fillers`, such as "hmm actually") stands
 * before the "not" at token i in its sentence.
 */
function onlyDoubtBefore(
  tokens: readonly Token[],
  i: number,
  fillers: ReadonlySet<string> = NO_FILLERS,
): boolean {
  const sent = (tokens[i] as Token).sent;
  for (let k = i - 1; k >= 0 && (tokens[k] as Token).sent === sent; k--) {
    const w = (tokens[k] as Token).info.norm;
    if (w !== 'i' && w !== 'im' && w !== 'am' && !fillers.has(w)) return false;
  }
  return true;
}
/** No opening words beyond the doubt's own (the default of `onlyDoubtBefore`). */
const NO_FILLERS: ReadonlySet<string> = new Set();
/** Words that may open a sentence before its "I'm not sure" ("Hmm actually I'm not sure"). */
const OPENING_FILLERS = new Set([
  'hmm',
  'hm',
  'um',
  'umm',
  'uh',
  'well',
  'actually',
  'wait',
  'ok',
  'okay',
  'so',
  'but',
]);

/** Whether a spaced dash ("out - scratch that", "out -- nvm", "out — never mind") stands right before token i. */
function afterSpacedDash(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined || prev.sent !== (tokens[i] as Token).sent) return false;
  return spacedDashBetween(text, prev, tokens[i] as Token);
}

/**
 * For a "never mind" at token i that closes an aside ("… - wait that's …, so never mind, …"): the
 * token right after the aside's spaced dash, when the aside opens with "wait", "actually", "hmm" or
 * "oh" and stands in token i's sentence (at most {@link ASIDE_REACH} words back); otherwise -1.
 */
function asideAfterDash(text: string, tokens: readonly Token[], i: number): number {
  const sent = (tokens[i] as Token).sent;
  for (let k = i - 1; k > 0 && k >= i - ASIDE_REACH && (tokens[k - 1] as Token).sent === sent; k--) {
    if (!spacedDashBetween(text, tokens[k - 1] as Token, tokens[k] as Token)) continue;
    return ASIDE_OPENERS.has((tokens[k] as Token).info.norm) ? k : -1;
  }
  return -1;
}
const ASIDE_REACH = 30;
const ASIDE_OPENERS = new Set(['wait', 'actually', 'hmm', 'oh']);

/** Whether a dash with a space on each side ("-", "--", "—") stands between two tokens. */
function spacedDashBetween(text: string, a: Token, b: Token): boolean {
  return /\s[-–—]+\s/.test(text.slice(a.end, b.start));
}

function startsSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || (tokens[i - 1] as Token).sent !== (tokens[i] as Token).sent;
}

/** True when "the other way around" at i is all its clause says ("Actually no, its the other way around"). */
function isClauseOfItsOwn(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  let k = i - 1;
  let words = 0;
  while (k >= 0 && (tokens[k] as Token).sent === t.sent && (tokens[k] as Token).clause === t.clause) {
    words++;
    k--;
  }
  // "(I think) (its|it is) the other way": at most five words before "other". Not after an
  // earlier clause of the same sentence: in "I think its 2 sodium for every 3 potassium, or maybe
  // the other way around" the reversal offers another answer to that clause (blind batch AZ).
  const earlier = tokens[k];
  if (earlier !== undefined && earlier.sent === t.sent) return false;
  return words <= 5;
}

/** Words that may lead a bare "(actually I think) its the other way" (no "around"). */
const REVERSAL_LEAD = new Set([
  'actually',
  'i',
  'think',
  'its',
  'it',
  'is',
  'no',
  'wait',
  'oh',
  'um',
  'the',
  'nope',
  'maybe',
]);

/**
 * "Actually I think its the other way, K+ out and Na+ in": "the other way" ending a clause whose
 * other words only lead up to it reverses what came before. Not "the ions go the other way"
 * (a movement against the gradient), where a verb stands before it.
 */
function reversalClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const after = tokens[i + 2];
  if (after !== undefined && after.sent === t.sent && after.clause === t.clause) return false;
  let k = i - 1;
  let words = 0;
  while (k >= 0 && (tokens[k] as Token).sent === t.sent && (tokens[k] as Token).clause === t.clause) {
    if (!REVERSAL_LEAD.has((tokens[k] as Token).info.norm)) return false;
    words++;
    k--;
  }
  return words >= 2;
}

/** Whether "something" at token i opens "something about|with …" or "something to do with …". */
function vagueAbout(tokens: readonly Token[], i: number, sent: number): boolean {
  const w1 = nextNorm(tokens, i, sent);
  if (w1 === 'about' || w1 === 'with') return true;
  return w1 === 'to' && normAt(tokens, i + 2, sent) === 'do' && normAt(tokens, i + 3, sent) === 'with';
}

function nextNorm(tokens: readonly Token[], i: number, sent: number): string {
  return normAt(tokens, i + 1, sent);
}

/** The folded word at token j when it stands in sentence `sent`, else "". */
function normAt(tokens: readonly Token[], j: number, sent: number | undefined): string {
  const t = tokens[j];
  return t !== undefined && t.sent === sent ? t.info.norm : '';
}

/** Words that open a consequence of what came before. */
const CONSEQUENCE_LINKS = new Set(['so', 'which', 'then', 'thus', 'therefore']);
/**
 * Where the last thought of token `last`'s sentence starts: the token after its last "..." when
 * what follows draws a consequence ("so", "which", "then"), else 0 (the whole sentence). An
 * ellipsis pauses a thought but does not end the sentence: in "K+ goes out of the cell, which takes
 * away positive charge... so the cell gets more positive? no wait, more negative" (blind batch CD)
 * the question is asked of what follows the pause, not of the fact before it; "… or is it 2 Na and
 * 3 K?" after an ellipsis still doubts the statement before it.
 */
function afterLastEllipsis(tokens: readonly Token[], text: string, last: number): number {
  const sent = (tokens[last] as Token).sent;
  let from = last;
  while (from > 0 && (tokens[from - 1] as Token).sent === sent) {
    const gap = text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start);
    if (hasEllipsis(gap)) {
      if (CONSEQUENCE_LINKS.has((tokens[from] as Token).info.norm)) return from;
      // "Active transport needs ATP and goes... low to high?" (blind batch CV): a pause inside a
      // later "and" item, then a few words that complete it, doubts that item, not the fact before
      // its "and". Not a new question after the pause ("… and now its gone... wait would that make
      // it less negative?"; stored batch S), which doubts the whole sentence.
      const item =
        last - from < 4 && !REOPENERS.has((tokens[from] as Token).info.norm)
          ? andItemStart(tokens, from - 1)
          : -1;
      return item > 0 && (tokens[item - 1] as Token).sent === sent ? item : 0;
    }
    from--;
  }
  return 0;
}

/**
 * Whether the "actually" at token i is a whole sentence of its own with just an ion after it
 * ("Actually K+.", "Actually K+ does."): a one-word repair, not a new statement.
 */
function bareIonRepair(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const ion = tokens[i + 1];
  if (ion === undefined || ion.sent !== t.sent || !isIonWord(ion.info.norm)) return false;
  const after = tokens[i + 2];
  if (after === undefined || after.sent !== t.sent) return true;
  const end = tokens[i + 3];
  return (
    (after.info.norm === 'does' || after.info.norm === 'do') && (end === undefined || end.sent !== t.sent)
  );
}

/**
 * The first token after the last "..." in the sentence of token i (at most LOOK_BACK words back),
 * when the doubt at i closes that sentence; else -1.
 */
function pauseBefore(tokens: readonly Token[], text: string, i: number): number {
  const t = tokens[i] as Token;
  if (tokens[i + 1]?.sent === t.sent) return -1;
  for (let k = i; k > 0 && k > i - LOOK_BACK && (tokens[k - 1] as Token).sent === t.sent; k--) {
    if (hasEllipsis(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start))) return k;
  }
  return -1;
}

/** Words that open a new question after a pause rather than complete the item before it. */
const REOPENERS = new Set(['wait', 'or', 'would', 'is', 'does', 'do', 'no', 'actually', 'maybe', 'what']);

/** The first token ("and") of token j's negation segment when that segment opens with "and", else -1. */
function andItemStart(tokens: readonly Token[], j: number): number {
  const seg = (tokens[j] as Token).seg;
  let k = j;
  while (k > 0 && (tokens[k - 1] as Token).seg === seg) k--;
  return (tokens[k] as Token).info.norm === 'and' ? k : -1;
}

function questionAfter(text: string, end: number): boolean {
  for (let j = end; j < text.length && j < end + 8; j++) {
    const c = text.charCodeAt(j);
    if (c === 63 /* ? */) return true;
    if (c !== 32 && c !== 9 && c !== 46 /* . */) return false;
  }
  return false;
}

/** A linking word that may open the sentence of the next generic case before its "if". */
const LINKS_BEFORE_IF: ReadonlySet<string> = new Set(['but', 'and']);
