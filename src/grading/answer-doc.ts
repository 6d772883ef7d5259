import type { Scope } from '../content/question-schema.js';
import { readGlosses } from './analogy-gloss.js';
import { sceneSentences } from './analogy-scene.js';
import { denyCounterfactuals } from './denied-counterfactual.js';
import { restoreElidedDenials } from './elided-denial.js';
import { restoreElidedVerbs } from './elided-verb.js';
import { type Hedges, hedgedSentences } from './hedge.js';
import type { Node } from './nodes.js';
import { NO_PROMPT_PARTS, type PromptParts, readPartAnswers } from './prompt-parts.js';
import { readPronounCells } from './pronoun-cell.js';
import { NO_PROMPT_RUNS, type PromptRuns, promptStemOf, restatedTokens } from './restated.js';
import { MAIN_VERBS_AFTER_RELATIVE, type Token, tokenize } from './tokenize.js';
import { transientSentences } from './transient.js';
import type { TriggerIndex, WordEntry } from './trigger-index.js';
import { prefixAlias, type Vocabulary } from './vocabulary.js';
import { ARTICLES, AUXILIARIES, Cue, infoOf } from './word-info.js';

/**
 * What an answer's statements are said about, as evaluate.ts asks it (topic.ts's `Topics`
 * implements it). An interface here, so this file need not import topic.ts, which imports it.
 */
export interface TopicView {
  /** The subject a match is said of, or -1. */
  of(m: RawMatch, carry?: boolean): number;
  /** Whether a subject is named between two token positions. */
  namedBetween(from: number, to: number): boolean;
  /** Where the first subject named after a token position begins, or -1. */
  firstNamedAfter(from: number): number;
}

/**
 * One answer (or one part of it) prepared for matching: tokens, the rubric-word ids of each
 * token, an index from id to positions, and the extent of each clause and sentence.
 * Match results are memoised here, so a concept shared by several points is matched once.
 */
export class AnswerDoc {
  readonly tokens: readonly Token[];
  readonly n: number;
  /** Rubric-word ids of each token. */
  readonly ids: readonly (readonly number[])[];
  /**
   * Per token, the word with its misspelt beginning corrected to a rubric prefix, read by prefix
   * elements ("depolerize" for "depolar*"); undefined when no word of the answer has one (most).
   */
  readonly aliases: readonly (string | undefined)[] | undefined;
  private positions: Map<number, number[]> | undefined;
  /**
   * Per token t: [clause lo, clause hi, sentence lo, sentence hi] at 4t..4t+3. Built on first use
   * (many answers never reach an all-of group). One array, one allocation instead of four: a plain
   * one for a short answer, where a typed array cost more to allocate (its storage is off-heap) than
   * the whole build; a typed one for a long answer (see {@link perToken}).
   */
  private ext: number[] | Int32Array | undefined;
  /** Memo by node id: raw matches (before negation) of phrase-like nodes. */
  readonly raw: (readonly Span[] | undefined)[];
  /** Memo: by negation context index → by node id → affirmed matches. */
  readonly evaluated: ((readonly Match[] | undefined)[] | undefined)[] = [];
  /** By phrase node id: candidate starts of every indexed phrase, from one scan of the answer. */
  readonly triggered: (number[] | undefined)[];
  /** Memo by node id for `mayMatch` (evaluate.ts). */
  readonly may: (boolean | undefined)[];
  /**
   * What the statements are said about (topic.ts), made on first use by evaluate.ts. Kept here
   * rather than in a WeakMap keyed by the answer: it is asked for at every about-node and negation check.
   */
  topics: TopicView | undefined;

  /** By sentence number: the token index before which it is hedged (hedge.ts); undefined until asked, null when none is. */
  private hedged: Hedges | null | undefined;
  /** Tokens copied from the prompt (restated.ts); undefined until asked, null when none is. */
  private restated: Uint8Array | null | undefined;
  /**
   * Each token's stem number in the prompt (restated.ts); empty when the question has no prompt
   * runs. Made at the answer's length (see {@link perToken}) rather than grown by push.
   */
  private readonly promptStems: ArrayLike<number>;
  /** Sentences marked transient ("at first"); undefined until asked, null when none is. */
  private transient: Set<number> | null | undefined;

