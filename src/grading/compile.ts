import type { FrqQuestion, Lexicon, Pattern, Scoring } from '../content/question-schema.js';
import type { CompileIssue } from './compile-issue.js';
import type { NegationContext } from './evaluate.js';
import { aboutNode, allNode, anyNode, type Element, type Node, phraseNode } from './nodes.js';
import { PhraseCompiler } from './phrase-compiler.js';
import type { PromptParts } from './prompt-parts.js';
import type { PromptRuns } from './restated.js';
import { stemOf } from './stem.js';
import type { TriggerIndex } from './trigger-index.js';
import { Vocabulary } from './vocabulary.js';
import { verbCueStems } from './word-info.js';

export type { CompileIssue } from './compile-issue.js';

/** Thrown by {@link compileQuestion} with every problem found. */
export class RubricCompileError extends Error {
  constructor(readonly issues: readonly CompileIssue[]) {
    super(issues.map((i) => `${i.source} ${i.path.join('.')}: ${i.message}`).join('\n'));
    this.name = 'RubricCompileError';
  }
}

/** A point or misconception ready to be matched. */
export interface CompiledTarget {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly hint: string;
  readonly correction: string;
  readonly node: Node;
  /** Index of the part whose text is searched; -1 = every part. */
  readonly part: number;
  readonly ignoreNegation: boolean;
  /** Verb cues this target's own words excuse ("blocks" in "the toxin blocks the receptor"). */
  readonly excused: ReadonlySet<string>;
  /** Targets with equal keys see negation the same way, so they share match results. */
  readonly contextKey: string;
  /** Dense index of `contextKey` within the question (for array memos). */
  readonly contextIndex: number;
  /** How the target sees negation, as evaluate() takes it: made once here, not for every answer. */
  readonly negation: NegationContext;
  /** Misconceptions only: ids of points it takes back when stated after them. */
  readonly contradicts: readonly string[];
  /** Misconceptions only: ids of points not earned from a sentence that states it. */
  readonly cancels: readonly string[];
  /** Misconceptions only: ids of points not earned from a negation segment that states it. */
  readonly cancelsInSegment: readonly string[];
  /** Misconceptions only: also read in a sentence that holds only at first (`atFirst: true`). */
  readonly readsAtFirst: boolean;
}

/** A question compiled for grading: build once, grade many answers. */
export interface CompiledRubric {
  readonly question: FrqQuestion;
  readonly vocabulary: Vocabulary;
  readonly points: readonly CompiledTarget[];
  readonly misconceptions: readonly CompiledTarget[];
  /** The question's subjects (what facts are said of), in the order it lists them. */
  readonly subjects: readonly Node[];
  readonly scoring: Scoring;
  readonly maxScore: number;
  /** Which phrases can start at which words, for the one-pass scan of each answer. */
  readonly triggers: TriggerIndex;
  /** The prompt's word runs: an answer sentence copied from the prompt earns nothing (restated.ts). */
  readonly promptRuns: PromptRuns;
  /** The prompt's lettered parts: what a bare "no" under "(a)" is about (prompt-parts.ts). */
  readonly promptParts: PromptParts;
  /**
   * Per part: whether its prompt (or the question's) asks what would happen in a supposed case
   * ("Predict how the membrane would change if the bacteria did not …"). There an answer's "if …,
   * … would …" is the answer asked for, not a case set against the facts (hedge.ts).
   */
  readonly supposes: readonly boolean[];
}

/** Compiles patterns against a lexicon and a question's local concepts, collecting issues instead of stopping. */
export class PatternCompiler {
  readonly issues: CompileIssue[] = [];
  private nextId = 0;
  /** Every node made, so ids can be renumbered once the roots are known. */
  private readonly made: Node[] = [];
  private readonly done = new Map<string, Node>();
  private readonly inProgress: string[] = [];
  /** Parses phrase strings; calls back here for concepts, issues and node ids. */
  private readonly phrases: PhraseCompiler;
  /** The question's subjects by name → index (for `about`). */
  subjects: ReadonlyMap<string, number> = new Map();
  /** Set while compiling misconceptions: their `about` needs the subject named (AboutNode.strict). */
  strictAbout = false;

