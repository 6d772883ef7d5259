import { type AnswerDoc, Span } from './answer-doc.js';
import type { Element, Node, PhraseNode, Slot } from './nodes.js';
import { mergeInto } from './sorted-matches.js';
import type { Token } from './tokenize.js';

/**
 * Phrase matching on tokens. Candidate starts come from the word index, and the search from each
 * start is bounded (phrases have ≤ 10 slots, ≤ 2 gaps of ≤ 8 words, and a step budget), so the
 * cost per answer is linear in its length.
 */

/** Search steps allowed per start position: far above any real phrase, a hard stop for odd ones. */
const STEP_BUDGET = 400;
/** Articles skipped in a row between two elements. */
const MAX_ARTICLES = 2;

/** Raw occurrences (before negation) of a phrase-like node: a phrase, or any-of phrase-like nodes. */
export function rawMatches(doc: AnswerDoc, node: Node): readonly Span[] {
  const hit = doc.raw[node.id];
  if (hit) return hit;
  let out: readonly Span[];
  if (node.t === 'phrase') out = phraseMatches(doc, node);
  else if (node.t === 'any') out = anyRaw(doc, node.kids);
  else out = [];
  doc.raw[node.id] = out;
  return out;
}

/**
 * The index in `raw` (a node's {@link rawMatches}) of the longest occurrence starting at token p,
 * or -1 when none starts there. Raw occurrences are sorted by (start, end) with no two alike, so
 * those with one start stand together, longest last: a binary search for the last one starting at
 * or before p finds it. (A start → index map built per concept per answer cost more than every
 * look-up in it: most concepts are asked about a handful of positions.)
 */
