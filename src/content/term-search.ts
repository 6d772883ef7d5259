import { distance } from 'fastest-levenshtein';
import MiniSearch from 'minisearch';
import { fold } from './fold.js';
import { splitComparison, stripQuestionWording } from './term-query.js';
import type { Term } from './term-schema.js';

/** What the index can search: anything with an id, a name and other spellings (term cards, quiz topics). */
export interface Searchable {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** One autocomplete suggestion; a higher score is a better match (an exact name or alias scores 1 or more). */
export interface TermSuggestion<T extends Searchable = Term> {
  readonly term: T;
  readonly score: number;
}

/**
 * What a typed value means: one card we are confident about, two cards to compare ("x vs y"), or the cards
 * that are actually close to offer instead (possibly none).
 */
export type TermResolution<T extends Searchable = Term> =
  | { kind: 'match'; term: T }
  | { kind: 'compare'; terms: [T, T] }
  | { kind: 'unsure'; suggestions: T[] };

/** A card with every spelling that should find it, folded once at start-up. */
interface Entry<T extends Searchable> {
  readonly term: T;
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
/**
 * A suggestion must be at least this close: any prefix match (0.8+), or a spelling about 60% similar
 * (0.6 × FUZZY_CEILING). Below it, "mitochondria" would be offered Tonicity and Endocytosis.
 */
const CLOSE_ENOUGH = 0.45;
/** A fuzzy (edit-distance) match can never outrank a prefix match: its key score is scaled below 0.8. */
const FUZZY_CEILING = 0.75;
/** Re-rank at most this many minisearch hits; the rest are weak fuzzy matches that would only cost time. */
const MAX_TEXT_HITS = 30;
/** How much minisearch's own relevance adds, mostly to order reordered multi-word queries. */
const TEXT_WEIGHT = 0.15;

/**
 * Finds term cards from what a student types: typo-, alias- and spelling-tolerant, fast enough to
 * answer Discord autocomplete on every keystroke. Candidates come from minisearch (prefix and fuzzy
 * token search over names and aliases); they are then re-ranked against whole names and aliases, so
 * an exact alias ("ACh") or a one-letter typo of a full name ("depolarizaton") comes first.
 */
export class TermIndex<T extends Searchable = Term> {
  private readonly entries: readonly Entry<T>[];
  private readonly byKey = new Map<string, Entry<T>>();
  private readonly byId = new Map<string, T>();
  private readonly alphabetical: readonly T[];
  private readonly text: MiniSearch<IndexedDoc>;
  /** Every word in any folded name, alias or id. */
  private readonly vocabulary = new Set<string>();
  /** Per card, its position in alphabetical order, for cheap tie-breaks (localeCompare is slow). */
  private readonly rank: readonly number[];
  /** Per card, " key1 | key2 | …", so one `includes(" " + q)` finds a spelling or word starting with q. */
  private readonly haystacks: readonly string[];

