import type { AnswerDoc, Match } from './answer-doc.js';
import { rawMatches } from './match-phrase.js';
import type { AllNode, Node } from './nodes.js';

/** How a target sees negation: ignore it, or respect it except for verb cues its own words excuse. */
export interface NegationContext {
  readonly key: string;
  readonly ignore: boolean;
  readonly excused: ReadonlySet<string>;
}

/**
 * The affirmed matches of a node, sorted by start then end. Memoised per answer and negation
 * context. All-of groups are solved by sweeping sorted matches with binary search, one
 * candidate combination per anchor, so the cost stays near-linear in the number of matches.
 */
export function evaluate(doc: AnswerDoc, node: Node, ctx: NegationContext): readonly Match[] {
  let memo = doc.evaluated.get(ctx.key);
  if (!memo) {
    memo = new Map();
    doc.evaluated.set(ctx.key, memo);
  }
  const hit = memo.get(node.id);
  if (hit) return hit;
  let out: Match[];
  if (node.t === 'phrase') {
    out = [];
    for (const m of rawMatches(doc, node)) {
      if (ctx.ignore || !doc.negatedAt(m.s, ctx.excused)) out.push({ s: m.s, e: m.e, ev: [m.s, m.e] });
    }
  } else if (node.t === 'any') {
    out = mergeMatches(node.kids.map((k) => evaluate(doc, k, ctx)));
  } else {
    out = evaluateAll(doc, node, ctx);
  }
  memo.set(node.id, out);
  return out;
}

function mergeMatches(lists: readonly (readonly Match[])[]): Match[] {
  if (lists.length === 1) return [...(lists[0] as readonly Match[])];
  const all = lists.flat().sort((a, b) => a.s - b.s || a.e - b.e);
  const out: Match[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (!last || last.s !== m.s || last.e !== m.e) out.push(m);
  }
  return out;
}

/** Matches sorted by start, with the suffix minimum of their ends for "earliest end starting at ≥ x". */
class Sweep {
  readonly minEndFrom: Int32Array;
  readonly argMinFrom: Int32Array;

  constructor(readonly list: readonly Match[]) {
    const n = list.length;
    this.minEndFrom = new Int32Array(n + 1).fill(2 ** 30);
    this.argMinFrom = new Int32Array(n + 1).fill(-1);
    for (let i = n - 1; i >= 0; i--) {
      const e = (list[i] as Match).e;
      if (e <= (this.minEndFrom[i + 1] as number)) {
        this.minEndFrom[i] = e;
        this.argMinFrom[i] = i;
      } else {
        this.minEndFrom[i] = this.minEndFrom[i + 1] as number;
        this.argMinFrom[i] = this.argMinFrom[i + 1] as number;
      }
    }
  }

  /** Index of the first match starting at or after x. */
  private firstFrom(x: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.list[mid] as Match).s < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The match with the earliest end among those starting at or after x. */
  earliestEndFrom(x: number): Match | undefined {
    const i = this.argMinFrom[this.firstFrom(x)] as number;
    return i < 0 ? undefined : this.list[i];
  }

  /** True when some match lies wholly inside [lo, hi). */
  anyWithin(lo: number, hi: number): boolean {
    return (this.minEndFrom[this.firstFrom(lo)] as number) <= hi;
  }
}

function evaluateAll(doc: AnswerDoc, node: AllNode, ctx: NegationContext): Match[] {
  const sameUnit = (m: Match) => doc.unit(node.scope, m.s)[1] >= m.e;
  const positives: Sweep[] = [];
  const order: { sweep: Sweep; negative: boolean }[] = [];
  for (const item of node.items) {
    const list = evaluate(doc, item.node, ctx);
    const sweep = new Sweep(item.negative ? list : list.filter(sameUnit));
    if (!item.negative) {
      if (sweep.list.length === 0) return [];
      positives.push(sweep);
    }
    order.push({ sweep, negative: item.negative });
  }
  const combos: Match[] = [];
  const within = node.within ?? Number.POSITIVE_INFINITY;
  const accept = (chosen: Match[]) => {
    let s = Number.POSITIVE_INFINITY;
    let e = 0;
    for (const m of chosen) {
      s = Math.min(s, m.s);
      e = Math.max(e, m.e);
    }
    if (e - s > within) return;
    if (!negativesClear(doc, node, order, chosen, s, e)) return;
    combos.push({ s, e, ev: chosen.flatMap((m) => m.ev) });
  };

  if (node.ordered) {
    for (const anchor of (positives[0] as Sweep).list) {
      const [, unitHi] = doc.unit(node.scope, anchor.s);
      const chosen = [anchor];
      let cur = anchor;
      for (let i = 1; i < positives.length; i++) {
        const next = (positives[i] as Sweep).earliestEndFrom(cur.e);
        if (!next || next.e > unitHi) break;
        chosen.push(next);
        cur = next;
      }
      if (chosen.length === positives.length) accept(chosen);
    }
  } else {
    positives.forEach((anchorSweep, a) => {
      for (const anchor of anchorSweep.list) {
        const [, unitHi] = doc.unit(node.scope, anchor.s);
        const chosen: Match[] = [];
        let ok = true;
        positives.forEach((sweep, i) => {
          if (!ok) return;
          const m = i === a ? anchor : sweep.earliestEndFrom(anchor.s);
          if (!m || m.e > unitHi) ok = false;
          else chosen.push(m);
        });
        if (ok) accept(chosen);
      }
    });
  }
  return mergeMatches([combos]);
}

/** Checks the `{not: …}` items of an all-of group against one candidate combination. */
function negativesClear(
  doc: AnswerDoc,
  node: AllNode,
  order: readonly { sweep: Sweep; negative: boolean }[],
  chosen: readonly Match[],
  s: number,
  e: number,
): boolean {
  const [unitLo, unitHi] = doc.unit(node.scope, s);
  const w = node.within;
  const regionLo = w === undefined ? unitLo : Math.max(unitLo, s - w);
  const regionHi = w === undefined ? unitHi : Math.min(unitHi, e + w);
  let positiveIndex = 0;
  for (const item of order) {
    if (!item.negative) {
      positiveIndex++;
      continue;
    }
    let lo = regionLo;
    let hi = regionHi;
    if (node.ordered) {
      // Only between the neighbouring positive items in the listed order.
      const prev = chosen[positiveIndex - 1];
      const next = chosen[positiveIndex];
      if (prev) lo = prev.e;
      if (next) hi = next.s;
    }
    if (hi > lo && item.sweep.anyWithin(lo, hi)) return false;
  }
  return true;
}
