import { type Token, tokenize } from './tokenize.js';

/**
 * Sentences copied from the prompt. A student who writes the prompt's own sentence back ("The
 * neurotoxin binds to the receptors and keeps acetylcholine from binding to them") restates what
 * they were given; an AP reader credits nothing in it, however many rubric words it holds. The
 * test is word runs, not single words: a sentence counts as copied when runs of
 * {@link RUN} consecutive words that also stand consecutively in the prompt cover at least
 * {@link COVERED} of it. An answer that reuses the prompt's terms in its own sentences keeps them.
 */

/** Consecutive words (by stem) that must also stand together in the prompt. */
const RUN = 4;
/** Share of a sentence's words that copied runs must cover. */
const COVERED = 0.8;
/**
 * Share of a clause's words that copied runs must cover when the rest of its sentence is the
 * student's own: a little lower, as the student's own subject often opens the copied clause ("The
 * neurotoxin | keeps acetylcholine from binding to them", 6 of 8 words).
 */
const CLAUSE_COVERED = 0.7;
/** Shorter sentences are never treated as copied ("ACh cannot bind" may echo any prompt). */
const MIN_WORDS = 6;

/** The prompt's runs: its stems numbered, and each run of {@link RUN} stem numbers as one number. */
export interface PromptRuns {
  readonly stems: ReadonlyMap<string, number>;
  readonly runs: ReadonlySet<number>;
  /**
   * Runs of an open question's predicate ("whether each | needs an input of energy from the cell"):
   * the prompt does not assert them, so a student who says them of a subject of their own ("Active
   * transport needs an input of energy from the cell") answers the question. They count as copied
   * only as part of a longer copy that takes in the question itself.
   */
  readonly open: ReadonlySet<number>;
}

/** No prompt: nothing is ever copied. */
export const NO_PROMPT_RUNS: PromptRuns = { stems: new Map(), runs: new Set(), open: new Set() };

/** Words that open a question the prompt leaves open ("Address whether each needs …"). */
const OPEN_QUESTION = new Set(['whether', 'if']);
/** Modals that leave an open question's predicate open when said before it. */
const OPEN_MODALS = new Set(['might', 'may', 'could']);

/**
 * A run of stem numbers as one number. Stem numbers are below 2^12 (prompts are short; a longer
 * prompt's extra stems are ignored), so four of them fit in a double exactly: no string is built
 * per answer word, which keeps grading at its speed.
 */
const BASE = 4096;

function runKey(ids: ArrayLike<number>, from: number): number {
  return (
    ((ids[from] as number) * BASE + (ids[from + 1] as number)) * BASE ** 2 +
    (ids[from + 2] as number) * BASE +
    (ids[from + 3] as number)
  );
}

/** The prompt's runs of {@link RUN} words, by stem (sentence ends do not break a run). */
export function promptRuns(prompts: readonly string[]): PromptRuns {
  const stems = new Map<string, number>();
  const runs = new Set<number>();
  const open = new Set<number>();
  const asserted = new Set<number>();
  for (const prompt of prompts) {
    const tokens = tokenize(prompt);
    const ids = tokens.map((t) => {
      let id = stems.get(t.info.stem);
      if (id === undefined && stems.size < BASE - 1) {
        id = stems.size + 1;
        stems.set(t.info.stem, id);
      }
      return id ?? 0;
    });
    // A run is part of an open question's predicate when it begins past "whether" and the word
    // after it (the question's subject) and ends in that clause.
    const inOpen = new Uint8Array(ids.length);
    for (let w = 0; w < tokens.length; w++) {
      if (!OPEN_QUESTION.has((tokens[w] as Token).info.norm)) continue;
      const clause = (tokens[w] as Token).clause;
      for (let i = w + 2; i + RUN <= ids.length && (tokens[i + RUN - 1] as Token).clause === clause; i++)
        inOpen[i] = 1;
    }
    for (let i = 0; i + RUN <= ids.length; i++) {
      if (!ids.slice(i, i + RUN).every((id) => id > 0)) continue;
      const key = runKey(ids, i);
      runs.add(key);
      (inOpen[i] === 1 ? open : asserted).add(key);
    }
  }
  // A run the prompt also asserts elsewhere is copied wherever it stands.
  for (const r of asserted) open.delete(r);
  return { stems, runs, open };
}

/** The prompt's number for a word's stem; 0 when the prompt does not have it. */
export function promptStemOf(prompt: PromptRuns, stem: string): number {
  return prompt.stems.get(stem) ?? 0;
}

/**
 * Tokens copied from the prompt: every token of a copied sentence (runs of {@link RUN} words that
 * also stand together in the prompt cover {@link COVERED} of its {@link MIN_WORDS}+ words), and
 * every token of a copied clause of {@link MIN_WORDS}+ words inside a sentence that goes on in the
 * student's own words ("The neurotoxin keeps acetylcholine from binding to them | so the channels
 * don't open": the copied clause earns nothing, the student's conclusion still can). Undefined
 * when nothing is copied. Linear in the answer.
 */