  constructor(terms: readonly T[]) {
    this.entries = terms.map((term) => ({ term, keys: keysOf(term) }));
    for (const entry of this.entries) {
      this.byId.set(entry.term.id, entry.term);
      for (const key of entry.keys) if (!this.byKey.has(key)) this.byKey.set(key, entry);
    }
    this.haystacks = this.entries.map((e) => ` ${e.keys.join(' | ')}`);
    for (const entry of this.entries)
      for (const key of entry.keys) for (const w of key.split(' ')) this.vocabulary.add(w);
    this.alphabetical = [...terms].sort((a, b) => a.name.localeCompare(b.name));
    const position = new Map(this.alphabetical.map((term, i) => [term, i]));
    this.rank = this.entries.map((e) => position.get(e.term) ?? 0);
    this.text = new MiniSearch<IndexedDoc>({
      idField: 'idx',
      fields: ['name', 'aliases'],
      searchOptions: {
        // The scan in suggest() already finds every spelling with a word starting with the whole
        // query, so minisearch only needs prefixes for the last word of a reordered multi-word query.
        prefix: (token, i, tokens) => tokens.length > 1 && i === tokens.length - 1 && token.length >= 3,
        // Fuzzy expansion is the costly part, so only words that are not already in the vocabulary
        // (likely typos) get it; tokens of 4+ letters may carry one edit, 7+ two.
        fuzzy: (token) => (this.vocabulary.has(token) || token.length < 4 ? false : token.length < 7 ? 1 : 2),
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
  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  /**
   * Ranked suggestions for a partial or misspelt query, best first, at most `limit`
   * (Discord allows 25). An empty query lists cards alphabetically; a query nothing resembles gives [].
   */
  suggest(query: string, limit = 25): TermSuggestion<T>[] {
    // "what is osm" autocompletes like "osm"; a key that is itself such wording ("define") is kept whole.
    const folded = fold(query);
    const q = this.byKey.has(folded) ? folded : stripQuestionWording(folded);
    if (q === '') return this.alphabetical.slice(0, limit).map((term) => ({ term, score: 0 }));
    // Two cheap candidate sources: a scan for spellings that start with the query (or have a word
    // that does), and minisearch for typos and reordered words. Letting minisearch expand prefixes
    // of one- or two-letter tokens would score most of the index, so short prefixes use the scan only.
    const textScore = new Map<number, number>();
    const needle = ` ${q}`;
    this.haystacks.forEach((haystack, idx) => {
      if (haystack.includes(needle)) textScore.set(idx, 0);
    });
    const hits = this.text.search(q);
    const top = hits[0]?.score ?? 1;
    for (const hit of hits.slice(0, MAX_TEXT_HITS)) textScore.set(hit.id as number, hit.score / top);

    const ranked: { idx: number; score: number }[] = [];
    for (const [idx, text] of textScore) {
      const entry = this.entries[idx];
      if (entry) ranked.push({ idx, score: bestKeyScore(q, entry.keys) + TEXT_WEIGHT * text });
    }
    ranked.sort((a, b) => b.score - a.score || (this.rank[a.idx] ?? 0) - (this.rank[b.idx] ?? 0));
    return ranked
      .slice(0, limit)
      .map(({ idx, score }) => ({ term: (this.entries[idx] as Entry<T>).term, score }));
  }

  /**
   * Decides what a typed value (not picked from autocomplete) means. It is a confident `match` only
   * when the best card is clearly right: an exact name, alias or id after folding; a small edit
   * distance with a clear gap to the next card; or a prefix (4+ characters) that no other card shares.
   * Otherwise it is `unsure`, with the closest few cards to offer.
   */
  resolve(query: string): TermResolution<T> {
    const q = fold(query);
    if (q === '') return { kind: 'unsure', suggestions: [] };
    const exact = this.byKey.get(q);
    if (exact) return { kind: 'match', term: exact.term };

    const sides = splitComparison(q);
    if (sides) {
      const [a, b] = sides.map((side) => this.confident(side));
      if (a && b) return a === b ? { kind: 'match', term: a } : { kind: 'compare', terms: [a, b] };
    }
    // "what is osmosis", "define osmosis", "osmosis?" (the ? is already gone after folding).
    const bare = stripQuestionWording(q);
    const found = this.confident(bare);
    if (found) return { kind: 'match', term: found };
    return { kind: 'unsure', suggestions: this.closeTo(bare) };
  }

  /** The one card a folded query surely means: exact spelling, a clear typo, or a prefix only it has. */
  private confident(q: string): T | undefined {
    const exact = this.byKey.get(q);
    if (exact) return exact.term;
    return this.clearTypoMatch(q) ?? (q.length >= 4 ? this.uniquePrefixMatch(q) : undefined);
  }

  /** Up to five cards whose spellings are genuinely close to the folded query; often none. */
  private closeTo(q: string): T[] {
    return this.suggest(q, UNSURE_SUGGESTIONS * 2)
      .filter((s) => bestKeyScore(q, keysOf(s.term)) >= CLOSE_ENOUGH)
      .slice(0, UNSURE_SUGGESTIONS)
      .map((s) => s.term);
  }

  /**
   * The one card with a word that starts with the query, provided no other card has one ("pump" and
   * "junction" name one card each; "potassium" is not enough to pick the potassium channel over the
   * sodium-potassium pump).
   */
  private uniquePrefixMatch(q: string): T | undefined {
    const touching = this.entries.filter((e) => e.keys.some((k) => k.startsWith(q) || k.includes(` ${q}`)));
    return touching.length === 1 ? touching[0]?.term : undefined;
  }

  /**
   * The card whose closest spelling is within a length-scaled edit distance of the query, when the
   * runner-up card is clearly further away (at least twice the distance, and at least 2).
   */
  private clearTypoMatch(q: string): T | undefined {
    // About one edit per six characters: "threshhold" (1) and "depolarizaton" (1) pass, while
    // "transport" may not become "cotransport" (2 edits in 9 characters).
    const allowed = Math.min(3, Math.floor(q.length / 6));
    if (allowed === 0) return undefined;
    let best: { entry: Entry<T>; d: number } | undefined;
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
}

function keysOf(term: Searchable): string[] {
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
  const wordStart = ` ${q}`;
  for (const key of keys) {
    if (key === q) return 1;
    const coverage = q.length / key.length;
    if (key.startsWith(q)) best = Math.max(best, 0.9 + 0.05 * coverage);
    else if (key.includes(wordStart)) best = Math.max(best, 0.8 + 0.05 * coverage);
  }
  if (best > 0) return best; // any prefix match outranks every fuzzy score
  for (const key of keys) {
    // Edit distance is the costly part; skip keys whose length alone rules out beating `best`.
    const longer = Math.max(q.length, key.length);
    const bound = q.length >= 4 && key.length > q.length ? 1 : 1 - Math.abs(q.length - key.length) / longer;
    if (bound * FUZZY_CEILING <= best) continue;
    let score = similarity(q, key);
    if (q.length >= 4 && key.length > q.length) {
      score = Math.max(score, 0.95 * similarity(q, key.slice(0, q.length)));
    }
    best = Math.max(best, score * FUZZY_CEILING);
  }
  return best;
}
