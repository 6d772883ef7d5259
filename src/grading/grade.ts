import { UserError } from '../errors.js';
import { checkAnswerTexts, MAX_PART_CHARS } from './answer-check.js';
import { AnswerDoc, type Match } from './answer-doc.js';
import type { CompiledRubric, CompiledTarget } from './compile.js';
import { scoreOf } from './compile-question.js';
import { evaluate } from './evaluate.js';
import { looksPartlyNonEnglish } from './language.js';
import { repairIn } from './repaired.js';
import type { Token } from './tokenize.js';

export { MAX_PART_CHARS } from './answer-check.js';

/** An answer the grader refuses to grade (empty, too long, not text); `publicMessage` is safe to show. */
export class GradingInputError extends UserError {
  constructor(publicMessage: string) {
    super(publicMessage);
    this.name = 'GradingInputError';
  }
}

/** Words of the student's answer that earned a point or showed a misconception. */
export interface Evidence {
  readonly text: string;
  /** UTF-16 offsets into the answer string of `part`. */
  readonly start: number;
  readonly end: number;
  /** Index of the answer part (0 when the answer was one string). */
  readonly part: number;
}

/** The verdict on one rubric point. */
export interface PointResult {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly earned: boolean;
  readonly evidence: readonly Evidence[];
  readonly hint: string;
  /** Index of the question part the point belongs to. */
  readonly part: number;
  /**
   * The misconception that took the point back (its `contradicts:` or `cancels:`), when its words
   * were found; absent otherwise. For `rubric explain`: a too-broad misconception pattern removes
   * correct credit silently (teacher set 21).
   */
  readonly takenBackBy?: string;
}

/** A misconception recognised in the answer. */
export interface MisconceptionResult {
  readonly id: string;
  readonly label: string;
  readonly correction: string;
  readonly evidence: readonly Evidence[];
}

/** The full, deterministic result of grading one answer. */
export interface GradeResult {
  readonly score: number;
  readonly maxScore: number;
  readonly points: readonly PointResult[];
  readonly misconceptions: readonly MisconceptionResult[];
  /** Number of words the grader read (after folding). */
  readonly normalizedLength: number;
  /**
   * True when the answer is partly in another language: only English is read, so the feedback
   * tells the student that points made in another language may show as missing.
   */
  readonly otherLanguage: boolean;
}

/** Options for {@link grade}; benchmarks lift the length limit to show linear time. */
export interface GradeOptions {
  readonly maxChars?: number;
}

/**
 * The answer document for one text of an answer to `rubric`: the box of part `part`, or (undefined)
 * the whole answer in one text, read with the question's prompt, subjects and vocabulary.
 */
export function answerDoc(rubric: CompiledRubric, text: string, part: number | undefined): AnswerDoc {
  return new AnswerDoc(
    text,
    rubric.vocabulary,
    rubric.triggers,
    rubric.subjects,
    rubric.promptRuns,
    rubric.promptParts,
    part === undefined ? rubric.supposes.some(Boolean) : rubric.supposes[part] === true,
  );
}

/**
 * Grades an answer: one string, or one string per part. Throws {@link GradingInputError} for
 * empty, whitespace-only, over-long or non-text input.
 */
