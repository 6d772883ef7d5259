import { Token, tokenize } from './tokenize.js';
import { infoOf, NO_INFO, type WordInfo } from './word-info.js';

/**
 * Bare answers to a prompt's lettered parts. A prompt that asks "(a) whether each needs an input
 * of energy from the cell, (b) the direction each moves a substance relative to its concentration
 * gradient, (c) …" gets answers such as
 *
 *     (a) passive: no. active: yes
 *     (b) passive - down, active - up
 *     direction: passive with, active against
 *
 * A reader hears "passive: no energy", "passive down the gradient": the part (by its letter, by a
 * list number in its place, or by a heading that is one of its words) says what the bare "no" or
 * "down" is about. Eleven stored passive-vs-active answers (batches AJ, AL, AW, AY, H, J, L, O, U,
 * Y) were written this way, and their writers credited them.
 *
 * Each part's topic is read from the question: the part's word that the most point labels share
 * ("energy" for (a), "gradient" for (b)). In the answer, a bare value (yes, no, none, with,
 * against, down, up) right after one of the question's subjects and ending its statement gets the
 * part's topic word read after it; "none" and "nothing" read as "no". Nothing else changes.
 */

/** One lettered part of a prompt. */
export interface PromptPart {
  /** The part's letter, "a" for "(a)". */
  readonly letter: string;
  /** The word read after a bare value in this part. */
  readonly topic: WordInfo;
  /** The stems of the part's words: a heading with one of them opens the part. */
  readonly stems: ReadonlySet<string>;
}

/** A question's lettered parts and the words that name its subjects. */
export interface PromptParts {
  readonly parts: readonly PromptPart[];
  readonly subjectWords: ReadonlySet<string>;
}

/** A question without lettered parts: nothing is read into any answer. */
export const NO_PROMPT_PARTS: PromptParts = { parts: [], subjectWords: new Set() };

/** Words never taken as a part's topic. */
const NOT_TOPICS = new Set(
  'whether each need needs input from the a an of to its it their relative direction role how why what which and or in on by with for that this is are be do does then one specific example cell cells move moves substance'.split(
    ' ',
  ),
);

/** Words of a part that never head it ("Each:", "Whether:"). */
const NOT_HEADINGS = new Set([
  'whether',
  'each',
  'needs',
  'from',
  'relative',
  'their',
  'that',
  'this',
  'with',
]);

/**
 * The lettered parts of `prompt` ("(a) …, (b) …, and (c) …"), each with its topic word: the
 * word of the part found in the most of `labels` (the later word on a tie: head nouns come last).
 * `subjectPatterns` are the question's subject patterns ("passive|passively"), whose plain words
 * are the subjects a bare value may follow.
 */
export function promptParts(
  prompt: string,
  labels: readonly string[],
  subjectPatterns: readonly string[],
): PromptParts {
  const re = /\(([a-e])\)\s*([^()]*?)(?=\s*(?:,\s*)?(?:and\s+)?\([a-e]\)|[.?]\s|[.?]?$)/gs;
  const labelStems = labels.map((l) => new Set(tokenize(l).map((t) => t.info.stem)));
  const parts: PromptPart[] = [];
  for (const m of prompt.matchAll(re)) {
    const words = tokenize(m[2] as string);
    let best: WordInfo | undefined;
    let bestCount = 0;
    for (const t of words) {
      if (NOT_TOPICS.has(t.norm) || t.article || t.norm.length < 3) continue;
      const count = labelStems.filter((s) => s.has(t.info.stem)).length;
      if (count > 0 && count >= bestCount) {
        best = t.info;
        bestCount = count;
      }
    }
    if (best !== undefined)
      parts.push({
        letter: m[1] as string,
        topic: infoOf(best.norm),
        stems: new Set(
          words.filter((t) => t.norm.length >= 4 && !NOT_HEADINGS.has(t.norm)).map((t) => t.info.stem),
        ),
      });
  }
  const subjectWords = new Set<string>();
  for (const p of subjectPatterns)
    for (const w of p.split(/[\s|]+/)) if (/^[a-z]+$/.test(w)) subjectWords.add(w);
  return { parts: parts.length >= 2 ? parts : [], subjectWords };
}

