import { type AnswerDoc, type Match, negatedInGaps, type Span, type TopicView } from './answer-doc.js';
import { rawMatches } from './match-phrase.js';
import type { AboutNode, AllNode, Node } from './nodes.js';
import { mergeSorted } from './sorted-matches.js';
import type { Token } from './tokenize.js';
import { EVERY_SUBJECT, SOME_SUBJECT, Topics } from './topic.js';
import { Cue } from './word-info.js';

/** Module-local copy: an imported binding is a getter call under tsx's output (see tokenize.ts). */
const NO_CUE = Cue.None;

/** How a target sees negation: ignore it, or respect it except for verb cues its own words excuse. */
export interface NegationContext {
  /** Small dense index: targets with the same negation view share memoised matches. */
  readonly index: number;
  readonly ignore: boolean;
  readonly excused: ReadonlySet<string>;
}

/**
 * The affirmed matches of a node, sorted by start then end. Memoised per answer and negation
 * context. All-of groups are solved by sweeping sorted matches with binary search, one
 * candidate combination per anchor, so the cost stays near-linear in the number of matches.
 */
export function evaluate(doc: AnswerDoc, node: Node, ctx: NegationContext): readonly Match[] {
  let memo = doc.evaluated[ctx.index];
  if (!memo) {
    memo = new Array(doc.triggers.nodeCount);
    doc.evaluated[ctx.index] = memo;
  }
  const hit = memo[node.id];
  if (hit) return hit;
  let out: readonly Match[];
  if (node.t === 'phrase') {
    const raw = rawMatches(doc, node);
    // A phrase occurrence is its own match; the list is copied only when negation drops one.
    out = raw;
    if (!ctx.ignore || doc.hasHedges()) {
      for (let i = 0; i < raw.length; i++) {
        if (!negated(doc, raw[i] as Span, ctx)) continue;
        const kept: Match[] = raw.slice(0, i);
        for (let j = i + 1; j < raw.length; j++) {
          const m = raw[j] as Span;
          if (!negated(doc, m, ctx)) kept.push(m);
        }
        out = kept;
        break;
      }
    }
  } else if (node.t === 'any') {
    out = evaluateAny(doc, node.kids, ctx);
  } else if (node.t === 'about') {
    const inner = evaluate(doc, node.node, ctx);
    out = inner.length === 0 ? NO_MATCHES : saidOfOnly(inner, topicsOf(doc), node);
  } else {
    out = evaluateAll(doc, node, ctx);
  }
  memo[node.id] = out;
  return out;
}

const NO_MATCHES: readonly Match[] = Object.freeze([]);

/**
 * A phrase occurrence does not count when it stands in a hedged sentence (whatever the
 * negation setting), or is negated by a cue before it or inside one of its gaps.
 */
function negated(doc: AnswerDoc, m: Span, ctx: NegationContext): boolean {
  if (doc.hedgedAt(m.s)) return true;
  if (ctx.ignore) return false;
  if (deniedAfter(doc, m.e)) return true;
  const cue = doc.negationCueBefore(m.s, ctx.excused);
  // A subject of the question named between the cue and the statement starts a new statement:
  // in note form "passive no energy active uses energy" the "no" is passive's, not active's.
  // "Neither passive nor active transport needs energy" (blind batch CQ): a "nor"/"neither" is
  // the subject's own negation, so the subject after it does not start a new statement.
  if (
    cue >= 0 &&
    (NOR.has(doc.tokens[cue]?.info.norm ?? '') ||
      !(doc.subjects.length > 0 && topicsOf(doc).namedBetween(cue, m.s)) ||
      objectOfDeniedVerb(doc, cue))
  )
    return true;
  return m.gaps !== undefined && negatedInGaps(doc, m.gaps, ctx.excused);
}

/**
 * "Ethylene does not make the unripe bananas ripen": the subject named right after a denied verb
 * (an auxiliary's "not", the verb, an article) is that verb's object, no statement of its own, so
 * the denial reaches past it (teacher set 19: with ripe and unripe declared as subjects, this had
 * earned "Ethylene stimulates ripening"). Note form keeps its reading: in "passive dont need energy
 * active needs atp" a thing stands between the verb and the subject.
 */
function objectOfDeniedVerb(doc: AnswerDoc, cue: number): boolean {
  const tokens = doc.tokens;
  if (!AUX.has(tokens[cue - 1]?.info.norm ?? '')) return false;
  let k = cue + 2;
  while (OBJECT_ARTICLES.has(tokens[k]?.info.norm ?? '')) k++;
  return topicsOf(doc).firstNamedAfter(cue) === k;
}