  constructor(
    readonly text: string,
    vocabulary: Vocabulary,
    readonly triggers: TriggerIndex,
    /** The question's subjects (phases, parts, cells), in the order it lists them. */
    readonly subjects: readonly Node[] = [],
    /** The prompt's word runs (restated.ts): sentences copied from it earn nothing. */
    private readonly promptRuns: PromptRuns = NO_PROMPT_RUNS,
    /** The prompt's lettered parts (prompt-parts.ts): what a bare "no" under "(a)" is about. */
    promptParts: PromptParts = NO_PROMPT_PARTS,
    /** The prompt asks about a supposed case: "if …, … would …" answers it (CompiledRubric.supposes). */
    private readonly supposed = false,
  ) {
    this.raw = new Array(triggers.nodeCount);
    this.triggered = new Array(triggers.nodeCount);
    this.may = new Array(triggers.nodeCount);
    const tokens = readGlosses(
      readPartAnswers(
        readPronounCells(
          restoreElidedVerbs(
            restoreElidedDenials(denyCounterfactuals(tokenize(text, true, vocabulary.glue))),
          ),
        ),
        text,
        promptParts,
      ),
      text,
      vocabulary,
    );
    this.tokens = tokens;
    const n = tokens.length;
    this.n = n;
    const ids: (readonly number[])[] = new Array(n);
    const words = triggers.words;
    const triggered = this.triggered;
    /** For a long answer, by phrase node id: how many tokens start it (see listTriggered). */
    const counts = n >= TYPED_FROM ? new Array<number>(triggers.nodeCount).fill(0) : undefined;
    const prompt = promptRuns.runs.size > 0 ? promptRuns : undefined;
    const promptStems = prompt === undefined ? undefined : perToken(n, 1);
    this.promptStems = promptStems ?? EMPTY;
    let aliases: (string | undefined)[] | undefined;
    for (let p = 0; p < n; p++) {
      const token = tokens[p] as Token;
      const info = token.info;
      let entry: WordEntry | undefined;
      // The word's own one-entry memo answers when the same rubric read it last (the usual case).
      if (info.memoKey === triggers) entry = info.memoValue as WordEntry;
      else {
        const key = info.also === undefined ? info.norm : `${info.norm}>${info.also}`;
        entry = words.get(key);
        if (entry === undefined) {
          entry = wordEntry(info.norm, info.stem, vocabulary, triggers);
          if (info.also !== undefined) {
            // Note form ("water in"): the word keeps its own meaning and also stands for the verb.
            const also = infoOf(info.also);
            entry = mergeEntries(entry, wordEntry(also.norm, also.stem, vocabulary, triggers));
          }
          // Bounded: hostile input with endless distinct words must not grow it without limit.
          if (words.size >= MAX_WORD_ENTRIES) words.clear();
          words.set(key, entry);
        }
        info.memoKey = triggers;
        info.memoValue = entry;
      }
      ids[p] = entry.ids;
      if (entry.alias !== undefined) {
        aliases ??= new Array<string | undefined>(n);
        aliases[p] = entry.alias;
      }
      if (promptStems !== undefined && prompt !== undefined) {
        // The word's entry remembers its prompt stem number: a map look-up per word, not per token.
        if (entry.promptOf !== prompt) {
          entry.promptStem = promptStemOf(prompt, info.stem);
          entry.promptOf = prompt;
        }
        promptStems[p] = entry.promptStem;
      }
      // One scan lists every indexed phrase's candidate starts, in increasing order. A long
      // answer's are counted here and listed by listTriggered once every count is known; a short
      // answer's few short lists are grown by push (counting needs an array the size of the
      // rubric's node table, which costs a short answer more than it saves).
      const phrases = entry.phrases;
      for (let k = 0; k < phrases.length; k++) {
        const ph = phrases[k] as number;
        if (counts !== undefined) counts[ph] = (counts[ph] as number) + 1;
        else {
          const list = triggered[ph];
          if (list === undefined) triggered[ph] = [p];
          else list.push(p);
        }
      }
    }
    this.ids = ids;
    this.aliases = aliases;
    if (counts !== undefined) listTriggered(tokens, counts, triggered);
  }

  /** True when the answer has a hedged sentence, or one copied from the prompt, at all (cheap after the first call). */
  hasHedges(): boolean {
    if (this.hedged === undefined) {
      this.hedged = hedgedSentences(this.tokens, this.text, this.supposed) ?? null;
      this.restated = restatedTokens(this.tokens, this.promptRuns, this.promptStems) ?? null;
    }
    return this.hedged !== null || this.restated !== null;
  }

