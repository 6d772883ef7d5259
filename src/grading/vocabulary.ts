import { distance } from 'fastest-levenshtein';
import { hasOpposite } from './label-opposites.js';
import type { Token } from './tokenize.js';
import { ALL_RUBRIC_WORDS, GlueWords } from './word-info.js';

/**
 * The words a compiled rubric knows, each identified by its stem. Answer words are mapped to
 * these ids once per word (exact stem first, then tolerated misspellings), so phrase matching
 * compares small integers. Misspelling look-ups are cached per distinct folded word.
 */
export class Vocabulary {
  private readonly byStem = new Map<string, number>();
  private readonly stems: string[] = [];
  private readonly buckets = new Map<string, { id: number; surface: string; stem: string }[]>();
  private readonly surfaces = new Set<string>();
  private readonly fuzzyCache = new Map<string, readonly number[]>();
  /**
   * This rubric's content words, at which its answers' glued words split ("ribosomeenters"):
   * its own, so that no other question's words change how its answers read.
   */
  readonly glue = new GlueWords();
  /**
   * The rubric's prefix elements, the lexicon's included ("depolar*", "repolar*"): a word that
   * begins with one of them exactly is that word, never a misspelling of another (see {@link prefixAlias}).
   */
  readonly prefixes = new Set<string>();

  /**
   * @param exact Read words only by their stems, never as misspellings: for text a teacher wrote
   *   (a point's label), whose words are meant as written ("respiration" in a label is not
   *   "restoration" or "requirement" misspelt; teacher set 7).
   */
  constructor(readonly exact = false) {}

  /** Registers a rubric word (folded surface form and stem); returns its id. */
  add(surface: string, stem: string): number {
    let id = this.byStem.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.stems.push(stem);
      this.byStem.set(stem, id);
    }
    if (/^[a-z]+$/.test(surface) && !this.surfaces.has(surface)) {
      this.surfaces.add(surface);
      this.glue.add(surface, stem);
      ALL_RUBRIC_WORDS.add(surface, stem);
      const first = surface[0] as string;
      const bucket = this.buckets.get(first) ?? [];
      bucket.push({ id, surface, stem });
      this.buckets.set(first, bucket);
      this.fuzzyCache.clear();
    }
    return id;
  }

  /** Registers a rubric's prefix element ("exocyt*" as "exocyt"). */
  addPrefix(prefix: string): void {
    this.prefixes.add(prefix);
    this.glue.addPrefix(prefix);
  }

  /** The stem behind an id (for diagnostics). */
  stemOf(id: number): string | undefined {
    return this.stems[id];
  }

  /** Number of distinct stems. */
  get size(): number {
    return this.stems.length;
  }

  /** The ids an answer word stands for: its exact stem if known, otherwise the nearest tolerated misspellings. */
  lookup(token: Pick<Token, 'norm' | 'stem'>): readonly number[] {
    const exact = this.byStem.get(token.stem);
    if (exact !== undefined) return [exact];
    if (this.exact) return NONE;
    const word = token.norm;
    const tol = misspellingTolerance(word.length);
    if (tol === 0 || !/^[a-z]+$/.test(word) || isRealWord(word)) return NONE;
    const hit = this.fuzzyCache.get(word);
    if (hit) return hit;
    const found = this.nearest(word, token.stem, tol);
    if (this.fuzzyCache.size >= 50_000) this.fuzzyCache.clear();
    this.fuzzyCache.set(word, found);
    return found;
  }

  private nearest(word: string, stem: string, tol: number): readonly number[] {
    const bucket = this.buckets.get(word[0] as string);
    if (!bucket) return NONE;
    let best = tol + 1;
    let ids: number[] = [];
    // A known stem that only begins the word is a fallback: a whole word within reach wins
    // ("acetylcoline" is acetylcholine misspelt, not "acetyl" inflected).
    let prefixBest = tol + 1;
    let prefixIds: number[] = [];
    for (const e of bucket) {
      let d = Number.POSITIVE_INFINITY;
      if (Math.abs(e.surface.length - word.length) <= tol) {
        d = distance(word, e.surface);
        // Two letters swapped ("anitcodon", "recpetor") is one slip, not two.
        if (d === 2 && isTransposition(word, e.surface)) d = 1;
      }
      if (e.stem.length >= 5 && Math.abs(e.stem.length - stem.length) <= tol)
        d = Math.min(d, distance(stem, e.stem));
      // A misspelt inflection: "depolarizaton" begins with the known stem "depolar".
      const n = e.stem.length;
      if (n >= 6 && word.length > n && word.length - n <= 6) {
        const p = distance(word.slice(0, n), e.stem);
        if (p <= 1 && p < prefixBest) {
          prefixBest = p;
          prefixIds = [e.id];
        } else if (p <= 1 && p === prefixBest && !prefixIds.includes(e.id)) prefixIds.push(e.id);
      }
      if (d < best) {
        best = d;
        ids = [e.id];
      } else if (d === best && d <= tol && !ids.includes(e.id)) ids.push(e.id);
    }
    if (best <= tol) return ids;
    return prefixBest <= tol ? prefixIds : NONE;
  }
}

