import type { Scope } from '../content/question-schema.js';
import { Cue, type Token, tokenize } from './tokenize.js';
import type { TriggerIndex } from './trigger-index.js';
import type { Vocabulary } from './vocabulary.js';

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
  private positions: Map<number, number[]> | undefined;
  private readonly clauseLo: Int32Array;
  private readonly clauseHi: Int32Array;
  private readonly sentLo: Int32Array;
  private readonly sentHi: Int32Array;
  /** Memo by node id: raw matches (before negation) of phrase-like nodes. */
  readonly raw: (readonly RawMatch[] | undefined)[];
  /** Memo by node id: start position → end positions (longest first) of phrase-like nodes. */
  readonly startIndex: (Map<number, number[]> | undefined)[];
  /** Memo: by negation context index → by node id → affirmed matches. */
  readonly evaluated: ((readonly Match[] | undefined)[] | undefined)[] = [];
  /** By phrase node id: candidate starts of every indexed phrase, from one scan of the answer. */
  readonly triggered: (number[] | undefined)[];

  constructor(
    readonly text: string,
    vocabulary: Vocabulary,
    readonly triggers: TriggerIndex,
  ) {
    this.raw = new Array(triggers.nodeCount);
    this.startIndex = new Array(triggers.nodeCount);
    this.triggered = new Array(triggers.nodeCount);
    this.tokens = tokenize(text);
    const n = this.tokens.length;
    this.n = n;
    const ids: (readonly number[])[] = new Array(n);
    for (let i = 0; i < n; i++) ids[i] = vocabulary.lookup(this.tokens[i] as Token);
    this.ids = ids;
    this.scanTriggers();
    [this.clauseLo, this.clauseHi] = extents(this.tokens, (t) => t.clause);
    [this.sentLo, this.sentHi] = extents(this.tokens, (t) => t.sent);
  }

  private scanTriggers(): void {
    const { byWordId, byNorm, byPrefix } = this.triggers;
    for (let p = 0; p < this.n; p++) {
      for (const id of this.ids[p] as readonly number[]) {
        const phrases = byWordId.get(id);
        if (phrases) for (const ph of phrases) this.addStart(ph, p);
      }
      const norm = (this.tokens[p] as Token).norm;
      const exact = byNorm.get(norm);
      if (exact) for (const ph of exact) this.addStart(ph, p);
      const prefixed = norm.length >= 3 ? byPrefix.get(norm.slice(0, 3)) : undefined;
      if (prefixed)
        for (const { prefix, phrase } of prefixed) if (norm.startsWith(prefix)) this.addStart(phrase, p);
    }
  }

  private addStart(phrase: number, p: number): void {
    const list = this.triggered[phrase];
    if (!list) this.triggered[phrase] = [p];
    else if (list[list.length - 1] !== p) list.push(p);
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
    if (scope === 'answer') return [0, this.n];
    if (scope === 'clause') return [this.clauseLo[t] ?? 0, this.clauseHi[t] ?? this.n];
    return [this.sentLo[t] ?? 0, this.sentHi[t] ?? this.n];
  }

  /**
   * True when a negation cue stands in the same negation segment within 5 words before token `s`
   * (the first word of an occurrence). Verb cues in `excused` do not count.
   */
  negatedAt(s: number, excused: ReadonlySet<string>): boolean {
    const first = this.tokens[s];
    if (!first) return false;
    for (let j = s - 1; j >= 0 && j >= s - NEGATION_WINDOW; j--) {
      const t = this.tokens[j] as Token;
      if (t.seg !== first.seg) return false;
      if (t.cue === Cue.Particle) return true;
      if (t.cue === Cue.Verb && !excused.has(t.stem)) return true;
    }
    return false;
  }
}

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

const EMPTY: readonly number[] = Object.freeze([]);

function extents(tokens: readonly Token[], key: (t: Token) => number): [Int32Array, Int32Array] {
  const lo = new Int32Array(tokens.length);
  const hi = new Int32Array(tokens.length);
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || key(tokens[i] as Token) !== key(tokens[i - 1] as Token)) {
      for (let j = start; j < i; j++) {
        lo[j] = start;
        hi[j] = i;
      }
      start = i;
    }
  }
  return [lo, hi];
}