/** Words that may stand between a verb and its object. */
const OBJECT_ARTICLES: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'these',
  'those',
  'any',
]);

/** Negations that go with the subject they stand before. */
const NOR: ReadonlySet<string> = new Set(['nor', 'neither']);

/** Auxiliaries that carry a following "not" ("won't", "doesn't", "will not"). */
const AUX = new Set(['will', 'would', 'does', 'did', 'do', 'can', 'could', 'is', 'are', 'was', 'should']);
/** Verbs that only say that the thing named before them comes about. */
const COMES_ABOUT = new Set(['happen', 'happens', 'occur', 'occurs']);

/**
 * "Hyperpolarization won't happen": a thing named and then said not to come about is denied (a
 * cue after the words, which the cue-before rule misses). A point or misconception that ignores
 * negation reads the denial itself ("Na+ influx does not occur" is "no sodium entry").
 */
function deniedAfter(doc: AnswerDoc, end: number): boolean {
  const tokens = doc.tokens;
  const last = tokens[end - 1];
  let k = end;
  if (AUX.has(tokens[k]?.info.norm ?? '')) k++;
  const not = tokens[k];
  const verb = tokens[k + 1];
  return (
    last !== undefined &&
    not !== undefined &&
    verb !== undefined &&
    not.info.norm === 'not' &&
    COMES_ABOUT.has(verb.info.norm) &&
    verb.clause === last.clause
  );
}

/** What the answer's statements are said about, made on first use (only questions with subjects). */
function topicsOf(doc: AnswerDoc): TopicView {
  let topics = doc.topics;
  if (topics === undefined) {
    topics = new Topics(doc, doc.subjects);
    doc.topics = topics;
  }
  return topics;
}

/**
 * The matches said of what an about-node asks for, in order (a new list). A loop in a function of
 * its own: a filter callback in {@link evaluate} would capture its parameters, and V8 would then
 * allocate a context on every call of evaluate, memo hits included.
 */
function saidOfOnly(inner: readonly Match[], topics: TopicView, node: AboutNode): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < inner.length; i++) {
    const m = inner[i] as Match;
    if (saidOf(topics.of(m, node.carry), node)) out.push(m);
  }
  return out;
}

/** Whether a match said of `topic` (-1: of nothing named) satisfies an about-node. */
function saidOf(topic: number, node: AboutNode): boolean {
  // A statement tied to no subject is not held against the student; one tied to another is.
  // One said of every subject ("both …", "neither …") is said of this one and of the others.
  if (topic === EVERY_SUBJECT) return true;
  // One said of "one of them" is said of neither in particular.
  if (topic === SOME_SUBJECT) return false;
  if (node.mode === 'is') return topic === node.subject || (topic < 0 && !node.strict);
  return topic >= 0 && topic !== node.subject;
}

/** An all-of item with its sweep (made on first use for negative items). */
interface GroupItem {
  readonly node: Node;
  readonly negative: boolean;
  sweep: Sweep | undefined;
}

/**
 * False when `node` certainly has no match in the answer: a phrase served by the trigger index
 * none of whose first words occur, an any-of of such, an all-of with such a positive item.
 * Cheap (no matching), memoised per answer; true means "maybe".
 */
export function mayMatch(doc: AnswerDoc, node: Node): boolean {
  const known = doc.may[node.id];
  if (known !== undefined) return known;
  let out: boolean;
  if (node.t === 'phrase')
    out = doc.triggers.indexedById[node.id] !== 1 || doc.triggered[node.id] !== undefined;
  else if (node.t === 'any') {
    out = false;
    for (let i = 0; i < node.kids.length; i++) {
      if (mayMatch(doc, node.kids[i] as Node)) {
        out = true;
        break;
      }
    }
  } else if (node.t === 'about') out = mayMatch(doc, node.node);
  else {
    out = true;
    for (let j = 0; j < node.items.length; j++) {
      const i = node.items[j] as AllNode['items'][number];
      if (!i.negative && !mayMatch(doc, i.node)) {
        out = false;
        break;
      }
    }
  }
  doc.may[node.id] = out;
  return out;
}