export function restatedTokens(
  tokens: readonly Token[],
  prompt: PromptRuns,
  stemIds?: ArrayLike<number>,
): Uint8Array | undefined {
  if (prompt.runs.size === 0) return undefined;
  const ids = stemIds ?? tokens.map((t) => promptStemOf(prompt, t.info.stem));
  let out: Uint8Array | undefined;
  // Made on the first copied run: most answers copy nothing and allocate nothing here.
  let covered: Uint8Array | undefined;
  let i = 0;
  while (i < tokens.length) {
    const sent = (tokens[i] as Token).sent;
    let end = i;
    while (end < tokens.length && (tokens[end] as Token).sent === sent) end++;
    let any = false;
    for (let k = i; k + RUN <= end; k++) {
      if (ids[k] === 0 || ids[k + 1] === 0 || ids[k + 2] === 0 || ids[k + 3] === 0) continue;
      const key = runKey(ids, k);
      if (!prompt.runs.has(key)) continue;
      // An open question's predicate counts only as the tail of a copy of the question itself, or
      // after a "might"/"may"/"could" that leaves it as open as "whether" did ("passive and active
      // transport might need an input of energy from the cell"; blind batch BC).
      if (prompt.open.has(key) && covered?.[k] !== 1 && !OPEN_MODALS.has(tokens[k - 1]?.info.norm ?? ''))
        continue;
      covered ??= new Uint8Array(tokens.length);
      covered.fill(1, k, k + RUN);
      any = true;
    }
    if (any && covered !== undefined) {
      // A sentence that ends in words of the student's own answers the prompt it restates: "The gray
      // vestigial and black normal flies come from | crossing over" (teacher set 10) is copied as far
      // as "from", and its clauses are then judged one by one.
      const whole =
        end - i >= MIN_WORDS &&
        count(covered, i, end) >= COVERED * (end - i) &&
        !endsInNewWords(covered, ids, i, end) &&
        !saysOwnChange(tokens, covered, ids, i, end);
      // The whole sentence, or each clause of it on its own.
      let c = i;
      while (c < end) {
        const clause = (tokens[c] as Token).clause;
        let ce = c;
        while (ce < end && (tokens[ce] as Token).clause === clause) ce++;
        if (
          whole ||
          (ce - c >= MIN_WORDS &&
            count(covered, c, ce) >= CLAUSE_COVERED * (ce - c) &&
            !endsInOwnWords(covered, ids, c, ce) &&
            !saysOwnChange(tokens, covered, ids, c, ce))
        ) {
          out ??= new Uint8Array(tokens.length);
          out.fill(1, c, ce);
        }
        c = ce;
      }
    }
    i = end;
  }
  return out;
}

/** Fewest words of the student's own that end a clause which copies the prompt's words before them. */
const OWN_TAIL = 2;

/**
 * Whether the clause [from, to) ends in words of the student's own: the prompt's words are then
 * its subject, and the student's words say what becomes of it ("Its ability to fire repeated
 * action potentials will | go down until it stops"; blind batch BX). The prompt asked how that
 * thing changes; the words after the copy are the answer, and read with their subject. One word
 * is enough when the prompt does not have it at all: "The surface area to volume ratio |
 * decreases" copies the prompt's subject and answers with its own verb (teacher set 3), while a
 * last word the prompt has ("… in a beaker of distilled | water") only finishes the copy.
 */
function endsInOwnWords(covered: Uint8Array, ids: ArrayLike<number>, from: number, to: number): boolean {
  if (to - from >= 1 && covered[to - 1] !== 1 && ids[to - 1] === 0) return true;
  if (to - from < OWN_TAIL) return false;
  for (let k = to - OWN_TAIL; k < to; k++) if (covered[k] === 1) return false;
  return true;
}

/**
 * Stricter than {@link endsInOwnWords}, for a sentence mostly copied: its last words are not the
 * prompt's runs and one of them is a word the prompt does not have at all ("… come from crossing
 * over"), so the sentence answers rather than rearranges the prompt ("… is placed in distilled
 * water", the prompt's own words in another order, stays copied).
 */
function endsInNewWords(covered: Uint8Array, ids: ArrayLike<number>, from: number, to: number): boolean {
  if (to - from < OWN_TAIL) return false;
  let fresh = false;
  for (let k = to - OWN_TAIL; k < to; k++) {
    if (covered[k] === 1) return false;
    if (ids[k] === 0) fresh = true;
  }
  return fresh;
}

/** Words of a change in amount: what a "predict the effect" question asks for. */
const CHANGE_WORDS = new Set(
  'increase increases increased decrease decreases decreased reduce reduces reduced lower lowers lowered raise raises raised rise rises rose fall falls fell drop drops dropped fewer less more stop stops stopped halt halts halted slow slows slowed decline declines declined'.split(
    ' ',
  ),
);

/**
 * Whether the span [from, to) says a change in amount in a word of its own that the prompt does
 * not have: "AZT decreases the number of new viruses" answers "Predict the effect of AZT on the
 * number of new viruses made" (teacher set 26) however much of the prompt it reuses, since the
 * prompt names the quantity and the student says which way it goes.
 */
function saysOwnChange(
  tokens: readonly Token[],
  covered: Uint8Array,
  ids: ArrayLike<number>,
  from: number,
  to: number,
): boolean {
  for (let k = from; k < to; k++)
    if (covered[k] !== 1 && ids[k] === 0 && CHANGE_WORDS.has((tokens[k] as Token).info.norm)) return true;
  return false;
}

function count(flags: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n += flags[k] as number;
  return n;
}