  /**
   * The stretches of the answer that earn nothing, for `rubric explain --try`: runs of words in a
   * hedged or withdrawn sentence, or copied from the prompt, with which of the two they are. A
   * teacher had read "It is not in Hardy-Weinberg equilibrium because …" missing a point as a
   * negation bug; its first clause restates the prompt (teacher set 9).
   */
  earnsNothing(): { readonly kind: 'hedged' | 'copied'; readonly start: number; readonly end: number }[] {
    const out: { kind: 'hedged' | 'copied'; start: number; end: number }[] = [];
    if (!this.hasHedges()) return out;
    this.tokens.forEach((t, i) => {
      if (!this.hedgedAt(i)) return;
      const kind = this.restated?.[i] === 1 ? 'copied' : 'hedged';
      const last = out.at(-1);
      const prev = this.tokens[i - 1];
      if (
        last !== undefined &&
        last.kind === kind &&
        prev !== undefined &&
        this.hedgedAt(i - 1) &&
        prev.sent === t.sent
      )
        last.end = t.end;
      else out.push({ kind, start: t.start, end: t.end });
    });
    return out;
  }

  /** True when token `t` stands in a hedged or withdrawn sentence, or in words copied from the prompt. */
  hedgedAt(t: number): boolean {
    if (!this.hasHedges()) return false;
    const sent = this.tokens[t]?.sent;
    if (sent === undefined) return false;
    if (this.restated && this.restated[t] === 1) return true;
    const h = this.hedged;
    return (
      !!h &&
      ((t >= (h.lo[sent] as number) && t < (h.hi[sent] as number)) ||
        (t >= (h.lo2[sent] as number) && t < (h.hi2[sent] as number)))
    );
  }

  /**
   * True when token `t` stands in a sentence no misconception is read from: one marked as holding
   * only at first (transient.ts) or a pictured scene that names no part of the cell (analogy-scene.ts).
   */
  transientAt(t: number): boolean {
    if (this.transient === undefined) this.transient = asideSentences(this.tokens);
    const sent = this.tokens[t]?.sent;
    return this.transient !== null && sent !== undefined && this.transient.has(sent);
  }

  /** Sorted positions of tokens carrying rubric-word id `id`. */
  positionsOf(id: number): readonly number[] {
    if (!this.positions) {
      // Only phrases outside the trigger index need this; build it on first use.
      const positions = new Map<number, number[]>();
      this.ids.forEach((found, i) => {
        for (const id of found) {
          const list = positions.get(id);
          if (list) list.push(i);
          else positions.set(id, [i]);
        }
      });
      this.positions = positions;
    }
    return this.positions.get(id) ?? EMPTY;
  }

  /** The [lo, hi) token range of the scope unit containing token `t`. */
  unit(scope: Scope, t: number): [number, number] {
    return [this.unitLo(scope, t), this.unitHi(scope, t)];
  }

  /** The first token of the scope unit containing token `t`. */
  unitLo(scope: Scope, t: number): number {
    if (scope === 'answer' || t < 0 || t >= this.n) return 0;
    const ext = this.ext ?? this.buildExtents();
    return ext[4 * t + (scope === 'clause' ? 0 : 2)] as number;
  }

  /** One past the last token of the scope unit containing token `t`. */
  unitHi(scope: Scope, t: number): number {
    if (scope === 'answer' || t < 0 || t >= this.n) return this.n;
    const ext = this.ext ?? this.buildExtents();
    return ext[4 * t + (scope === 'clause' ? 1 : 3)] as number;
  }

  private buildExtents(): number[] | Int32Array {
    const n = this.n;
    const ext = perToken(n, 4);
    extents(this.tokens, true, ext, 0);
    extents(this.tokens, false, ext, 2);
    this.ext = ext;
    return ext;
  }

  /**
   * True when a negation cue stands in the same negation segment within 5 words before token `s`
   * (the first word of an occurrence). Verb cues in `excused` do not count.
   */
  negatedAt(s: number, excused: ReadonlySet<string>): boolean {
    return this.negationCueBefore(s, excused) >= 0;
  }

