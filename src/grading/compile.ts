import type { FrqQuestion, Lexicon, Pattern, Scoring } from '../content/question-schema.js';
import type { Element, Node, Slot } from './nodes.js';
import { isPhraseLike } from './nodes.js';
import { stemOf } from './stem.js';
import { tokenize, verbCueStems } from './tokenize.js';
import type { TriggerIndex } from './trigger-index.js';
import { Vocabulary } from './vocabulary.js';

/** Where a compile problem is: in the question file or the lexicon, at a YAML path. */
export interface CompileIssue {
  readonly source: 'question' | 'lexicon';
  readonly path: readonly (string | number)[];
  readonly message: string;
}

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
}

/** A question compiled for grading: build once, grade many answers. */
export interface CompiledRubric {
  readonly question: FrqQuestion;
  readonly vocabulary: Vocabulary;
  readonly points: readonly CompiledTarget[];
  readonly misconceptions: readonly CompiledTarget[];
  readonly scoring: Scoring;
  readonly maxScore: number;
  /** Which phrases can start at which words, for the one-pass scan of each answer. */
  readonly triggers: TriggerIndex;
}

const MAX_SLOTS = 10;
const MAX_GAPS = 2;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Compiles patterns against a lexicon and a question's local concepts, collecting issues instead of stopping. */
export class PatternCompiler {
  readonly issues: CompileIssue[] = [];
  private nextId = 0;
  /** Every node made, so ids can be renumbered once the roots are known. */
  private readonly made: Node[] = [];
  private readonly done = new Map<string, Node>();
  private readonly inProgress: string[] = [];

