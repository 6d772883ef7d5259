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