  /** The token index of the cue that {@link negatedAt} finds before token `s`, or -1. */
  negationCueBefore(s: number, excused: ReadonlySet<string>): number {
    const first = this.tokens[s];
    if (!first) return -1;
    // An occurrence that is itself a negation ("no gradient") is not negated again by an earlier
    // cue ("without the pump there is no gradient" states a lost gradient).
    if (first.cue === Cue.Particle) return -1;
    let lowest = s - NEGATION_WINDOW;
    for (let j = s - 1; j >= 0 && j >= lowest; j--) {
      const t = this.tokens[j] as Token;
      if (t.seg !== first.seg) return -1;
      // "it wouldn't be able to fire any more action potentials" (blind batch BU): "be able" is
      // the modal's own words, so they do not use up the window.
      if (t.norm === 'able' || (t.norm === 'be' && this.tokens[j + 1]?.norm === 'able')) {
        lowest--;
        continue;
      }
      // "Estrogen doesn't need a channel or a membrane receptor" (teacher set 5): a denial reaches
      // every item of an "or" list, so the earlier item does not use up the window.
      if (t.norm === 'or' || t.norm === 'nor') {
        lowest -= OR_ITEM_WORDS;
        continue;
      }
      // "moving without energy down the gradient", "with no cell wall it'll burst": a cue whose
      // whole object is energy or the cell wall says how or why, and does not reach the words after it.
      if (t.cue === Cue.Particle && this.wholeObjectAfter(j) <= s) continue;
      // "Active transport can't work without a protein pump" (blind batches BB, BF): a "without"
      // under a "not" needs what it names; the two negations cancel.
      if (t.cue === Cue.Particle && t.norm === 'without' && this.notJustBefore(j)) return -1;
      // "it can't resist the water coming in" (blind batch CY): what a denied resisting or stopping
      // faces is asserted, not denied ("can't stop the water coming in": it comes in).
      if (t.cue === Cue.Particle && j + 1 < s && FACED_VERBS.has(this.tokens[j + 1]?.norm ?? '')) continue;
      // "Genes that are not needed are packed tightly" (teacher set 24): a denial inside a
      // relative clause ends with it, at the main clause's verb, and does not reach past it.
      if (t.cue === Cue.Particle && this.relativeClauseEndsBetween(j, s)) continue;
      if (t.cue === Cue.Particle) return j;
      // "Nothing can stop the water from coming in", "the toxin doesn't block Na+ from entering"
      // (blind batch DK): a denied stopping asserts what it would have stopped.
      if (verbCueAt(this.tokens, j, excused) && !this.meansBetween(j, s)) return this.deniedAt(j) ? -1 : j;
    }
    return -1;
  }

  /**
   * True when the cue at token j stands in a relative clause ("that|which|who", at most two
   * auxiliaries, then the cue) whose main clause's verb comes after at least one word of the
   * relative clause and before token s: "Genes that are not needed are packed tightly", "genes
   * that do not get used are packed". The verb must be an auxiliary or a verb of becoming or
   * staying, so "which does not let sodium in" keeps its denial.
   */
  private relativeClauseEndsBetween(j: number, s: number): boolean {
    let r = j - 1;
    while (r >= j - 2 && r >= 0 && AUXILIARIES.has((this.tokens[r] as Token).norm)) r--;
    if (r < 1 || !RELATIVIZERS.has((this.tokens[r] as Token).norm)) return false;
    for (let k = j + 2; k < s; k++) {
      if (MAIN_CLAUSE_VERBS.has((this.tokens[k] as Token).norm)) return true;
    }
    return false;
  }

  /** True when a "not", "nothing", "never" or "nobody" (a modal between allowed) denies the verb at token j. */
  private deniedAt(j: number): boolean {
    const at = this.tokens[j] as Token;
    let k = j - 1;
    while (k >= j - 3 && MODALS.has((this.tokens[k] as Token | undefined)?.norm ?? '')) k--;
    const t = this.tokens[k];
    return t !== undefined && t.seg === at.seg && DENIERS.has(t.norm);
  }

  /**
   * True when "by" and an -ing verb stand right after the verb cue at token j (its object at most
   * two words between), before token s: "The pump prevents that by moving 3 Na+ out" (blind batch
   * BK) says how it is prevented, and the means is asserted, not negated.
   */
  private meansBetween(j: number, s: number): boolean {
    for (let k = j + 1; k < s && k <= j + 3; k++) {
      const t = this.tokens[k] as Token;
      if (t.norm === 'by') return (this.tokens[k + 1] as Token | undefined)?.norm.endsWith('ing') === true;
    }
    return false;
  }