  constructor(
    private readonly lexicon: Record<string, Pattern>,
    private readonly local: Record<string, Pattern>,
    readonly vocabulary: Vocabulary,
  ) {
    this.phrases = new PhraseCompiler({
      vocabulary,
      issues: this.issues,
      concept: (name, source, path) => this.concept(name, source, path),
      issue: (source, path, message) => this.issue(source, path, message),
      phraseNode: (slots, text) => this.track(phraseNode(this.nextId++, slots, text)),
    });
  }

  /** Compiles every lexicon concept (so the vocabulary knows every lexicon word, and lexicon faults surface). */
  compileLexicon(): void {
    for (const name of Object.keys(this.lexicon)) this.concept(name, 'lexicon', ['concepts', name]);
  }

  /** Compiles every local concept of the question. */
  compileLocal(): void {
    for (const name of Object.keys(this.local)) this.concept(name, 'question', ['concepts', name]);
  }

  /** The node of a concept (local first, then lexicon); reports unknown names and cycles. */
  concept(name: string, source: CompileIssue['source'], path: readonly (string | number)[]): Node {
    // Lexical scoping: lexicon concepts only see the lexicon, so a question's local concept
    // can never change what a shared concept means.
    const local = source === 'question' && Object.hasOwn(this.local, name);
    const key = `${local ? 'q' : 'l'}:${name}`;
    const hit = this.done.get(key);
    if (hit) return hit;
    const pattern = local
      ? this.local[name]
      : Object.hasOwn(this.lexicon, name)
        ? this.lexicon[name]
        : undefined;
    if (pattern === undefined) {
      this.issue(
        source,
        path,
        `unknown concept "@${name}" (not in the question's concepts nor in the lexicon)`,
      );
      return this.empty();
    }
    if (this.inProgress.includes(key)) {
      const cycle = [...this.inProgress.slice(this.inProgress.indexOf(key)), key].map((k) => k.slice(2));
      this.issue(source, path, `concept cycle: ${cycle.join(' → ')}`);
      return this.empty();
    }
    this.inProgress.push(key);
    const node = this.pattern(pattern, local ? 'question' : 'lexicon', ['concepts', name]);
    this.inProgress.pop();
    this.done.set(key, node);
    return node;
  }

  /** Compiles one pattern found at `path` of `source`. */
  pattern(p: Pattern, source: CompileIssue['source'], path: readonly (string | number)[]): Node {
    if (typeof p === 'string') return this.phrases.compile(p, source, path);
    if (Array.isArray(p)) {
      return this.track(
        anyNode(
          this.nextId++,
          p.map((q, i) => this.pattern(q, source, [...path, i])),
        ),
      );
    }
    if ('any' in p) {
      return this.track(
        anyNode(
          this.nextId++,
          p.any.map((q, i) => this.pattern(q, source, [...path, 'any', i])),
        ),
      );
    }
    if ('about' in p)
      return this.about(p.about, this.pattern(p.pattern, source, [...path, 'pattern']), source, path);
    const items = p.all.map((item, i) => {
      const at = [...path, 'all', i];
      if (typeof item === 'object' && !Array.isArray(item) && 'not' in item) {
        return { node: this.pattern(item.not, source, [...at, 'not']), negative: true };
      }
      return { node: this.pattern(item, source, at), negative: false };
    });
    if (!items.some((i) => !i.negative))
      this.issue(source, [...path, 'all'], 'an all-of group needs a positive item');
    return this.track(
      allNode(this.nextId++, items, p.scope ?? 'sentence', p.within, p.ordered ?? false, p.listed ?? false),
    );
  }

