import type { Scope } from '../content/question-schema.js';

/**
 * Compiled pattern nodes. A question's patterns (and the concepts they use) compile once into
 * this small graph; concept nodes are shared, so each is matched at most once per answer.
 */

/** One phrase element. */
export type Element =
  | { readonly k: 'word'; readonly ids: readonly number[]; readonly stems: readonly string[] }
  | { readonly k: 'exact'; readonly norm: string }
  | { readonly k: 'prefix'; readonly prefix: string }
  | { readonly k: 'concept'; readonly node: Node }
  | { readonly k: 'alt'; readonly options: readonly Element[] }
  | { readonly k: 'gap'; readonly max: number };

/*
 * Element constructors. Each element gets every field of every kind, the other kinds' left
 * undefined, always in the same order, so all elements share one hidden class: the phrase search
 * (match-phrase.ts) reads `el.k` at every step, and with one shape per kind (six) that read was
 * megamorphic, a lookup in V8's stub cache each time (about 6% of grading a short answer).
 */
function element(
  k: Element['k'],
  ids: readonly number[] | undefined,
  stems: readonly string[] | undefined,
  norm: string | undefined,
  prefix: string | undefined,
  node: Node | undefined,
  options: readonly Element[] | undefined,
  max: number | undefined,
): Element {
  // The cast is checked by the typed constructors below, which give each kind its own fields.
  return { k, ids, stems, norm, prefix, node, options, max } as Element;
}

/** A word by its rubric-word ids (any one matches), with their stems. */
export function wordElement(ids: readonly number[], stems: readonly string[]): Element {
  return element('word', ids, stems, undefined, undefined, undefined, undefined, undefined);
}

/** Exactly this folded word ("=no"). */
export function exactElement(norm: string): Element {
  return element('exact', undefined, undefined, norm, undefined, undefined, undefined, undefined);
}

/** Any word starting with this folded prefix ("depolar*"). */
export function prefixElement(prefix: string): Element {
  return element('prefix', undefined, undefined, undefined, prefix, undefined, undefined, undefined);
}

/** An occurrence of a concept ("@trna"). */
export function conceptElement(node: Node): Element {
  return element('concept', undefined, undefined, undefined, undefined, node, undefined, undefined);
}

/** Any one of several elements ("a|@b|c*"). */
export function altElement(options: readonly Element[]): Element {
  return element('alt', undefined, undefined, undefined, undefined, undefined, options, undefined);
}

/** Up to `max` words of the same sentence (".." or "..N"). */
export function gapElement(max: number): Element {
  return element('gap', undefined, undefined, undefined, undefined, undefined, undefined, max);
}

/** A phrase element and whether it may be left out. */
export interface Slot {
  readonly el: Element;
  readonly optional: boolean;
}

/** A sequence of elements matched on consecutive words of one sentence. */
export interface PhraseNode {
  readonly t: 'phrase';
  readonly id: number;
  readonly slots: readonly Slot[];
  readonly source: string;
}

/** Any of several patterns. */
export interface AnyNode {
  readonly t: 'any';
  readonly id: number;
  readonly kids: readonly Node[];
}

/** All positive items, within scope/window/order constraints, and none of the negative ones. */
export interface AllNode {
  readonly t: 'all';
  readonly id: number;
  readonly items: readonly { readonly node: Node; readonly negative: boolean }[];
  readonly scope: Scope;
  readonly within: number | undefined;
  readonly ordered: boolean;
  /** The last positive item must open its clause (see AllPattern.listed). */
  readonly listed: boolean;
}

/**
 * A pattern whose matches must be said of one of the question's subjects (`is`), or of a
 * different subject than that one (`other`: the fact said of the wrong phase, part or cell).
 * Subjects are numbered in the order the question lists them; see topic.ts.
 */
export interface AboutNode {
  readonly t: 'about';
  readonly id: number;
  readonly node: Node;
  readonly subject: number;
  readonly mode: 'is' | 'other';
  /**
   * Whether a subject named in an earlier sentence still counts (a heading: "Passive: ... . ...").
   * Points' own `about` uses it; item-level `about` and misconceptions look only in the sentence,
   * so a flag or an item is never tied to a subject by distance alone.
   */
  readonly carry: boolean;
  /**
   * For `is`: whether the match must be tied to the subject. Misconceptions are strict (a flag
   * needs the wrong thing said of that subject); points accept a fact tied to no subject.
   */
  readonly strict: boolean;
}

/** A compiled pattern. */
export type Node = PhraseNode | AnyNode | AllNode | AboutNode;

/** Every field of every kind of node; a kind's own fields are given, the others left undefined. */
interface NodeFields {
  t: Node['t'];
  id: number;
  slots?: readonly Slot[];
  source?: string;
  kids?: readonly Node[];
  items?: AllNode['items'];
  scope?: Scope;
  within?: number;
  ordered?: boolean;
  listed?: boolean;
  node?: Node;
  subject?: number;
  mode?: AboutNode['mode'];
  carry?: boolean;
  strict?: boolean;
}

/*
 * Node constructors. As with elements, every node gets every field of every kind, always in the
 * same order, so all nodes share one hidden class: the matcher reads `node.t` and `node.id` at
 * every node of every answer (rawMatches, mayMatch, evaluate), and with one shape per kind those
 * reads were polymorphic (about 5% of grading ASAP item 5 went to `mayMatch`'s first test).
 */
function makeNode(f: NodeFields): Node {
  // The cast is checked by the typed constructors below, which give each kind its own fields.
  return {
    t: f.t,
    id: f.id,
    slots: f.slots,
    source: f.source,
    kids: f.kids,
    items: f.items,
    scope: f.scope,
    within: f.within,
    ordered: f.ordered,
    listed: f.listed,
    node: f.node,
    subject: f.subject,
    mode: f.mode,
    carry: f.carry,
    strict: f.strict,
  } as Node;
}

/** A phrase node: its slots, matched on consecutive words, and the text it was compiled from. */
export function phraseNode(id: number, slots: readonly Slot[], source: string): PhraseNode {
  return makeNode({ t: 'phrase', id, slots, source }) as PhraseNode;
}

/** An any-of node. */
export function anyNode(id: number, kids: readonly Node[]): AnyNode {
  return makeNode({ t: 'any', id, kids }) as AnyNode;
}

/** An all-of node. */
export function allNode(
  id: number,
  items: AllNode['items'],
  scope: Scope,
  within: number | undefined,
  ordered: boolean,
  listed = false,
): AllNode {
  return makeNode({ t: 'all', id, items, scope, within, ordered, listed }) as AllNode;
}

/** A node whose matches must be said of a subject (or of another one). */
export function aboutNode(
  id: number,
  node: Node,
  subject: number,
  mode: AboutNode['mode'],
  carry: boolean,
  strict: boolean,
): AboutNode {
  return makeNode({ t: 'about', id, node, subject, mode, carry, strict }) as AboutNode;
}

/** The nodes a node is built from (phrase elements excepted). */
export function childrenOf(node: Node): readonly Node[] {
  if (node.t === 'any') return node.kids;
  if (node.t === 'all') return node.items.map((i) => i.node);
  if (node.t === 'about') return [node.node];
  return [];
}

/** True when a node can stand as a phrase element: phrases and any-of lists of them only. */
export function isPhraseLike(node: Node, seen = new Set<number>()): boolean {
  if (node.t === 'phrase') return true;
  if (node.t === 'all' || node.t === 'about') return false;
  if (seen.has(node.id)) return true;
  seen.add(node.id);
  return node.kids.every((k) => isPhraseLike(k, seen));
}