export function grade(
  rubric: CompiledRubric,
  answer: string | readonly string[],
  options: GradeOptions = {},
): GradeResult {
  const texts = checkInput(rubric, answer, options.maxChars ?? MAX_PART_CHARS);
  const perPart = typeof answer !== 'string';
  const docs = texts.map((t, i) => answerDoc(rubric, t, perPart ? i : undefined));
  const all = docs.map((doc, index): PartDoc => ({ doc, index }));

  const misconceptionMatches = rubric.misconceptions.map((m) =>
    lastMatch(m, docsFor(all, perPart, m.part), !m.readsAtFirst),
  );
  const points = rubric.points.map((p): PointResult => {
    const pointDocs = docsFor(all, perPart, p.part);
    let evidence = findEvidence(p, pointDocs);
    const by = evidence === undefined ? undefined : takenBack(rubric, p, misconceptionMatches, pointDocs);
    if (by !== undefined) evidence = undefined;
    return {
      id: p.id,
      label: p.label,
      value: p.value,
      earned: evidence !== undefined,
      evidence: evidence ?? [],
      hint: p.hint,
      part: p.part,
      ...(by === undefined ? {} : { takenBackBy: by }),
    };
  });
  const misconceptions: MisconceptionResult[] = [];
  for (const m of rubric.misconceptions) {
    const docs = docsFor(all, perPart, m.part);
    const evidence = findEvidence(m, docs, !m.readsAtFirst);
    if (evidence === undefined || repairedLater(rubric, m, points, docs)) continue;
    misconceptions.push({ id: m.id, label: m.label, correction: m.correction, evidence });
  }
  return {
    score: scoreOf(
      rubric.scoring,
      points.filter((p) => p.earned),
    ),
    maxScore: rubric.maxScore,
    points,
    misconceptions,
    normalizedLength: docs.reduce((sum, d) => sum + d.n, 0),
    otherLanguage: docs.some((d) => looksPartlyNonEnglish(d.tokens)),
  };
}

/** One answer document and the index of the part it holds. */
interface PartDoc {
  readonly doc: AnswerDoc;
  readonly index: number;
}

/**
 * The documents a target of `part` is looked for in: its own part's when the answer came in
 * parts, else every document (with one string, every part's points are looked for in that one
 * text). A function, not a closure in {@link grade}: that would be made anew for every answer.
 */
function docsFor(all: readonly PartDoc[], perPart: boolean, part: number): readonly PartDoc[] {
  return perPart && part >= 0 ? [all[part] as PartDoc] : all;
}

/** The last match of a target: the document index and the match's start, or undefined. */
function lastMatch(
  target: CompiledTarget,
  docs: readonly PartDoc[],
  outcome = false,
): { index: number; s: number } | undefined {
  let out: { index: number; s: number } | undefined;
  for (const { doc, index } of docs) {
    const matches = evaluate(doc, target.node, target.negation);
    // The last match that counts, found from the end (no filtered copy of the list).
    for (let i = matches.length - 1; i >= 0; i--) {
      const m = matches[i] as Match;
      if (outcome && doc.transientAt(m.s)) continue;
      out = { index, s: m.s };
      break;
    }
  }
  return out;
}

/**
 * The id of a misconception that contradicts point `p` stated after the point's last match (the
 * answer's last word on the matter is the wrong one), or of one that cancels it stated in every
 * sentence the point was read from (the point was read from wrong statements only): the point is
 * taken back, and the misconception is still reported. Undefined when none does.
 */
function takenBack(
  rubric: CompiledRubric,
  p: CompiledTarget,
  misconceptionMatches: readonly ({ index: number; s: number } | undefined)[],
  docs: readonly PartDoc[],
): string | undefined {
  let own: { index: number; s: number } | undefined;
  for (let k = 0; k < rubric.misconceptions.length; k++) {
    const m = rubric.misconceptions[k] as CompiledTarget;
    const said = misconceptionMatches[k];
    if (said === undefined) continue;
    const contradicts = m.contradicts.includes(p.id);
    const cancels = m.cancels.includes(p.id);
    const inSegment = m.cancelsInSegment.includes(p.id);
    if (!contradicts && !cancels && !inSegment) continue;
    own ??= lastMatch(p, docs);
    if (own === undefined) return undefined;
    if (contradicts && (said.index > own.index || (said.index === own.index && said.s > own.s))) return m.id;
    if ((cancels || inSegment) && cancelledEverywhere(p, m, docs, inSegment)) return m.id;
  }
  return undefined;
}

/**
 * True when the student took misconception `m` back: every match of it comes before a repair ("the
 * resting potential gets more negative bc K+ leaves, no wait, … so it gets less negative"; blind
 * batch CG), and an earned point that `m` contradicts is stated after that repair. The answer's last
 * word is the right one, so the slip is not reported as a misconception.
 */