  /** Wraps `node` so its matches must be said of subject `name` (`is`) or of another one (`other`). */
  about(
    name: string,
    node: Node,
    source: CompileIssue['source'],
    path: readonly (string | number)[],
    mode: 'is' | 'other' = 'is',
    carry = false,
    /** Tie the match to the subject even where the compiler's default lets a fact of no subject count. */
    strict = false,
  ): Node {
    const subject = this.subjects.get(name);
    if (subject === undefined) {
      const known = [...this.subjects.keys()];
      this.issue(
        source,
        [...path, 'about'],
        `unknown subject "${name}" (${known.length > 0 ? `the question's subjects are ${known.join(', ')}` : 'the question lists no `subjects`'})`,
      );
      return node;
    }
    return this.track(aboutNode(this.nextId++, node, subject, mode, carry, this.strictAbout || strict));
  }

  /** An any-of node over already compiled nodes. */
  anyOf(kids: readonly Node[]): Node {
    return this.track(anyNode(this.nextId++, kids));
  }

  private empty(): Node {
    return this.track(anyNode(this.nextId++, []));
  }

  private track<N extends Node>(node: N): N {
    this.made.push(node);
    return node;
  }

  /**
   * Renumbers node ids so the nodes reachable from `roots` are 0..k-1 (returned: k). Every
   * lexicon concept is compiled, but a question reaches only some; per-answer memos are arrays
   * indexed by node id, so dense ids keep them small. Call once, after compiling.
   */
  renumberFrom(roots: readonly Node[]): number {
    const order: Node[] = [];
    const seen = new Set<Node>();
    const visitEl = (el: Element): void => {
      if (el.k === 'concept') visit(el.node);
      else if (el.k === 'alt') for (const o of el.options) visitEl(o);
    };
    const visit = (n: Node): void => {
      if (seen.has(n)) return;
      seen.add(n);
      order.push(n);
      if (n.t === 'phrase') for (const s of n.slots) visitEl(s.el);
      else if (n.t === 'any') for (const k of n.kids) visit(k);
      else if (n.t === 'about') visit(n.node);
      else for (const i of n.items) visit(i.node);
    };
    for (const r of roots) visit(r);
    const reachable = order.length;
    for (const n of this.made) if (!seen.has(n)) order.push(n);
    // Ids are fixed once compiling is over; this is the one place that rewrites them.
    order.forEach((n, i) => {
      (n as { id: number }).id = i;
    });
    this.nextId = order.length;
    return reachable;
  }

  private issue(source: CompileIssue['source'], path: readonly (string | number)[], message: string): void {
    this.issues.push({ source, path, message });
  }
}

/** The verb-cue stems used by a node's own words. */
export function verbsUsed(node: Node): Set<string> {
  const found = new Set<string>();
  const seen = new Set<number>();
  const visitEl = (el: Element): void => {
    if (el.k === 'word') for (const s of el.stems) if (verbCueStems.has(s)) found.add(s);
    if (el.k === 'exact' && verbCueStems.has(stemOf(el.norm))) found.add(stemOf(el.norm));
    if (el.k === 'prefix') for (const v of verbCueStems) if (v.startsWith(el.prefix)) found.add(v);
    if (el.k === 'concept') visit(el.node);
    if (el.k === 'alt') for (const o of el.options) visitEl(o);
  };
  const visit = (n: Node): void => {
    if (seen.has(n.id)) return;
    seen.add(n.id);
    if (n.t === 'phrase') {
      for (const s of n.slots) visitEl(s.el);
    } else if (n.t === 'any') n.kids.forEach(visit);
    else if (n.t === 'about') visit(n.node);
    else for (const i of n.items) if (!i.negative) visit(i.node);
  };
  visit(node);
  return found;
}

/** Checks a lexicon on its own: phrase syntax, references, cycles. */
export function checkLexicon(lexicon: Lexicon): CompileIssue[] {
  const c = new PatternCompiler(lexicon.concepts, {}, new Vocabulary());
  c.compileLexicon();
  return c.issues;
}
