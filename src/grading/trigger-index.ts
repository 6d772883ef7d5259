import type { Element, Node, PhraseNode } from './nodes.js';

/**
 * Which phrases can start at a word. Built once per compiled question from the phrases its
 * points and misconceptions can reach; an answer is then scanned once, word by word, to list
 * every indexed phrase's candidate starts — instead of each phrase searching the answer.
 */
export interface TriggerIndex {
  /** rubric-word id → ids of phrases whose first element is that word. */
  readonly byWordId: ReadonlyMap<number, readonly number[]>;
  /** folded word → ids of phrases whose first element is that exact word. */
  readonly byNorm: ReadonlyMap<string, readonly number[]>;
  /** Phrases whose first element is a prefix, bucketed by the prefix's first three letters. */
  readonly byPrefix: ReadonlyMap<string, readonly { readonly prefix: string; readonly phrase: number }[]>;
  /** Ids of phrases served by this index (others search every position themselves). */
  readonly indexed: ReadonlySet<number>;
  /** One more than the largest node id (for array memos). */
  readonly nodeCount: number;
}

/** Builds the trigger index for the nodes reachable from `roots`. */
export function buildTriggerIndex(roots: readonly Node[]): TriggerIndex {
  const byWordId = new Map<number, number[]>();
  const byNorm = new Map<string, number[]>();
  const byPrefix = new Map<string, { prefix: string; phrase: number }[]>();
  const indexed = new Set<number>();
  const seen = new Set<number>();
  let nodeCount = 0;
  const push = <K>(map: Map<K, number[]>, key: K, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  const indexPhrase = (phrase: PhraseNode) => {
    const first = phrase.slots[0];
    if (!first || first.optional) return;
    const options: readonly Element[] = first.el.k === 'alt' ? first.el.options : [first.el];
    if (!options.every((o) => o.k === 'word' || o.k === 'exact' || o.k === 'prefix')) return;
    for (const o of options) {
      if (o.k === 'word') for (const id of o.ids) push(byWordId, id, phrase.id);
      else if (o.k === 'exact') push(byNorm, o.norm, phrase.id);
      else if (o.k === 'prefix') {
        const key = o.prefix.slice(0, 3);
        byPrefix.set(key, [...(byPrefix.get(key) ?? []), { prefix: o.prefix, phrase: phrase.id }]);
      }
    }
    indexed.add(phrase.id);
  };
  const visitElement = (el: Element) => {
    if (el.k === 'concept') visit(el.node);
    else if (el.k === 'alt') for (const o of el.options) visitElement(o);
  };
  const visit = (node: Node) => {
    if (seen.has(node.id)) return;
    seen.add(node.id);
    nodeCount = Math.max(nodeCount, node.id + 1);
    if (node.t === 'phrase') {
      indexPhrase(node);
      for (const s of node.slots) visitElement(s.el);
    } else if (node.t === 'any') for (const k of node.kids) visit(k);
    else for (const i of node.items) visit(i.node);
  };
  for (const r of roots) visit(r);
  return { byWordId, byNorm, byPrefix, indexed, nodeCount };
}