function repairedLater(
  rubric: CompiledRubric,
  m: CompiledTarget,
  points: readonly PointResult[],
  docs: readonly PartDoc[],
): boolean {
  if (m.contradicts.length === 0) return false;
  for (const p of rubric.points) {
    if (!m.contradicts.includes(p.id) || points.find((r) => r.id === p.id)?.earned !== true) continue;
    const own = lastMatch(p, docs);
    if (own === undefined) continue;
    const doc = (docs.find((d) => d.index === own.index) as PartDoc).doc;
    let lastWrong = -1;
    let elsewhere = false;
    for (const d of docs) {
      for (const w of evaluate(d.doc, m.node, m.negation)) {
        if (!m.readsAtFirst && d.doc.transientAt(w.s)) continue;
        if (d.index !== own.index) elsewhere = true;
        else lastWrong = Math.max(lastWrong, w.e);
      }
    }
    if (elsewhere || lastWrong < 0 || lastWrong > own.s) continue;
    if (repairIn(doc.tokens, lastWrong, own.s) >= 0) return true;
  }
  return false;
}

/**
 * True when every match of point `p` has a sentence in its evidence that holds a match of
 * misconception `m`: the point was read only from wrong statements ("The cell will pump water in
 * using active transport"); a sentence that states it without the error ("Water moves in by
 * osmosis") keeps it.
 * With `inSegment`, the point's words must share a negation segment with the misconception's own
 * words ("3 Na⁺ out and 2 K⁺ out too" keeps the sodium). Matches are looked up again here, which
 * happens only when a cancelling misconception was found.
 */
function cancelledEverywhere(
  p: CompiledTarget,
  m: CompiledTarget,
  docs: readonly PartDoc[],
  inSegment: boolean,
): boolean {
  let any = false;
  for (const { doc } of docs) {
    const own = evaluate(doc, p.node, p.negation);
    if (own.length === 0) continue;
    // Sentence numbers, or with `inSegment` negation-segment numbers (both run across the answer).
    const wrong = new Set<number>();
    for (const w of evaluate(doc, m.node, m.negation)) {
      if (!m.readsAtFirst && doc.transientAt(w.s)) continue;
      if (inSegment) forEachEvidenceToken(w, (t) => wrong.add((doc.tokens[t] as Token).seg));
      // Every sentence the misconception was read from: "Depolarization happens in the presynaptic
      // neuron … . Repolarization happens in the postsynaptic neuron when K+ leaves" (blind batch
      // EH) is wrong in both sentences.
      else forEachEvidenceToken(w, (t) => wrong.add((doc.tokens[t] as Token).sent));
    }
    for (const o of own) {
      let hit = false;
      if (inSegment)
        forEachEvidenceToken(o, (t) => {
          hit ||= wrong.has((doc.tokens[t] as Token).seg);
        });
      // Any sentence of its evidence: "Mitochondria have linear DNA. They don't have their own
      // ribosomes, they use the cell's ribosomes" read the point from "Mitochondria" and the wrong
      // second sentence, and the first sentence alone had kept it (set 15's teacher).
      else
        forEachEvidenceToken(o, (t) => {
          hit ||= wrong.has((doc.tokens[t] as Token).sent);
        });
      if (!hit) return false;
    }
    any = true;
  }
  return any;
}

/** Calls `f` with every token of a match's evidence spans (start, end pairs). */
function forEachEvidenceToken(match: Match, f: (t: number) => void): void {
  const ev = match.ev;
  for (let j = 0; j + 1 < ev.length; j += 2)
    for (let t = ev[j] as number; t < (ev[j + 1] as number); t++) f(t);
}

/**
 * The first match's evidence. For a misconception (`outcome`), matches in a sentence that holds
 * only at first ("at first not much changes") do not count: the student's prediction for the
 * end is elsewhere (transient.ts).
 */
