import { distance } from 'fastest-levenshtein';
import MiniSearch from 'minisearch';
import { fold } from './fold.js';
import type { Term } from './term-schema.js';

/** One autocomplete suggestion; a higher score is a better match (an exact name or alias scores 1 or more). */
export interface TermSuggestion {
  readonly term: Term;
  readonly score: number;
}

/** What a typed value means: one card we are confident about, or the closest few to offer instead. */
export type TermResolution = { kind: 'match'; term: Term } | { kind: 'unsure'; suggestions: Term[] };

/** A card with every spelling that should find it, folded once at start-up. */
interface Entry {
  readonly term: Term;
  /** Folded name, aliases and id ("sodium potassium pump"), most canonical first. */
  readonly keys: readonly string[];
}

interface IndexedDoc {
  readonly idx: number;
  readonly name: string;
  readonly aliases: string;
}

/** How many suggestions `resolve` offers when it is unsure. */
const UNSURE_SUGGESTIONS = 5;
/** A fuzzy (edit-distance) match can never outrank a prefix match: its key score is scaled below 0.8. */
const FUZZY_CEILING = 0.75;
/** How much minisearch's own relevance adds, mostly to order reordered multi-word queries. */
const TEXT_WEIGHT = 0.15;

/**
 * Finds term cards from what a student types: typo-, alias- and spelling-tolerant, fast enough to
 * answer Discord autocomplete on every keystroke. Candidates come from minisearch (prefix and fuzzy
 * token search over names and aliases); they are then re-ranked against whole names and aliases, so
 * an exact alias ("ACh") or a one-letter typo of a full name ("depolarizaton") comes first.
 */
export class TermIndex {
  private readonly entries: readonly Entry[];
  private readonly byKey = new Map<string, Entry>();
  private readonly byId = new Map<string, Term>();
  private readonly alphabetical: readonly Term[];
  private readonly text: MiniSearch<IndexedDoc>;

  constructor(terms: readonly Term[]) {
    this.entries = terms.map((term) => ({ term, keys: keysOf(term) }));
    for (const entry of this.entries) {
      this.byId.set(entry.term.id, entry.term);
      for (const key of entry.keys) if (!this.byKey.has(key)) this.byKey.set(key, entry);
    }
    this.alphabetical = [...terms].sort((a, b) => a.name.localeCompare(b.name));
    this.text = new MiniSearch<IndexedDoc>({
      idField: 'idx',
      fields: ['name', 'aliases'],
      searchOptions: {
        prefix: true,
        // Short tokens ("na", "k", "ach") must match exactly or by prefix; longer ones may carry typos.
        fuzzy: (token) => (token.length < 4 ? false : token.length < 7 ? 1 : 2),
        boost: { name: 2 },
        combineWith: 'OR',
      },
    });
    this.text.addAll(
      this.entries.map((entry, idx) => ({
        idx,
        name: fold(entry.term.name),
        aliases: [...entry.keys.slice(1)].join(' '),
      })),
    );
  }

  /** Number of cards in the index. */
  get size(): number {
    return this.entries.length;
  }

  /** The card with this id, if any (for connection buttons and links). */
  get(id: string): Term | undefined {
    return this.byId.get(id);
  }

  /**
   * Ranked suggestions for a partial or misspelt query, best first, at most `limit`
   * (Discord allows 25). An empty query lists cards alphabetically; a query nothing resembles gives [].
   */
  suggest(query: string, limit = 25): TermSuggestion[] {
    const q = fold(query);
    if (q === '') return this.alphabetical.slice(0, limit).map((term) => ({ term, score: 0 }));
    const hits = this.text.search(q);
    const top = hits[0]?.score ?? 1;
    const ranked: TermSuggestion[] = [];
    for (const hit of hits) {
      const entry = this.entries[hit.id as number];
      if (!entry) continue;
      ranked.push({ term: entry.term, score: bestKeyScore(q, entry.keys) + (TEXT_WEIGHT * hit.score) / top });
    }
    ranked.sort((a, b) => b.score - a.score || a.term.name.localeCompare(b.term.name));
    return ranked.slice(0, limit);
  }

