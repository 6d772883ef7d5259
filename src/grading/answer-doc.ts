import type { Scope } from '../content/question-schema.js';
import { Cue, type Token, tokenize } from './tokenize.js';
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
  private readonly positions = new Map<number, number[]>();
  private readonly clauseLo: Int32Array;
  private readonly clauseHi: Int32Array;
  private readonly sentLo: Int32Array;
  private readonly sentHi: Int32Array;
  /** Memo: phrase-like node id → raw matches (before negation). */
  readonly raw = new Map<number, readonly RawMatch[]>();
  /** Memo: phrase-like node id → start position → end positions (longest first). */
  readonly startIndex = new Map<number, Map<number, number[]>>();
  /** Memo: negation context → node id → affirmed matches. */
  readonly evaluated = new Map<string, Map<number, readonly Match[]>>();

  constructor(
    readonly text: string,
    vocabulary: Vocabulary,
  ) {
    this.tokens = tokenize(text);
    const n = this.tokens.length;
    this.n = n;
    const ids: (readonly number[])[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const found = vocabulary.lookup(this.tokens[i] as Token);
      ids[i] = found;
      for (const id of found) {
        const list = this.positions.get(id);
        if (list) list.push(i);
        else this.positions.set(id, [i]);
      }
    }
    this.ids = ids;
    [this.clauseLo, this.clauseHi] = extents(this.tokens, (t) => t.clause);
    [this.sentLo, this.sentHi] = extents(this.tokens, (t) => t.sent);
  }

  /** Sorted positions of tokens carrying rubric-word id `id`. */
  positionsOf(id: number): readonly number[] {
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