function findEvidence(
  target: CompiledTarget,
  docs: readonly PartDoc[],
  outcome = false,
): Evidence[] | undefined {
  for (const { doc, index } of docs) {
    const matches = evaluate(doc, target.node, target.negation);
    const first = outcome ? firstLasting(doc, matches) : matches[0];
    if (first) return spansOf(doc, first, index);
  }
  return undefined;
}

/**
 * The first match outside a sentence that holds only at first, or undefined. A loop, not a `find`
 * callback, which would capture `doc` and make every call of findEvidence allocate a context.
 */
function firstLasting(doc: AnswerDoc, matches: readonly Match[]): Match | undefined {
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i] as Match;
    if (!doc.transientAt(m.s)) return m;
  }
  return undefined;
}

/**
 * Words between two quoted pieces of one sentence that are shown rather than cut with "…": "can
 * no longer fire" reads better than “no” … “fire”, and "the inside becomes less negative" than
 * “inside” … “less negative”.
 */
const BRIDGED_WORDS = 2;

/** Turns a match's token ranges into merged character spans of the original text. */
function spansOf(doc: AnswerDoc, m: Match, part: number): Evidence[] {
  const ranges: [number, number][] = [];
  for (let i = 0; i + 1 < m.ev.length; i += 2) ranges.push([m.ev[i] as number, m.ev[i + 1] as number]);
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && (r[0] <= last[1] || bridged(doc, last[1], r[0]))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged.map(([s, e]) => {
    // Tokens read twice (a subject read again after an aside, an ion before "and it moves …") keep
    // their own places in the text, so a range's first token need not be its earliest: take the
    // smallest start and the largest end, and the quote never comes out empty or backwards.
    let start = doc.tokens[s]?.start ?? 0;
    let end = doc.tokens[e - 1]?.end ?? start;
    for (let k = s; k < e; k++) {
      const t = doc.tokens[k];
      if (t === undefined) continue;
      if (t.start < start) start = t.start;
      if (t.end > end) end = t.end;
    }
    // "K+ flows in (nvm, out)": a quote that opens a bracket it does not close takes the closing
    // bracket right after it, so the student sees "(nvm, out)" and not "(nvm, out".
    if (doc.text.charCodeAt(end) === 41 /* ) */ && unclosed(doc.text, start, end)) end++;
    // "won't work": the "not" read from a contraction is its "'t"; quote the whole word, so the
    // student sees "won't work", not "'t work" (eighth teacher's notes).
    while (start > 0 && /['’]/.test(doc.text[start] ?? '') && /\p{L}/u.test(doc.text[start - 1] ?? '')) {
      start--;
      while (start > 0 && /\p{L}/u.test(doc.text[start - 1] ?? '')) start--;
    }
    return { text: doc.text.slice(start, end), start, end, part };
  });
}

/** Whether text[start, end) opens more round brackets than it closes. */
function unclosed(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

/** Whether the tokens [from, to) between two quoted pieces are few and inside one clause. */
function bridged(doc: AnswerDoc, from: number, to: number): boolean {
  if (to - from > BRIDGED_WORDS) return false;
  const before = doc.tokens[from - 1];
  const after = doc.tokens[to];
  return before !== undefined && after !== undefined && before.clause === after.clause;
}

function checkInput(rubric: CompiledRubric, answer: unknown, maxChars: number): string[] {
  const parts = rubric.question.parts;
  let texts: unknown[];
  if (typeof answer === 'string') texts = [answer];
  else if (Array.isArray(answer)) {
    if (answer.length !== parts.length) {
      throw new GradingInputError(
        `This question has ${parts.length} part${parts.length === 1 ? '' : 's'}; please answer each one (got ${answer.length}).`,
      );
    }
    texts = answer;
  } else throw new GradingInputError('Your answer must be text.');
  const problem = checkAnswerTexts(
    texts,
    parts.map((p) => p.label),
    { maxChars },
  );
  if (problem) throw new GradingInputError(problem.message);
  return texts as string[];
}