/** Values that answer a part on their own. */
const BARE_VALUES = new Set(['yes', 'no', 'none', 'nothing', 'with', 'against', 'down', 'up']);

/**
 * The answer's tokens with each bare value's part topic read after it (see the file comment).
 * Returns `tokens` itself when nothing is read in.
 */
export function readPartAnswers(tokens: Token[], text: string, prompt: PromptParts): Token[] {
  if (prompt.parts.length === 0) return tokens;
  let part: PromptPart | undefined;
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const opened = partOpenedAt(tokens, i, text, prompt.parts);
    if (opened !== undefined) part = opened;
    if (part !== undefined && BARE_VALUES.has(t.norm) && bareAfterSubject(tokens, i, text, prompt)) {
      if (out === undefined) out = tokens.slice(0, i);
      const value =
        t.norm === 'none' || t.norm === 'nothing'
          ? new Token(NO_INFO, t.start, t.end, t.sent, t.clause, t.seg)
          : t;
      out.push(value, new Token(part.topic, t.start, t.end, t.sent, t.clause, t.seg));
      continue;
    }
    out?.push(t);
  }
  return out ?? tokens;
}

/** The part that token i opens: a letter marker ("(a)", "a)", "b.") or a heading ("Direction:"). */
function partOpenedAt(
  tokens: readonly Token[],
  i: number,
  text: string,
  parts: readonly PromptPart[],
): PromptPart | undefined {
  const t = tokens[i] as Token;
  const first = i === 0 || (tokens[i - 1] as Token).sent !== t.sent;
  const after = text.charAt(t.end);
  if (t.norm.length === 1) {
    const bracketed = text.charAt(t.start - 1) === '(' && after === ')';
    if (!bracketed && !(first && (after === ')' || after === '.' || after === ':'))) return undefined;
    return parts.find((p) => p.letter === t.norm);
  }
  // "2. passive down, active up" (blind batch DU): a numbered list that follows the prompt's parts,
  // item n answering the n-th part as its letter would.
  const numbered = first ? NUMBER_MARKER.exec(wordsBefore(text, t.start)) : null;
  const byNumber =
    numbered === null ? undefined : parts.find((p) => p.letter === LETTERS.charAt(Number(numbered[1]) - 1));
  if (byNumber !== undefined) return byNumber;
  if (!first || !/^\s*[:=-]/.test(text.slice(t.end, t.end + 3))) return undefined;
  return parts.find((p) => p.stems.has(t.info.stem));
}

/** A list number right before a sentence's first word ("2. ", "3) "), after a space, a full stop or the answer's start. */
const NUMBER_MARKER = /[\s.]([1-9])[.)]\s*$/;

/** The few characters before `at`, with a line break standing for the answer's start. */
function wordsBefore(text: string, at: number): string {
  const from = Math.max(0, at - 6);
  return (from === 0 ? '\n' : text.charAt(from - 1)) + text.slice(from, at);
}
/** Part letters by place: list number n answers part LETTERS[n - 1]. */
const LETTERS = 'abcdefghi';

/** Whether the value at i follows a subject word and ends its statement. */
function bareAfterSubject(tokens: readonly Token[], i: number, text: string, prompt: PromptParts): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  if (before === undefined || before.sent !== t.sent || !prompt.subjectWords.has(before.norm)) return false;
  const next = tokens[i + 1];
  return (
    next === undefined ||
    next.sent !== t.sent ||
    next.clause !== t.clause ||
    prompt.subjectWords.has(next.norm) ||
    partOpenedAt(tokens, i + 1, text, prompt.parts) !== undefined
  );
}