const NONE: readonly number[] = Object.freeze([]);

/** Real words that are never read as a misspelling of another ("different" is not "diffusion"). */
const realWords = new Set<string>();

/**
 * A real word, never read as a misspelling of another: listed in content/words.yaml `words:`, or one
 * side of a pair of opposites ("hydrophilic" is two letters from "hydrophobic"; label-opposites.ts).
 */
function isRealWord(word: string): boolean {
  return realWords.has(word) || hasOpposite(word);
}

/**
 * Sets the real words (content/words.yaml `words:`) that edit distance must leave alone. Called by
 * the question loader before it compiles any rubric, like the shared misspelling list.
 */
export function useRealWords(words: readonly string[]): void {
  if (words.length === realWords.size && words.every((w) => realWords.has(w))) return;
  realWords.clear();
  for (const w of words) realWords.add(w);
}

/** True when `a` is `b` with two neighbouring letters swapped. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Edits tolerated in a student's word of this length: none up to 5 letters, 1 up to 8, then 2. */
export function misspellingTolerance(length: number): number {
  if (length <= 5) return 0;
  if (length <= 8) return 1;
  return 2;
}

/** Shortest prefix element whose misspelt beginning is read (shorter ones are too easily hit by chance). */
const MIN_FUZZY_PREFIX = 6;

/**
 * The word as it would be spelt if its beginning is a slip of one of `prefixes` ("depolerize",
 * "consentration", "repolerization"): the prefix, then the rest of the word. One edit, or two
 * neighbouring letters swapped, within a prefix of at least {@link MIN_FUZZY_PREFIX} letters — the
 * same tolerance whole words get. Undefined when the word already begins with a `known` prefix (the
 * rubric's, lexicon included: "depolarization" is not "repolar*" misspelt), is a real word, or is equally near two prefixes that are not one inside the other ("xepolarize":
 * depolar or repolar?). Called once per distinct word per rubric.
 */
export function prefixAlias(
  norm: string,
  prefixes: readonly string[],
  known: ReadonlySet<string>,
): string | undefined {
  if (norm.length < MIN_FUZZY_PREFIX || prefixes.length === 0 || !/^[a-z]+$/.test(norm)) return undefined;
  for (const p of known) if (norm.startsWith(p)) return undefined;
  let found: string | undefined;
  let chosen = '';
  for (const p of prefixes) {
    if (p.length < MIN_FUZZY_PREFIX || norm.length < p.length - 1) continue;
    for (const len of [p.length, p.length - 1, p.length + 1]) {
      if (len > norm.length) continue;
      const head = norm.slice(0, len);
      if (distance(head, p) !== 1 && !isTransposition(head, p)) continue;
      if (found !== undefined && !(chosen.startsWith(p) || p.startsWith(chosen))) return undefined;
      if (p.length > chosen.length) {
        chosen = p;
        found = p + norm.slice(len);
      }
      break;
    }
  }
  if (found === undefined || isRealWord(norm)) return undefined;
  return found;
}