  /**
   * True when a "not"/"never" stands before token j in its negation segment, at most
   * {@link DOUBLE_NEGATION_REACH} words back: "active transport cant move ions from low
   * concentration to high concentration without ATP" (blind batch CG) is as much a double negation
   * as "can't work without".
   */
  private notJustBefore(j: number): boolean {
    const at = this.tokens[j] as Token;
    for (let k = j - 1; k >= 0 && k >= j - DOUBLE_NEGATION_REACH; k--) {
      const t = this.tokens[k] as Token;
      if (t.seg !== at.seg) return false;
      if (t.norm === 'not' || t.norm === 'never') return true;
    }
    return false;
  }

  /**
   * After the cue at token j, the index just past a noun it takes as its whole object ("no ATP",
   * "without energy", "no (cell) wall": "with no cell wall it'll burst"), or a number past every
   * token when there is none (so the caller's comparison fails).
   */
  private wholeObjectAfter(j: number): number {
    let k = j + 1;
    if ((this.tokens[k] as Token | undefined)?.norm === 'a') k++;
    const w = (this.tokens[k] as Token | undefined)?.norm;
    if (w !== undefined && ENERGY_NOUNS.has(w)) {
      // "no energy (ATP) spent" (blind batch AZ): the bracketed restatement is the same object.
      const next = this.tokens[k + 1] as Token | undefined;
      const word = this.tokens[k] as Token;
      if (
        next !== undefined &&
        ENERGY_NOUNS.has(next.norm) &&
        this.text.slice(word.end, next.start).includes('(')
      )
        return k + 2;
      return k + 1;
    }
    // Not "no solutes to pull it in": the purpose after it is negated too.
    if (w !== undefined && SOLUTE_NOUNS.has(w) && (this.tokens[k + 1] as Token | undefined)?.norm !== 'to')
      return k + 1;
    if (w === 'wall') return k + 1;
    if (w === 'cell' && (this.tokens[k + 1] as Token | undefined)?.norm === 'wall') return k + 2;
    // "Without the pump these gradients fade" (blind batch EM): a "without" whose whole object is
    // the pump says under what condition, and does not deny what follows.
    const at = this.tokens[j] as Token;
    if (at.norm === 'without') {
      let m = j + 1;
      if (POSSESSIVE_ARTICLES.has((this.tokens[m] as Token | undefined)?.norm ?? '')) m++;
      if (PUMP_NOUNS.has((this.tokens[m] as Token | undefined)?.norm ?? '')) return m + 1;
    }
    return Number.MAX_SAFE_INTEGER;
  }
}

/**
 * True when a negation cue stands in one of the gaps of an occurrence ("sodium does not enter"
 * for `sodium ..3 enter`), in the same negation segment as the word right after that gap.
 * Verb cues in `excused` do not count, as before an occurrence.
 */
export function negatedInGaps(
  doc: AnswerDoc,
  gaps: readonly number[],
  excused: ReadonlySet<string>,
): boolean {
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < gaps.length; i += 2) {
    const lo = gaps[i] as number;
    const hi = gaps[i + 1] as number;
    const after = tokens[hi];
    if (!after) continue;
    for (let j = lo; j < hi; j++) {
      const t = tokens[j] as Token;
      if (t.seg !== after.seg) continue;
      if (t.cue === Cue.Particle) return true;
      if (verbCueAt(tokens, j, excused)) return true;
    }
  }
  return false;
}

/**
 * Whether token j is a verb cue ("stops", "blocks") used as a verb. After an article or before
 * "codon" it names a thing instead ("when they get to the stop codon the chain breaks off", "a
 * block in the channel"), and negates nothing. Verb cues in `excused` do not count.
 */
function verbCueAt(tokens: readonly Token[], j: number, excused: ReadonlySet<string>): boolean {
  const t = tokens[j] as Token;
  if (t.cue !== Cue.Verb || excused.has(t.stem)) return false;
  // After an article, or "every"/"each" ("Every stop 3 Na+ kids get kicked off"; blind batch CB),
  // the cue word is a noun.
  const before = tokens[j - 1]?.norm ?? '';
  if (ARTICLES.has(before) || NOUN_DETERMINERS.has(before)) return false;
  const next = tokens[j + 1]?.norm ?? '';
  // "since the pump is blocked the gradients run down": a passive participle is the state of what
  // stands before it and takes no object, so it does not negate the words after it — unless "from"
  // says what is prevented ("Na+ is blocked from entering").
  if (BE_FORMS.has(tokens[j - 1]?.norm ?? '') && t.norm.endsWith('ed') && next !== 'from') return false;
  return !next.startsWith('codon');
}