  /**
   * Decides what a typed value (not picked from autocomplete) means. It is a confident `match` only
   * when the best card is clearly right: an exact name, alias or id after folding; a small edit
   * distance with a clear gap to the next card; or a prefix (4+ characters) that only one card has.
   * Otherwise it is `unsure`, with the closest few cards to offer.
   */
  resolve(query: string): TermResolution {
    const q = fold(query);
    if (q === '') return { kind: 'unsure', suggestions: [] };
    const exact = this.byKey.get(q);
    if (exact) return { kind: 'match', term: exact.term };

    const typo = this.clearTypoMatch(q);
    if (typo) return { kind: 'match', term: typo };

    if (q.length >= 4) {
      const prefixed = this.entries.filter((e) => e.keys.some((k) => k.startsWith(q)));
      if (prefixed.length === 1 && prefixed[0]) return { kind: 'match', term: prefixed[0].term };
    }

    const suggestions = this.suggest(query, UNSURE_SUGGESTIONS).map((s) => s.term);
    return { kind: 'unsure', suggestions: suggestions.length > 0 ? suggestions : this.nearest(q) };
  }

  /**
   * The card whose closest spelling is within a length-scaled edit distance of the query, when the
   * runner-up card is clearly further away (at least twice the distance, and at least 2).
   */
  private clearTypoMatch(q: string): Term | undefined {
    const allowed = q.length < 5 ? 0 : q.length < 9 ? 1 : q.length < 16 ? 2 : 3;
    if (allowed === 0) return undefined;
    let best: { entry: Entry; d: number } | undefined;
    let runnerUp = Number.POSITIVE_INFINITY;
    for (const entry of this.entries) {
      const d = Math.min(...entry.keys.map((k) => distance(q, k)));
      if (!best || d < best.d) {
        if (best) runnerUp = best.d;
        best = { entry, d };
      } else if (d < runnerUp) {
        runnerUp = d;
      }
    }
    if (!best || best.d > allowed) return undefined;
    return runnerUp >= best.d + Math.max(1, best.d) ? best.entry.term : undefined;
  }

  /** The few cards with the most similar spelling, for queries minisearch finds nothing for. */
  private nearest(q: string): Term[] {
    return this.entries
      .map((entry) => ({ entry, sim: Math.max(...entry.keys.map((k) => similarity(q, k))) }))
      .sort((a, b) => b.sim - a.sim || a.entry.term.name.localeCompare(b.entry.term.name))
      .slice(0, 3)
      .map((x) => x.entry.term);
  }
}

function keysOf(term: Term): string[] {
  const keys = [term.name, ...term.aliases, term.id].map(fold).filter((k) => k !== '');
  return [...new Set(keys)];
}

function similarity(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(a.length, b.length, 1);
}

/**
 * How well a folded query matches one card's spellings, in [0, 1]: exact 1; the start of a
 * spelling about 0.9; the start of a later word about 0.8; otherwise an edit-distance similarity
 * scaled below both, comparing with the whole spelling and with its start (for half-typed typos).
 */
function bestKeyScore(q: string, keys: readonly string[]): number {
  let best = 0;
  for (const key of keys) {
    let score: number;
    const coverage = q.length / key.length;
    if (key === q) return 1;
    if (key.startsWith(q)) score = 0.9 + 0.05 * coverage;
    else if (key.includes(` ${q}`)) score = 0.8 + 0.05 * coverage;
    else {
      score = similarity(q, key);
      if (q.length >= 4 && key.length > q.length) {
        score = Math.max(score, 0.95 * similarity(q, key.slice(0, q.length)));
      }
      score *= FUZZY_CEILING;
    }
    if (score > best) best = score;
  }
  return best;
}