function longestAt(raw: readonly Span[], p: number): number {
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((raw[mid] as Span).s <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (raw[lo - 1] as Span).s === p ? lo - 1 : -1;
}

/** The distinct starts of sorted raw occurrences, in increasing order. */
function startsOf(raw: readonly Span[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const s = (raw[i] as Span).s;
    if (starts.length === 0 || starts[starts.length - 1] !== s) starts.push(s);
  }
  return starts;
}

const NO_RAW: readonly Span[] = Object.freeze([]);
const NO_STARTS: readonly number[] = Object.freeze([]);

/**
 * An any-of node's raw occurrences: its kids' merged in order (each is sorted by start and end, so
 * merging needs no sort). Merged as they come rather than listed first: an any-of node can have
 * dozens of kids, and a callback listing them would capture `doc` in {@link rawMatches}, where V8
 * would then allocate a context on every call, memo hits included.
 */
function anyRaw(doc: AnswerDoc, kids: readonly Node[]): readonly Span[] {
  let out: readonly Span[] = NO_RAW;
  for (let i = 0; i < kids.length; i++) out = mergeInto(out, rawMatches(doc, kids[i] as Node));
  return out;
}

function phraseMatches(doc: AnswerDoc, node: PhraseNode): readonly Span[] {
  const first = node.slots[0];
  if (!first) return NO_RAW;
  const candidates =
    doc.triggers.indexedById[node.id] === 1
      ? (doc.triggered[node.id] ?? NO_STARTS)
      : first.optional
        ? null
        : candidateStarts(doc, first.el);
  if (candidates !== null && candidates.length === 0) return NO_RAW;
  const out: Span[] = [];
  const search = new Search(doc, node.slots);
  if (candidates === null) {
    for (let p = 0; p < doc.n; p++) search.tryAt(p, out);
  } else {
    for (let i = 0; i < candidates.length; i++) search.tryAt(candidates[i] as number, out);
  }
  return out;
}

/** Sorted candidate start positions for an element, or null for "every position". */
function candidateStarts(doc: AnswerDoc, el: Element): readonly number[] | null {
  if (el.k === 'word') {
    if (el.ids.length === 1) return doc.positionsOf(el.ids[0] as number);
    return sortedUnion(el.ids.map((id) => doc.positionsOf(id)));
  }
  if (el.k === 'concept') return startsOf(rawMatches(doc, el.node));
  if (el.k === 'alt') {
    const lists: (readonly number[])[] = [];
    for (const o of el.options) {
      const c = candidateStarts(doc, o);
      if (c === null) return null;
      lists.push(c);
    }
    return sortedUnion(lists);
  }
  return null;
}

function sortedUnion(lists: readonly (readonly number[])[]): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** A bounded depth-first search for one phrase from one start position. */
class Search {
  private steps = 0;
  private sent = 0;
  /** Gap ranges of the path that succeeded, added as the recursion unwinds. */
  private gaps: number[] = [];
  private readonly tokens: readonly Token[];

  constructor(
    private readonly doc: AnswerDoc,
    private readonly slots: readonly Slot[],
  ) {
    this.tokens = doc.tokens;
  }

  tryAt(p: number, out: Span[]): void {
    const t = this.tokens[p];
    if (!t) return;
    this.steps = 0;
    this.sent = t.sent;
    if (this.gaps.length > 0) this.gaps = [];
    const e = this.from(0, p);
    if (e > p) out.push(new Span(p, e, this.gaps.length > 0 ? this.gaps : undefined));
  }

  /**
   * Matches slots[k..] starting at token p; returns the end position or -1. `adjacent`: token p-1
   * ends the element matched just before (not a gap, not the search's start).
   */
  private from(k: number, p: number, adjacent = false): number {
    if (k === this.slots.length) return p;
    if (++this.steps > STEP_BUDGET) return -1;
    const slot = this.slots[k] as Slot;
    if (slot.el.k === 'gap') {
      for (let g = 0; g <= slot.el.max; g++) {
        const q = p + g;
        if (g > 0 && !this.inSentence(q - 1)) break;
        const r = this.from(k + 1, q);
        if (r >= 0) {
          // Negation looks inside gaps ("sodium does not enter" for `sodium ..3 enter`).
          if (g > 0) this.gaps.push(p, q);
          return r;
        }
      }
      return -1;
    }
    let q = p;
    // Words written next to each other in a phrase are not split by a comma that ends a clause:
    // "the operator is mutated, the repressor can't bind" does not say "mutated repressor"
    // (teacher set 6). A gap may still reach into the next clause, and a clause the tokenizer
    // starts at a bare word ("the one before it") does not split a phrase.
    const last = adjacent ? this.tokens[p - 1] : undefined;
    for (let skipped = 0; ; skipped++) {
      if (last !== undefined && this.splitAfter(last, q)) break;
      const r = this.element(slot.el, k, q);
      if (r >= 0) return r;
      // Articles between elements are transparent ("into cell" matches "into the cell").
      if (k === 0 || skipped >= MAX_ARTICLES || !this.inSentence(q) || !this.tokens[q]?.article) break;
      q++;
    }
    return slot.optional ? this.from(k + 1, p, adjacent) : -1;
  }

  /** Matches element `el` (slot k) at token p and then the rest; returns the end or -1. */
  private element(el: Element, k: number, p: number): number {
    if (!this.inSentence(p)) return -1;
    const t = this.tokens[p] as Token;
    switch (el.k) {
      case 'word': {
        // Indexed loops here and below: for-of allocated an iterator per call in this recursion.
        // A plain inner loop, not Array.prototype.includes: most elements have one id and most
        // tokens one, and the builtin call cost more than the comparison (ASAP item 5).
        const ids = this.doc.ids[p] as readonly number[];
        const want = el.ids;
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i] as number;
          for (let j = 0; j < want.length; j++) if (want[j] === id) return this.from(k + 1, p + 1, true);
        }
        return -1;
      }
      case 'exact':
        // A word that also stands for another ("the ticket (ACh)": a later "ticket" is ACh too; a
        // note-form "in" is also "enter") is that word exactly as well (blind batch CR).
        return t.norm === el.norm || t.info.also === el.norm ? this.from(k + 1, p + 1, true) : -1;
      case 'prefix':
        if (t.norm.startsWith(el.prefix)) return this.from(k + 1, p + 1, true);
        // A misspelt beginning ("depolerize"), read once per word (vocabulary.ts prefixAlias).
        return this.doc.aliases?.[p]?.startsWith(el.prefix) === true ? this.from(k + 1, p + 1, true) : -1;
      case 'concept': {
        const spans = rawMatches(this.doc, el.node);
        const longest = longestAt(spans, p);
        if (longest < 0) return -1;
        // The occurrences starting at p, longest first (see longestAt).
        for (let i = longest; i >= 0 && (spans[i] as Span).s === p; i--) {
          const span = spans[i] as Span;
          if (!this.inSentence(span.e - 1)) continue;
          const r = this.from(k + 1, span.e, true);
          if (r >= 0) {
            // The gaps of a concept's own phrase are gaps of this occurrence too.
            if (span.gaps) for (const x of span.gaps) this.gaps.push(x);
            return r;
          }
        }
        return -1;
      }
      case 'alt':
        for (let i = 0; i < el.options.length; i++) {
          const r = this.element(el.options[i] as Element, k, p);
          if (r >= 0) return r;
        }
        return -1;
      case 'gap':
        return -1;
    }
  }

  /** True when token q begins another clause than `last` and a comma, semicolon or spaced arrow stands between. */
  private splitAfter(last: Token, q: number): boolean {
    const t = this.tokens[q];
    if (t === undefined || t.clause === last.clause) return false;
    const text = this.doc.text;
    for (let i = last.end; i < t.start; i++) {
      const c = text.charCodeAt(i);
      // A comma or semicolon; not a colon, which is a ratio's ("3:2").
      if (c === 44 || c === 59) return true;
    }
    // An arrow with space on both sides joins the steps of a chain ("operator mutated -> repressor
    // cant bind"); written tight it is often a path even where the clauses split ("alto→bajo",
    // "high>low": reading those as chains cost 3 stored decisions).
    const between = text.slice(last.end, t.start);
    return /\s(?:->|=>|>|[\u2190-\u21ff])\s/.test(between);
  }

  private inSentence(p: number): boolean {
    const t = this.tokens[p];
    return t !== undefined && t.sent === this.sent;
  }
}