/** Determiners other than articles before which a verb cue is a noun ("every stop", "each block"). */
const NOUN_DETERMINERS = new Set(['every', 'each']);

/** Forms of "be" (and "get") before a passive participle: "is blocked", "its stopped", "got inhibited". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'its', 'be', 'been', 'being', 'gets', 'got', 'get']);

/** How far before a "without" the "not" that cancels it may stand (see notJustBefore). */
const DOUBLE_NEGATION_REACH = 12;

/** How many words of an earlier "or" item a denial reaches over to the next item. */
const OR_ITEM_WORDS = 3;

/** Nouns a negation cue can take as its whole object ("no ATP", "without energy"); see also the cell wall. */
const ENERGY_NOUNS = new Set(['energy', 'atp']);
/** The pump as the whole object of a "without" ("without the pump, …"). */
const PUMP_NOUNS = new Set(['pump', 'pumps', 'atpase']);
/** Words that may stand between "without" and the pump. */
const POSSESSIVE_ARTICLES = new Set(['the', 'a', 'its', 'their', 'any']);
/** "distilled water has no solutes it is hypotonic": pure water described, nothing after it negated. */
const SOLUTE_NOUNS = new Set(['solute', 'solutes', 'salt', 'salts']);

/** How many words before an occurrence a negation cue reaches. */
export const NEGATION_WINDOW = 5;

/** A phrase occurrence: tokens [s, e). */
export interface RawMatch {
  readonly s: number;
  readonly e: number;
}

/** A match of any pattern: its extent and the token ranges of its evidence (flat [s0, e0, s1, e1, ...]). */
export interface Match {
  readonly s: number;
  readonly e: number;
  readonly ev: readonly number[];
}

/**
 * A phrase occurrence, which is also its own affirmed match (evidence: itself). One object
 * serves both, and the evidence array is only made when asked for: most matches never are.
 */
export class Span implements RawMatch, Match {
  constructor(
    readonly s: number,
    readonly e: number,
    /** Token ranges the phrase's gaps (`..N`) spanned, flat [lo0, hi0, lo1, hi1, ...]; undefined when none. */
    readonly gaps?: readonly number[],
  ) {}

  get ev(): readonly number[] {
    return [this.s, this.e];
  }
}

const EMPTY: readonly number[] = Object.freeze([]);

const MAX_WORD_ENTRIES = 50_000;

/**
 * `fields` numbers per token of an answer of `n` tokens: a plain array for a short answer, where a
 * typed array cost more to allocate (its storage is off-heap) than filling it; an Int32Array from
 * {@link TYPED_FROM} tokens, whose storage is off the young generation (a 4,000-character answer's
 * extents took about 22 KB per grade as a plain array, an eighth of all its allocation, and so of
 * its young-generation collections).
 */
function perToken(n: number, fields: number): number[] | Int32Array {
  return n >= TYPED_FROM ? new Int32Array(n * fields) : new Array<number>(n * fields);
}

/** See {@link perToken}. */
const TYPED_FROM = 256;

/** The rubric ids of a word and the indexed phrases it can start (computed once per distinct word). */
function wordEntry(norm: string, stem: string, vocabulary: Vocabulary, triggers: TriggerIndex): WordEntry {
  const ids = vocabulary.lookup({ norm, stem });
  const phrases: number[] = [];
  const add = (list: readonly number[] | undefined): void => {
    if (list) for (const ph of list) if (!phrases.includes(ph)) phrases.push(ph);
  };
  for (const id of ids) add(triggers.byWordId.get(id));
  add(triggers.byNorm.get(norm));
  const prefixed = norm.length >= 3 ? triggers.byPrefix.get(norm.slice(0, 3)) : undefined;
  if (prefixed) for (const { prefix, phrase } of prefixed) if (norm.startsWith(prefix)) add([phrase]);
  // "depolerize" for "depolar*": a misspelt beginning is read once, here, for every prefix element.
  const alias = vocabulary.exact ? undefined : prefixAlias(norm, triggers.prefixes, vocabulary.prefixes);
  if (alias !== undefined) {
    const byAlias = triggers.byPrefix.get(alias.slice(0, 3));
    if (byAlias) for (const { prefix, phrase } of byAlias) if (alias.startsWith(prefix)) add([phrase]);
  }
  return entryOf(ids, phrases, alias);
}