  constructor(
    private readonly lexicon: Record<string, Pattern>,
    private readonly local: Record<string, Pattern>,
    readonly vocabulary: Vocabulary,
  ) {}

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
    if (typeof p === 'string') return this.phrase(p, source, path);
    if (Array.isArray(p)) {
      return this.track({
        t: 'any',
        id: this.nextId++,
        kids: p.map((q, i) => this.pattern(q, source, [...path, i])),
      });
    }
    if ('any' in p) {
      return this.track({
        t: 'any',
        id: this.nextId++,
        kids: p.any.map((q, i) => this.pattern(q, source, [...path, 'any', i])),
      });
    }
    const items = p.all.map((item, i) => {
      const at = [...path, 'all', i];
      if (typeof item === 'object' && !Array.isArray(item) && 'not' in item) {
        return { node: this.pattern(item.not, source, [...at, 'not']), negative: true };
      }
      return { node: this.pattern(item, source, at), negative: false };
    });
    if (!items.some((i) => !i.negative))
      this.issue(source, [...path, 'all'], 'an all-of group needs a positive item');
    return this.track({
      t: 'all',
      id: this.nextId++,
      items,
      scope: p.scope ?? 'sentence',
      within: p.within,
      ordered: p.ordered ?? false,
    });
  }

  private phrase(text: string, source: CompileIssue['source'], path: readonly (string | number)[]): Node {
    const chunks = text.trim().split(/\s+/);
    if (
      chunks.length === 1 &&
      chunks[0]?.startsWith('@') &&
      !chunks[0].includes('|') &&
      !chunks[0].endsWith('?')
    ) {
      const name = chunks[0].slice(1);
      if (!KEBAB.test(name)) this.issue(source, path, `"${chunks[0]}" is not a concept name (kebab-case)`);
      else return this.concept(name, source, path);
    }
    const slots: Slot[] = [];
    let gaps = 0;
    for (const chunk of chunks) {
      const gap = /^\.\.([1-8])?$/.exec(chunk);
      if (gap) {
        gaps++;
        slots.push({ el: { k: 'gap', max: gap[1] ? Number(gap[1]) : 3 }, optional: false });
        continue;
      }
      const optional = chunk.length > 1 && chunk.endsWith('?');
      const body = optional ? chunk.slice(0, -1) : chunk;
      const alts = body.split('|');
      if (alts.some((a) => a === '')) {
        this.issue(source, path, `"${chunk}": empty alternative around "|"`);
        continue;
      }
      if (alts.length === 1 && !optional && !/^[@=]|\*$/.test(body)) {
        // A plain chunk may fold into several words ("ligand-gated", "can't"): each is a word slot.
        for (const tok of tokenize(body)) {
          if (tok.article) continue;
          slots.push({ el: this.word(tok.norm, tok.stem), optional: false });
        }
        continue;
      }
      const options = alts
        .map((a) => this.simpleElement(a, chunk, source, path))
        .filter((e) => e !== undefined);
      if (options.length === 0) continue;
      const el: Element = options.length === 1 ? (options[0] as Element) : mergeWords(options);
      slots.push({ el, optional });
    }
    if (slots.length === 0) this.issue(source, path, `phrase "${text}" has no words`);
    if (slots.length > MAX_SLOTS)
      this.issue(source, path, `phrase "${text}" is too long (max ${MAX_SLOTS} elements)`);
    if (gaps > MAX_GAPS) this.issue(source, path, `phrase "${text}" has more than ${MAX_GAPS} gaps`);
    if (slots[0]?.el.k === 'gap' || slots[slots.length - 1]?.el.k === 'gap') {
      this.issue(source, path, `phrase "${text}" may not start or end with a gap`);
    }
    if (slots.length > 0 && slots.every((s) => s.optional || s.el.k === 'gap')) {
      this.issue(source, path, `phrase "${text}" needs at least one required word`);
    }
    return this.track({ t: 'phrase', id: this.nextId++, slots, source: text });
  }

  private simpleElement(
    a: string,
    chunk: string,
    source: CompileIssue['source'],
    path: readonly (string | number)[],
  ): Element | undefined {
    if (a.startsWith('@')) {
      const name = a.slice(1);
      if (!KEBAB.test(name)) {
        this.issue(source, path, `"${a}" is not a concept name (kebab-case)`);
        return undefined;
      }
      const node = this.concept(name, source, path);
      if (!isPhraseLike(node)) {
        this.issue(
          source,
          path,
          `"@${name}" is an all-of concept; it can only be used as a whole pattern, not inside a phrase`,
        );
        return undefined;
      }
      return { k: 'concept', node };
    }
    const exact = a.startsWith('=');
    const prefix = !exact && a.endsWith('*');
    const core = exact ? a.slice(1) : prefix ? a.slice(0, -1) : a;
    const toks = tokenize(core);
    const tok = toks[0];
    if (toks.length !== 1 || tok === undefined) {
      this.issue(source, path, `"${a}" in "${chunk}" must be a single word when used with | ? = or *`);
      return undefined;
    }
    if (exact) {
      this.vocabulary.add(tok.norm, tok.stem);
      return { k: 'exact', norm: tok.norm };
    }
    if (prefix) {
      if (tok.norm.length < 3) this.issue(source, path, `prefix "${a}" needs at least 3 letters`);
      return { k: 'prefix', prefix: tok.norm };
    }
    return this.word(tok.norm, tok.stem);
  }

  private word(norm: string, stem: string): Element {
    return { k: 'word', ids: [this.vocabulary.add(norm, stem)], stems: [stem] };
  }

  private empty(): Node {
    return this.track({ t: 'any', id: this.nextId++, kids: [] });
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

/** `a|b|c` of plain words becomes one word element with several ids (faster than an alternation). */
function mergeWords(options: Element[]): Element {
  if (options.every((o) => o.k === 'word')) {
    const words = options as Extract<Element, { k: 'word' }>[];
    return {
      k: 'word',
      ids: [...new Set(words.flatMap((w) => w.ids))],
      stems: words.flatMap((w) => w.stems),
    };
  }
  return { k: 'alt', options };
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