/** Any-of: the kids' matches merged; no arrays are made unless two or more kids match. */
function evaluateAny(doc: AnswerDoc, kids: readonly Node[], ctx: NegationContext): readonly Match[] {
  let only: readonly Match[] = NO_MATCHES;
  let several: (readonly Match[])[] | undefined;
  for (let i = 0; i < kids.length; i++) {
    const l = evaluate(doc, kids[i] as Node, ctx);
    if (l.length === 0) continue;
    if (only.length === 0) only = l;
    else if (several === undefined) several = [only, l];
    else several.push(l);
  }
  return several === undefined ? only : mergeMatches(several);
}

function mergeMatches(lists: readonly (readonly Match[])[]): readonly Match[] {
  // Every match list is sorted by (start, end): one linear merge, no concatenation and sort.
  return mergeSorted(lists, NO_MATCHES);
}

/** Matches sorted by start, with the suffix minimum of their ends for "earliest end starting at ≥ x". */
class Sweep {
  // Plain arrays: typed-array allocation per group per answer cost more than it saved.
  readonly minEndFrom: number[];
  readonly argMinFrom: number[];

  constructor(readonly list: readonly Match[]) {
    const n = list.length;
    this.minEndFrom = new Array(n + 1);
    this.argMinFrom = new Array(n + 1);
    this.minEndFrom[n] = 2 ** 30;
    this.argMinFrom[n] = -1;
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

function evaluateAll(doc: AnswerDoc, node: AllNode, ctx: NegationContext): readonly Match[] {
  // A group fails as soon as one positive item cannot match: check that cheaply for every
  // positive item before matching any of them (a common item can have many matches).
  let positiveItems = 0;
  for (const item of node.items) {
    if (item.negative) continue;
    if (!mayMatch(doc, item.node)) return NO_MATCHES;
    positiveItems++;
  }
  // Positive items first: most groups fail on a missing item, before any negative is matched.
  const lists: (readonly Match[])[] = [];
  for (const item of node.items) {
    if (item.negative) continue;
    const all = evaluate(doc, item.node, ctx);
    let list: readonly Match[] = all;
    for (let i = 0; i < all.length; i++) {
      const m = all[i] as Match;
      if (doc.unitHi(node.scope, m.s) >= m.e) continue;
      // Copy only when some match crosses its scope unit.
      const kept = all.slice(0, i);
      for (let j = i + 1; j < all.length; j++) {
        const x = all[j] as Match;
        if (doc.unitHi(node.scope, x.s) >= x.e) kept.push(x);
      }
      list = kept;
      break;
    }
    // An item with no affirmed match fails the group, unless the group's own cue denies it
    // (ownCueMatches); that needs two items, one with an affirmed match.
    if (list.length === 0 && (positiveItems < 2 || !hasPhraseOccurrence(doc, item.node))) return NO_MATCHES;
    lists.push(list);
  }
  // Every item affirmed: the combinations as always.
  const plain = lists.every((list) => list.length > 0) ? solveAll(doc, node, ctx, lists) : NO_MATCHES;
  if (plain.length > 0 || lists.length < 2) return plain;
  // "there is not enough food" for all: ["food", "=not enough"]: the "not" is the second item's
  // own word, so the food after it is no denied food (set 14's teacher had to write the two as one
  // phrase). Only when nothing else matched (the sweep's earliest-end choice would otherwise take
  // an added occurrence over a plain one): an item's occurrence negated only by a cue inside
  // another item's match is added, marked with that cue; a combination keeps it only with that
  // other match (see accept).
  const ownCue = ownCueMatches(doc, node, ctx, lists);
  if (ownCue === undefined || lists.some((list) => list.length === 0)) return NO_MATCHES;
  return solveAll(doc, node, ctx, lists, ownCue);
}

/**
 * The combinations of an all-of group's positive items (`lists`, each sorted, none empty) that fit
 * its scope and window and that no negative item spoils.
 */
function solveAll(
  doc: AnswerDoc,
  node: AllNode,
  ctx: NegationContext,
  lists: readonly (readonly Match[])[],
  ownCue?: ReadonlyMap<Match, number>,
): readonly Match[] {
  const positives = lists.map((list) => new Sweep(list));
  const order: GroupItem[] = [];
  let nextPositive = 0;
  for (const item of node.items) {
    // Negative items are matched only when a candidate combination needs checking.
    order.push(
      item.negative
        ? { node: item.node, negative: true, sweep: undefined }
        : { node: item.node, negative: false, sweep: positives[nextPositive++] },
    );
  }
  const combos: Match[] = [];
  const k = positives.length;
  if (node.ordered) {
    // Greedy earliest end per item is optimal for a fixed first item.
    for (const anchor of (positives[0] as Sweep).list) {
      const unitHi = doc.unitHi(node.scope, anchor.s);
      const chosen = [anchor];
      let cur = anchor;
      for (let i = 1; i < k; i++) {
        const next = (positives[i] as Sweep).earliestEndFrom(cur.e);
        if (!next || next.e > unitHi) break;
        chosen.push(next);
        cur = next;
      }
      if (chosen.length === k) accept(doc, node, ctx, order, chosen, combos, ownCue);
    }
  } else {
    // Each match in turn is the earliest-starting part; the others take their earliest end after it.
    for (let a = 0; a < k; a++) {
      for (const anchor of (positives[a] as Sweep).list) {
        const unitHi = doc.unitHi(node.scope, anchor.s);
        const chosen: Match[] = [];
        for (let i = 0; i < k; i++) {
          const m = i === a ? anchor : (positives[i] as Sweep).earliestEndFrom(anchor.s);
          if (!m || m.e > unitHi) break;
          chosen.push(m);
        }
        if (chosen.length === k) accept(doc, node, ctx, order, chosen, combos, ownCue);
      }
    }
  }
  return sortUnique(combos);
}

/**
 * Whether a phrase of the node (itself, or one reached through any-of lists only) occurs in the
 * answer, negated or not. Raw occurrences are asked of phrases only: an any-of holding an all-of
 * has none of its own.
 */
function hasPhraseOccurrence(doc: AnswerDoc, node: Node): boolean {
  if (node.t === 'phrase') return rawMatches(doc, node).length > 0;
  if (node.t !== 'any') return false;
  for (const kid of node.kids) if (hasPhraseOccurrence(doc, kid)) return true;
  return false;
}

/** The occurrences of the node's phrases (as in {@link hasPhraseOccurrence}), appended to `out`. */
function phraseOccurrences(doc: AnswerDoc, node: Node, out: Span[]): Span[] {
  if (node.t === 'phrase') for (const m of rawMatches(doc, node)) out.push(m);
  else if (node.t === 'any') for (const kid of node.kids) phraseOccurrences(doc, kid, out);
  return out;
}

/**
 * For {@link evaluateAll}: adds to `lists` (in place, each kept sorted) the occurrences of a
 * phrase-like positive item negated only by a cue that another item's affirmed match holds ("not"
 * in "=not enough"), and returns each added occurrence's cue; undefined when no match holds a cue
 * (the usual case, found with one look at each match's tokens).
 */
function ownCueMatches(
  doc: AnswerDoc,
  node: AllNode,
  ctx: NegationContext,
  lists: (readonly Match[])[],
): Map<Match, number> | undefined {
  if (ctx.ignore) return undefined;
  const tokens = doc.tokens;
  const held = new Set<number>();
  for (const list of lists)
    for (const m of list)
      for (let k = m.s; k < m.e; k++) if ((tokens[k] as Token).info.cue !== NO_CUE) held.add(k);
  if (held.size === 0) return undefined;
  let out: Map<Match, number> | undefined;
  let at = 0;
  for (const item of node.items) {
    if (item.negative) continue;
    const i = at++;
    const list = lists[i] as readonly Match[];
    const added: Match[] = [];
    for (const m of phraseOccurrences(doc, item.node, [])) {
      if (doc.unitHi(node.scope, m.s) < m.e || doc.hedgedAt(m.s) || deniedAfter(doc, m.e)) continue;
      const cue = doc.negationCueBefore(m.s, ctx.excused);
      if (cue < 0 || !held.has(cue) || (m.gaps !== undefined && negatedInGaps(doc, m.gaps, ctx.excused)))
        continue;
      if (list.some((x) => x.s === m.s && x.e === m.e) || added.some((x) => x.s === m.s && x.e === m.e))
        continue;
      added.push(m);
      out ??= new Map();
      out.set(m, cue);
    }
    if (added.length > 0) lists[i] = [...list, ...added].sort((x, y) => x.s - y.s || x.e - y.e);
  }
  return out;
}

/** Adds a candidate combination if it fits the window and no negative item lies in its region. */
function accept(
  doc: AnswerDoc,
  node: AllNode,
  ctx: NegationContext,
  order: readonly GroupItem[],
  chosen: readonly Match[],
  combos: Match[],
  ownCue?: ReadonlyMap<Match, number>,
): void {
  let s = Number.POSITIVE_INFINITY;
  let e = 0;
  for (const m of chosen) {
    if (m.s < s) s = m.s;
    if (m.e > e) e = m.e;
    // Negated by a cue of the group's own: only with the match holding that cue, before it.
    const cue = ownCue?.get(m);
    if (cue !== undefined && !chosen.some((p) => p !== m && p.s <= cue && cue < p.e && p.e <= m.s)) return;
  }
  if (node.within !== undefined && e - s > node.within) return;
  if (node.listed && !opensClause(doc, chosen[chosen.length - 1] as Match)) return;
  if (!negativesClear(doc, node, ctx, order, chosen, s, e)) return;
  const ev: number[] = [];
  for (const m of chosen) for (const x of m.ev) ev.push(x);
  combos.push({ s, e, ev });
}

/**
 * Words that may stand before a list item in its clause: "their own ribosomes", "and a double
 * membrane", "- 2 membranes". Anything else (a subject, a verb) makes the clause a statement of
 * its own, whose subject is not the one named before it.
 */
const LIST_ITEM_LEAD = new Set(
  'a an the their its his her own and also plus both 1 2 3 4 5 two three four'.split(' '),
);

/** Whether match m opens its clause, but for the words a list item may start with. */
function opensClause(doc: AnswerDoc, m: Match): boolean {
  for (let k = doc.unitLo('clause', m.s); k < m.s; k++)
    if (!LIST_ITEM_LEAD.has((doc.tokens[k] as Token).info.norm)) return false;
  return true;
}

function sortUnique(list: Match[]): readonly Match[] {
  if (list.length === 0) return NO_MATCHES;
  list.sort((x, y) => x.s - y.s || x.e - y.e);
  const out: Match[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (!last || last.s !== m.s || last.e !== m.e) out.push(m);
  }
  return out;
}

/** Checks the `{not: …}` items of an all-of group against one candidate combination. */
function negativesClear(
  doc: AnswerDoc,
  node: AllNode,
  ctx: NegationContext,
  order: readonly GroupItem[],
  chosen: readonly Match[],
  s: number,
  e: number,
): boolean {
  const unitLo = doc.unitLo(node.scope, s);
  const unitHi = doc.unitHi(node.scope, s);
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
    if (hi <= lo) continue;
    if (item.sweep === undefined) item.sweep = new Sweep(evaluate(doc, item.node, ctx));
    if (item.sweep.anyWithin(lo, hi)) return false;
    if (!ctx.ignore && hasOwnCue(doc, chosen) && negatedOnlyByOwnCue(doc, item.node, ctx, chosen, lo, hi))
      return false;
  }
  return true;
}

/** Whether a negation cue stands inside one of the chosen positive matches (rare: checked first, cheaply). */
function hasOwnCue(doc: AnswerDoc, chosen: readonly Match[]): boolean {
  const tokens = doc.tokens;
  for (const p of chosen)
    for (let k = p.s; k < p.e; k++) if ((tokens[k] as Token).info.cue !== NO_CUE) return true;
  return false;
}

/**
 * True when `node` occurs in [lo, hi) and the only thing that negates it is a cue inside one of the
 * group's own positive words. In `all: ["=not much difference between", {not: "charge"}, "inside"]`
 * the "not" belongs to "not much difference", so "not much difference between the charge inside"
 * still names the charge (the last session's engine oddity). Phrases and any-of groups only: a
 * nested all-of keeps the plain reading.
 */
function negatedOnlyByOwnCue(
  doc: AnswerDoc,
  node: Node,
  ctx: NegationContext,
  chosen: readonly Match[],
  lo: number,
  hi: number,
): boolean {
  if (node.t === 'any') {
    for (const kid of node.kids) if (negatedOnlyByOwnCue(doc, kid, ctx, chosen, lo, hi)) return true;
    return false;
  }
  if (node.t !== 'phrase') return false;
  for (const m of rawMatches(doc, node)) {
    if (m.s >= hi) break;
    if (m.s < lo || m.e > hi) continue;
    if (doc.hedgedAt(m.s) || deniedAfter(doc, m.e)) continue;
    const cue = doc.negationCueBefore(m.s, ctx.excused);
    if (cue < 0) continue;
    for (const p of chosen) if (p.s <= cue && cue < p.e && p.e <= m.s) return true;
  }
  return false;
}