/**
 * A word entry. Made only here, every field present in one order (`alias` undefined for most
 * words), so all entries share one hidden class: the answer reads an entry's fields at every token.
 */
function entryOf(ids: readonly number[], phrases: readonly number[], alias: string | undefined): WordEntry {
  return { ids, phrases, promptOf: undefined, promptStem: 0, alias };
}

/** The union of two word entries (a note-form word and the verb it stands for). */
function mergeEntries(a: WordEntry, b: WordEntry): WordEntry {
  return entryOf(
    [...new Set([...a.ids, ...b.ids])],
    [...new Set([...a.phrases, ...b.phrases])],
    a.alias ?? b.alias,
  );
}

/**
 * Fills `triggered` with every indexed phrase's candidate starts, in increasing order, from the
 * per-phrase counts of the constructor's scan: each list is made at its final length, where
 * growing it by push left a trail of outgrown copies (a 4,000-character answer lists about 1,500
 * starts), and allocation per answer is what sets the slowest percentile's young-generation
 * collections. Each token's word entry is its info's one-entry memo, set by that scan. `counts`
 * is used up: it ends as each list's start (0).
 */
function listTriggered(
  tokens: readonly Token[],
  counts: number[],
  triggered: (number[] | undefined)[],
): void {
  // Backwards, so each list fills from its end down and `counts` doubles as the write cursor. A
  // list is made when its last start is met, with the full count: no pass over the rubric's whole
  // node table.
  for (let p = tokens.length - 1; p >= 0; p--) {
    const phrases = ((tokens[p] as Token).info.memoValue as WordEntry).phrases;
    for (let k = 0; k < phrases.length; k++) {
      const ph = phrases[k] as number;
      const c = counts[ph] as number;
      let list = triggered[ph];
      if (list === undefined) {
        list = new Array<number>(c);
        triggered[ph] = list;
      }
      counts[ph] = c - 1;
      list[c - 1] = p;
    }
  }
}

/** Writes the [lo, hi) extent of each token's clause (or sentence) at ext[4t + at], ext[4t + at + 1]. */
function extents(tokens: readonly Token[], clause: boolean, ext: number[] | Int32Array, at: number): void {
  const n = tokens.length;
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (
      i === n ||
      (clause
        ? (tokens[i] as Token).clause !== (tokens[i - 1] as Token).clause
        : (tokens[i] as Token).sent !== (tokens[i - 1] as Token).sent)
    ) {
      for (let j = start; j < i; j++) {
        ext[4 * j + at] = start;
        ext[4 * j + at + 1] = i;
      }
      start = i;
    }
  }
}

/** Verbs whose object, under a denial, still happens: "can't resist / withstand / stop the water coming in". */
const FACED_VERBS = new Set(['resist', 'withstand', 'handle', 'stop']);
/** Words that open a relative clause after its noun. */
const RELATIVIZERS = new Set(['that', 'which', 'who']);
/** Verbs that start the main clause after a relative clause ("… that are not needed are packed"). */
const MAIN_CLAUSE_VERBS = new Set([...AUXILIARIES, ...MAIN_VERBS_AFTER_RELATIVE]);
/** Words that deny a verb cue right after them (a modal between): "nothing can stop", "doesn't block". */
const DENIERS = new Set(['not', 'nothing', 'never', 'nobody']);
/** Auxiliaries between a denial and its verb: "nothing can stop", "does not block". */
const MODALS = new Set([...AUXILIARIES, 'should', 'may', 'might', 'be']);

/** The sentences no misconception is read from (transient ones and pictured scenes), or null. */
function asideSentences(tokens: readonly Token[]): Set<number> | null {
  const transient = transientSentences(tokens);
  const scenes = sceneSentences(tokens);
  if (scenes === undefined) return transient ?? null;
  if (transient === undefined) return scenes;
  for (const s of scenes) transient.add(s);
  return transient;
}
