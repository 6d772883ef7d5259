import type { Element, Node, PhraseNode, Slot } from './nodes.js';
import type { PromptRuns } from './restated.js';

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
  /**
   * By node id, 1 for a phrase served by this index (others search every position themselves):
   * read at every phrase node of every answer, so an array element rather than a set look-up.
   */
  readonly indexedById: Uint8Array;
  /** Every prefix element the rubric uses ("depolar*"), for reading a misspelt beginning (vocabulary.ts prefixAlias). */
  readonly prefixes: readonly string[];
  /** One more than the largest node id (for array memos). */
  readonly nodeCount: number;
  /**
   * Per-rubric cache filled while reading answers: folded word → its rubric-word ids and the
   * phrases it can start. Both depend on the word alone, so each distinct word is looked up once.
   */
  readonly words: Map<string, WordEntry>;
}

/** What one folded answer word means to a rubric. */
export interface WordEntry {
  /** Rubric-word ids (exact stem, or tolerated misspellings). */
  readonly ids: readonly number[];
  /** Ids of indexed phrases whose first element matches this word, without repeats. */
  readonly phrases: readonly number[];
  /**
   * The word's stem number in the prompt runs `promptOf` (restated.ts; 0: not in the prompt),
   * memoised here because every token of every answer needs it and a map look-up per token was
   * most of that check's cost. Undefined `promptOf`: not looked up yet.
   */
  promptOf: PromptRuns | undefined;
  promptStem: number;
  /** The word with a misspelt beginning corrected to a rubric prefix ("depolerize" → "depolarize"); undefined when none. */
  readonly alias?: string;
}

/** Builds the trigger index for the nodes reachable from `roots`. */
export function buildTriggerIndex(roots: readonly Node[]): TriggerIndex {
  const byWordId = new Map<number, number[]>();
  const byNorm = new Map<string, number[]>();
  const byPrefix = new Map<string, { prefix: string; phrase: number }[]>();
  const indexed = new Set<number>();
  const seen = new Set<number>();
  const firstMemo = new Map<Node, readonly WordElement[] | null>();
  let nodeCount = 0;
  const push = <K>(map: Map<K, number[]>, key: K, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  const indexPhrase = (phrase: PhraseNode) => {
    const starts = phraseFirstWords(phrase, firstMemo);
    if (starts === undefined) return;
    for (const o of starts) {
      if (o.k === 'word') for (const id of o.ids) push(byWordId, id, phrase.id);
      else if (o.k === 'exact') push(byNorm, o.norm, phrase.id);
      else {
        const key = o.prefix.slice(0, 3);
        byPrefix.set(key, [...(byPrefix.get(key) ?? []), { prefix: o.prefix, phrase: phrase.id }]);
      }
    }
    indexed.add(phrase.id);
  };
  const prefixes = new Set<string>();
  const visitElement = (el: Element) => {
    if (el.k === 'prefix') {
      prefixes.add(el.prefix);
    } else if (el.k === 'concept') visit(el.node);
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
    else if (node.t === 'about') visit(node.node);
    else for (const i of node.items) visit(i.node);
  };
  for (const r of roots) visit(r);
  const indexedById = new Uint8Array(nodeCount);
  for (const id of indexed) indexedById[id] = 1;
  return {
    byWordId,
    byNorm,
    byPrefix,
    indexedById,
    nodeCount,
    prefixes: [...prefixes],
    words: new Map(),
  };
}

type WordElement = Extract<Element, { k: 'word' | 'exact' | 'prefix' }>;

/**
 * The word elements one of which must match the first word of any occurrence of `el`, or
 * undefined when that cannot be said (a concept whose phrase starts with an optional element).
 * A concept's first words are those of its phrases' first elements, so a phrase starting with
 * `@trna` is triggered by "trna", "transfer", ... and never searched elsewhere; the phrase
 * search still checks every candidate fully, so a wider set costs time, never a result.
 */
function firstWords(
  el: Element,
  memo: Map<Node, readonly WordElement[] | null>,
): readonly WordElement[] | undefined {
  if (el.k === 'word' || el.k === 'exact' || el.k === 'prefix') return [el];
  if (el.k === 'gap') return undefined;
  if (el.k === 'alt') {
    const out: WordElement[] = [];
    for (const o of el.options) {
      const f = firstWords(o, memo);
      if (f === undefined) return undefined;
      out.push(...f);
    }
    return out;
  }
  const node = el.node;
  const hit = memo.get(node);
  if (hit !== undefined) return hit ?? undefined;
  // Concept graphs are acyclic (cycles are compile errors); null also marks "in progress".
  memo.set(node, null);
  let out: WordElement[] | undefined;
  if (node.t === 'phrase') {
    out = phraseFirstWords(node, memo)?.slice();
  } else if (node.t === 'any') {
    out = [];
    for (const k of node.kids) {
      const f = firstWords({ k: 'concept', node: k }, memo);
      if (f === undefined) {
        out = undefined;
        break;
      }
      out.push(...f);
    }
  }
  memo.set(node, out ?? null);
  return out;
}

/** Articles: skipped in the answer between phrase elements, so they can start a phrase whose first element is optional. */
const ARTICLE_STARTS: readonly WordElement[] = ['a', 'an', 'the'].map((norm) => ({ k: 'exact', norm }));

/**
 * The first words of a phrase. With leading optional elements, an occurrence may start at any of
 * them or at the first required one — or at an article before a later element, since articles
 * are skipped after the first slot. A gap before the first required element leaves it unknown.
 */
function phraseFirstWords(
  phrase: PhraseNode,
  memo: Map<Node, readonly WordElement[] | null>,
): readonly WordElement[] | undefined {
  const out: WordElement[] = [];
  for (let k = 0; k < phrase.slots.length; k++) {
    const slot = phrase.slots[k] as Slot;
    const f = firstWords(slot.el, memo);
    if (f === undefined) return undefined;
    out.push(...f);
    if (k > 0) out.push(...ARTICLE_STARTS);
    if (!slot.optional) return out;
  }
  return undefined;
}
