import type { FrqQuestion, Lexicon, Pattern, Scoring } from '../content/question-schema.js';
import type { Element, Node, Slot } from './nodes.js';
import { isPhraseLike } from './nodes.js';
import { stemOf } from './stem.js';
import { tokenize } from './tokenize.js';
import type { TriggerIndex } from './trigger-index.js';
import { Vocabulary } from './vocabulary.js';
import { verbCueStems } from './word-info.js';

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
/** Characters an author may use to try to group words; phrases have no grouping. */
const GROUPING = /[()[\]{}"“”]/;
const GROUPING_MESSAGE =
  '"|" chooses between single words ("a|b c" is a or b, then c) and brackets or quotes group nothing; for alternatives of several words, list whole phrases: ["nuclear pore", "cell membrane"]';

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
    const issuesBefore = this.issues.length;
    const slots: Slot[] = [];
    /** Per slot: its chunk, whether it was a `|` alternation, and its folded words (for checks). */
    const from: SlotSource[] = [];
    let gaps = 0;
    if (text.includes('|') && GROUPING.test(text)) {
      // "(nuclear pore|cell membrane)" reads as nuclear, pore|cell, membrane: never what was meant.
      this.issue(source, path, `phrase "${text}": ${GROUPING_MESSAGE}`);
    }
    chunks.forEach((chunk, c) => {
      const gap = /^\.\.([1-8])?$/.exec(chunk);
      if (gap) {
        gaps++;
        slots.push({ el: { k: 'gap', max: gap[1] ? Number(gap[1]) : 3 }, optional: false });
        from.push({ chunk, alternation: false, words: [] });
        return;
      }
      if (chunk.startsWith('..')) {
        // "..9", "...", "..10" would otherwise be read as words or as nothing at all.
        this.issue(
          source,
          path,
          `"${chunk}" in "${text}" is not a gap: write ".." (up to 3 words) or "..1" to "..8"`,
        );
        return;
      }
      const optional = chunk.length > 1 && chunk.endsWith('?');
      const body = optional ? chunk.slice(0, -1) : chunk;
      const alts = body.split('|');
      if (alts.some((a) => a === '')) {
        this.issue(source, path, `"${chunk}": empty alternative around "|"`);
        return;
      }
      if (alts.length > 1 && alts.some((a) => a.length > 1 && a.endsWith('?'))) {
        this.issue(
          source,
          path,
          `"${chunk}": "?" makes a whole element optional; put it after the last alternative ("a|b?")`,
        );
        return;
      }
      if (alts.length === 1 && !optional && !/^[@=]|\*$/.test(body)) {
        // A plain chunk may fold into several words ("ligand-gated", "can't"): each is a word slot.
        const toks = tokenize(body);
        const endsSentence = c < chunks.length - 1 && /[.!?]$/.test(body) && toks.length > 0;
        if (toks.some((t) => t.sent !== toks[0]?.sent) || endsSentence) {
          // A phrase matches words of one sentence, so "e.g." or "sodium. enters" can never be
          // matched as written.
          this.issue(
            source,
            path,
            `"${chunk}" in "${text}" ends a sentence inside the phrase; a phrase matches words of one sentence (leave out the "." "!" "?")`,
          );
          return;
        }
        if (toks.length === 0) {
          // "?", "-", "2)" on their own fold to nothing; the author meant something else.
          this.issue(source, path, `"${chunk}" in "${text}" is not a word (it folds to nothing)`);
          return;
        }
        for (const tok of toks) {
          if (tok.article) continue;
          slots.push({ el: this.word(tok.norm, tok.stem), optional: false });
          from.push({ chunk, alternation: false, words: [tok.norm] });
        }
        return;
      }
      const options = alts
        .map((a) => this.simpleElement(a, chunk, source, path))
        .filter((e) => e !== undefined);
      if (options.length === 0) return;
      const el: Element = options.length === 1 ? (options[0] as Element) : mergeWords(options);
      slots.push({ el, optional });
      const words = alts.flatMap((a) => (/^[@=]|\*$/.test(a) ? [] : tokenize(a).map((t) => t.norm)));
      from.push({ chunk, alternation: alts.length > 1, words });
    });
    this.checkDoubledAlternatives(text, slots, from, source, path);
    // An empty phrase is worth its own message only when nothing more specific was said.
    if (slots.length === 0 && this.issues.length === issuesBefore)
      this.issue(source, path, `phrase "${text}" has no words`);
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

  /**
   * "sodium ion|potassium ion" reads as sodium, ion|potassium, ion: its "ion" alternative would
   * need "ion ion". An alternative that is the very word written next to it is always such a
   * multi-word alternative written inside "|", so it is an error rather than a dead branch.
   * (Only the same word: "negative charge|negativity" shares a stem but not a word.)
   */
  private checkDoubledAlternatives(
    text: string,
    slots: readonly Slot[],
    from: readonly SlotSource[],
    source: CompileIssue['source'],
    path: readonly (string | number)[],
  ): void {
    for (let k = 0; k < slots.length; k++) {
      const here = from[k];
      if (!here?.alternation) continue;
      for (const n of [k - 1, k + 1]) {
        const there = from[n];
        if (!there || there.alternation || slots[n]?.optional || there.words.length !== 1) continue;
        if (!here.words.includes(there.words[0] as string)) continue;
        this.issue(
          source,
          path,
          `"${from[k]?.chunk}" in "${text}": one alternative is the word next to it, so it would need that word twice in a row; ${GROUPING_MESSAGE}`,
        );
        return;
      }
    }
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

/** Where a phrase slot came from (see PatternCompiler.checkDoubledAlternatives). */
interface SlotSource {
  readonly chunk: string;
  readonly alternation: boolean;
  /** Folded plain words of the chunk (alternatives with @ = * excluded). */
  readonly words: readonly string[];
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
