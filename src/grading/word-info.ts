import { isForeignFunctionWord } from './foreign-words.js';
import { americanize, stemOf } from './stem.js';

/**
 * The words the tokenizer knows by name — negation cues, clause and segment words, articles,
 * negated contractions, text-speak — and {@link WordInfo}, what a folded word contributes
 * whatever its position, computed once per distinct word and cached.
 */

/** Negation cue kinds: particles always negate; verb cues can be excused by a point that uses the verb. */
export const Cue = { None: 0, Particle: 1, Verb: 2 } as const;
/** One of the {@link Cue} values. */
export type Cue = (typeof Cue)[keyof typeof Cue];

/** Words that start a new clause ("thats" too: "… no proteins at all thats simple diffusion"). */
const CLAUSE_WORDS = new Set(
  'but however whereas while although though because since so therefore thus which thats when whenever if unless until then after before'.split(
    ' ',
  ),
);
const SEGMENT_WORDS = new Set(['and', 'or']);
const PARTICLE_CUES = new Set(
  // "non-spontaneous", "non polar": the prefix written as a word negates the next one.
  'not no never none nothing nobody neither nor without unable instead rather non'.split(' '),
);
const VERB_CUE_STEMS = new Set(['block', 'prevent', 'stop', 'inhibit', 'fail']);
/** Words after which "not" is emphasis, not negation ("not only", "not just"). */
export const NOT_A_CUE_AFTER_NOT: ReadonlySet<string> = new Set(['only', 'just']);
/** Articles, skipped in phrase gaps and read by the tokenizer's text-speak rules. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Auxiliaries that stand between a hedge or a denial and its verb: "ACh maybe can't bind", "nothing can stop". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'can',
  'cannot',
  'could',
  'will',
  'would',
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'were',
]);
const NEGATED_FORMS = new Map<string, string>(
  Object.entries({
    cant: 'can',
    cannot: 'can',
    dont: 'do',
    doesnt: 'does',
    didnt: 'did',
    wont: 'will',
    isnt: 'is',
    arent: 'are',
    wasnt: 'was',
    werent: 'were',
    couldnt: 'could',
    wouldnt: 'would',
    shouldnt: 'should',
    hasnt: 'has',
    havent: 'have',
    hadnt: 'had',
    aint: 'is',
    // Common misspellings of the same contractions: a negation must not be lost to a typo.
    dosent: 'does',
    dosnt: 'does',
    doesent: 'does',
    doesint: 'does',
    didint: 'did',
    dident: 'did',
    isint: 'is',
    wasint: 'was',
  }),
);
/** Bases of "n't" contractions whose word before the "n" is not the verb ("ca" of "can't"). */
export const NT_BASES: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };
/** Clitics after an apostrophe that are dropped: "cell's" → cell. */
export const DROPPED_CLITICS: ReadonlySet<string> = new Set(['s', 're', 've', 'll', 'd', 'm']);
const TEXTSPEAK = new Map<string, string>([
  ['thru', 'through'],
  ['cuz', 'because'],
  ['bc', 'because'],
  ['em', 'them'],
  ['coz', 'because'],
  // "the cell gets more pos" (blind batch AD): in a biology answer "pos" is the charge
  ['pos', 'positive'],
  // "goes w the gradient" (blind batch AX); "w/" and "w/o" are read by the tokenizer
  ['w', 'with'],
  // Note-form abbreviations of a biology class: "↓ grad", "against conc. grad." (blind batch CF),
  // "across the memb."
  ['grad', 'gradient'],
  ['grads', 'gradients'],
  ['memb', 'membrane'],
  // "leak across till inside and outside are about even" (blind batch CG): "till" opens its clause as "until" does
  ['till', 'until'],
  // "Sodium gets pumped outta the cell" (stored batch AM)
  ['outta', 'out'],
  // "the acetylcholine go out but he cannot bind to the receptor" (blind batch CG): Spanish and
  // Portuguese give a molecule a gendered pronoun; in a biology answer "he"/"she" is "it"
  ['he', 'it'],
  ['she', 'it'],
  ['til', 'until'],
  // "Natrium goes out, kalium goes in" (blind batch CJ): the Latin names behind the symbols Na and
  // K, which students schooled in much of Europe use
  ['natrium', 'sodium'],
  ['kalium', 'potassium'],
  // "Na+ leaks in, K+ leaks out, no1 fixes it" (blind batch CX): text-speak "no one"
  ['no1', 'nobody'],
  // "cAMP (2nd messenger)" (teacher-written questions, Dec 2026): ordinals written with digits
  ['1st', 'first'],
  ['2nd', 'second'],
  ['3rd', 'third'],
  ['4th', 'fourth'],
  // Note-form abbreviations of an evolution or genetics answer (teacher set 12: "diff selection
  // pressures each side", "allele freqs diverge", "repro isolation", "no gene flow btwn N & S").
  // Not "pop": in an osmosis answer the cell pops.
  ['diff', 'different'],
  ['freq', 'frequency'],
  ['freqs', 'frequencies'],
  ['repro', 'reproductive'],
  ['btwn', 'between'],
]);

/** Curated misspellings (misspelt → correct), from `content/words.yaml`: see {@link useMisspellings}. */
const corrections = new Map<string, string>();
/** Spanish words read as English ones (Spanish → English), from `content/words.yaml`: see {@link useSpanishWords}. */
const translations = new Map<string, string>();

/** Fills `target` from an "English word → other forms" record; false when nothing changed. */
function refill(target: Map<string, string>, byWord: Readonly<Record<string, readonly string[]>>): boolean {
  const next = new Map<string, string>();
  for (const [word, forms] of Object.entries(byWord)) for (const f of forms) next.set(f, word);
  if (next.size === target.size && [...next].every(([w, c]) => target.get(w) === c)) return false;
  target.clear();
  for (const [w, c] of next) target.set(w, c);
  return true;
}

/**
 * Sets the shared misspelling list: every answer and every rubric phrase then reads a listed
 * misspelling as the word it stands for, in every question, before stemming and matching. This
 * is how words too short or too mangled for the edit-distance tolerance are handled once, in one
 * place, instead of in each rubric. Called by the content loader; an empty map turns it off.
 */
export function useMisspellings(byWord: Readonly<Record<string, readonly string[]>>): void {
  if (!refill(corrections, byWord)) return;
  // Cached word pieces were read with the old list (and so were the tokenizer's table entries).
  pieceCache.clear();
  sharedVersion++;
}

/**
 * Sets the shared Spanish word list: bilingual students often write the key words of an English
 * answer in Spanish ("el sodio entra a la celula", "saca 3 Na+ afuera"), and a teacher reads those
 * words without a second thought. Each listed Spanish word is read as its English word, in every
 * question, as a misspelling is. The word keeps its `foreign` mark, so the feedback still says that
 * the answer is partly in another language (only these words are read, not Spanish grammar). The
 * loader passes the Portuguese list of `content/words.yaml` in the same record ("fechados", "não").
 */
export function useSpanishWords(byWord: Readonly<Record<string, readonly string[]>>): void {
  if (!refill(translations, byWord)) return;
  pieceCache.clear();
  sharedVersion++;
}

/** The {@link WordInfo} of a Spanish word read as `english`: that word's, keeping the Spanish word's `foreign` mark. */
function translatedInfo(spanish: string, english: string): WordInfo {
  const info = infoOf(english);
  const foreign = isForeignFunctionWord$(spanish);
  return foreign === info.foreign ? info : infoLike(info, { foreign });
}

// Module-local copies of the imported functions: under tsx's CommonJS output every use of an
// imported binding is a getter call, which showed up as several percent of a profile.
const stem$ = stemOf;
const americanize$ = americanize;
const isForeignFunctionWord$ = isForeignFunctionWord;

/** The verb-cue stems, exported so the compiler can tell which cues a point's own words excuse. */
export const verbCueStems: ReadonlySet<string> = VERB_CUE_STEMS;

/** What a folded word contributes, whatever its position: computed once per distinct word. */
export interface WordInfo {
  readonly norm: string;
  readonly stem: string;
  readonly cue: Cue;
  readonly article: boolean;
  /** 2 = starts a clause, 1 = starts a negation segment, 0 = neither. */
  readonly boundary: number;
  /** A function word of another language (language.ts), kept here so no token needs a look-up. */
  readonly foreign: boolean;
  /**
   * Note form: a second word this one also stands for at this position (a clause-final "in" also
   * means "enter"; see note-form.ts). Undefined for ordinary words.
   */
  readonly also?: string;
  /**
   * A one-entry memo for a reader of tokens (AnswerDoc keeps what the word means to the last
   * rubric that read it): `memoKey` says whose `memoValue` it is.
   */
  memoKey: object | undefined;
  memoValue: unknown;
  /**
   * The tokenizer's bits for this word when it is the last word emitted (which of its rule sets
   * hold it; see tokenize.ts `lastBits`), or -1 until first asked: one field read instead of a set
   * look-up per rule at every word of every answer.
   */
  lastBits: number;
}

/**
 * A WordInfo from its fields. Every WordInfo is made here, with every field (`also` undefined for
 * an ordinary word) in one order, so all share one hidden class: `info.norm` is read at nearly
 * every step of tokenizing, reading note form and hedges, and matching, and the copies made by
 * spreading (`{ ...info, … }`) each had a shape of their own, which made those reads polymorphic.
 */
function makeInfo(
  norm: string,
  stem: string,
  cue: Cue,
  article: boolean,
  boundary: number,
  foreign: boolean,
  also: string | undefined,
): WordInfo {
  return {
    norm,
    stem,
    cue,
    article,
    boundary,
    foreign,
    also,
    memoKey: undefined,
    memoValue: undefined,
    lastBits: -1,
  };
}

/** The fields of a word's information that a variant of it may change. */
export interface InfoChanges {
  readonly norm?: string;
  readonly cue?: Cue;
  readonly article?: boolean;
  readonly boundary?: number;
  readonly foreign?: boolean;
  readonly also?: string;
}

/**
 * A variant of `base`: the same fields but `changes`, as a new object (so the caches that hold a
 * word's information by identity, and its memo, keep the variant apart from the word itself).
 */
export function infoLike(base: WordInfo, changes: InfoChanges = {}): WordInfo {
  return makeInfo(
    changes.norm ?? base.norm,
    base.stem,
    changes.cue ?? base.cue,
    changes.article ?? base.article,
    changes.boundary ?? base.boundary,
    changes.foreign ?? base.foreign,
    changes.also ?? base.also,
  );
}

/** How a raw word piece is emitted: one token, or a negated form's base followed by "not". */
export interface PieceWords {
  readonly first: WordInfo;
  readonly thenNot: boolean;
}

const MAX_WORD_CACHE = 50_000;
const infoCache = new Map<string, WordInfo>();
const pieceCache = new Map<string, PieceWords>();

const internHolder: Record<string, true> = Object.create(null);

/**
 * The same string as the engine's one shared copy of it (V8 internalizes every property name).
 * Word texts and norms are compared with literals ("not", "but", "maybe") at every token, in the
 * tokenizer, note form and hedges: two internalized strings compare by pointer, while a string
 * sliced from an answer is compared character by character. Called once per distinct word.
 */
export function internalized(s: string): string {
  // One long-lived dictionary-mode holder (a null-prototype object), emptied after each use: an
  // object literal with a computed key made a new hidden class per distinct word, which cost
  // about twice as much on answers full of distinct (misspelt) words.
  internHolder[s] = true;
  const key = Object.keys(internHolder)[0] ?? s;
  delete internHolder[s];
  return key;
}

/** The cached {@link WordInfo} of a folded word. */
export function infoOf(word: string): WordInfo {
  const hit = infoCache.get(word);
  if (hit !== undefined) return hit;
  const norm = internalized(word);
  const stem = stem$(norm);
  const info = makeInfo(
    norm,
    stem,
    PARTICLE_CUES.has(norm) ? Cue.Particle : VERB_CUE_STEMS.has(stem) ? Cue.Verb : Cue.None,
    ARTICLES.has(norm),
    CLAUSE_WORDS.has(norm) ? 2 : SEGMENT_WORDS.has(norm) ? 1 : 0,
    isForeignFunctionWord$(norm),
    undefined,
  );
  // Bounded so hostile input with endless distinct words cannot grow it without limit.
  if (infoCache.size >= MAX_WORD_CACHE) infoCache.clear();
  infoCache.set(norm, info);
  return info;
}

/** The English word that `content/words.yaml` reads a lowercased other-language word as, if any ("adentro" → "inside"). */
export function englishFor(word: string): string | undefined {
  return translations.get(word);
}

/**
 * How a lowercased word piece is emitted (cached): a negated contraction written without its
 * apostrophe ("doesnt") becomes its base then "not"; text-speak is spelled out; British
 * spellings are Americanized.
 */
export function pieceWordsOf(word: string): PieceWords {
  const hit = pieceCache.get(word);
  if (hit !== undefined) return hit;
  const negBase = NEGATED_FORMS.get(word);
  const english = negBase === undefined ? translations.get(word) : undefined;
  const out: PieceWords =
    negBase !== undefined
      ? { first: infoOf(negBase), thenNot: true }
      : english !== undefined
        ? { first: translatedInfo(word, english), thenNot: false }
        : {
            first: infoOf(TEXTSPEAK.get(word) ?? corrections.get(word) ?? americanize$(word)),
            thenNot: false,
          };
  if (pieceCache.size >= MAX_WORD_CACHE) pieceCache.clear();
  pieceCache.set(word, out);
  return out;
}

/** The shared information of "not". */
export const NOT_INFO: WordInfo = infoOf('not');
/** The shared information of "no" (also what "none" and "barely any" are read as). */
export const NO_INFO: WordInfo = infoOf('no');
/**
 * "no" in "no wait" / "wait no" / "actually no": a correction, not a negation, and not the "no" a
 * rubric's "=no cell wall" names (its own norm, so the shared per-word caches keep it apart).
 */
export const NO_CORRECTION: WordInfo = infoLike(NO_INFO, { norm: 'no_', cue: Cue.None });

/**
 * "no" answering a question before the statement that answers it ("no it would stay dark"): no
 * negation, no correction, and not the "no" a rubric's "=no …" names.
 */
export const NO_ANSWER: WordInfo = infoLike(NO_INFO, { norm: 'no_', cue: Cue.None });

/** "so" as an intensifier ("not so negative", "stops being so negative"): the same word, but no clause break. */
export const SO_INTENSIFIER: WordInfo = infoLike(infoOf('so'), { boundary: 0 });

/** "which" opening a restrictive relative clause ("the genes which are used get packed"): no clause break. */
export const RESTRICTIVE_WHICH: WordInfo = infoLike(infoOf('which'), { boundary: 0 });

/** "not" in "not only", "not just": the same word, but no cue. */
export const NOT_EMPHASIS: WordInfo = infoLike(NOT_INFO, { cue: Cue.None });

/*
 * Words glued by a lost line break with no capital to mark the seam ("ribosomeenters",
 * "acidsthe", "RIBOSOMETRANSLATION"): the tokenizer splits such a word when both halves are words
 * the question's rubric knows. Each compiled rubric keeps its own {@link GlueWords} (a rubric
 * word of 4+ letters that is not a function word): with one set shared by every rubric, the words
 * of a question compiled earlier decided how another question's answers read, so a teacher's
 * import could change the grades in another class (set 12's "colorblind").
 */

/** Function words a rubric may name that never stand for the first half of a glued word ("somewhere"). */
const NOT_CONTENT = new Set(
  // and prefixes written as words ("anti codon", "semi permeable", "down swing", "hyper polar")
  'some where there what when with will have this that they them then than from into onto over more less most also just only each both very much such here were been being does done your their other another every many thing things like about while anti semi down hyper hypo trans inter intra multi poly super under self half able ness ment ship ward wards wise side'.split(
    ' ',
  ),
);

/** Words that start a list item and so often follow a lost line break ("acidsthe", "nucleusthen"). */
const ITEM_STARTERS = new Set(
  'the then they this these there and next after once when which finally first second third last step'.split(
    ' ',
  ),
);

/** Whether a word starts a list item, so that glued before it there was a line break. */
export function startsItem(word: string): boolean {
  return ITEM_STARTERS.has(word);
}

/**
 * The content words one rubric knows, which the tokenizer may split a glued answer word into,
 * and its split decisions, cached per word.
 */
export class GlueWords {
  private readonly stems = new Set<string>();
  /** Prefix elements of the rubric ("exocyt*"), by length: the words they begin are known too. */
  private readonly prefixes = new Map<number, Set<string>>();
  /** Changes whenever {@link add} learns a new word, so cached decisions (here and in the tokenizer's table) are dropped. */
  version = 0;
  private readonly splitCache = new Map<string, number>();
  private splitVersion = -1;

  /** Records a rubric word (folded surface form and its stem); short and function words are left out. */
  add(surface: string, stem: string): void {
    if (surface.length < 4 || this.stems.has(stem) || NOT_CONTENT.has(surface) || !LETTERS.test(surface))
      return;
    this.stems.add(stem);
    this.version++;
  }

  /** Records a rubric's prefix element ("exocyt*", 4+ letters): a glued word's half that begins with it is known. */
  addPrefix(prefix: string): void {
    if (prefix.length < 4 || !LETTERS.test(prefix)) return;
    const same = this.prefixes.get(prefix.length) ?? new Set<string>();
    if (same.has(prefix)) return;
    same.add(prefix);
    this.prefixes.set(prefix.length, same);
    this.version++;
  }

  /** Whether a glued word's half is a word the rubric knows: by stem, or begun by one of its prefixes. */
  private knowsHalf(half: string): boolean {
    if (this.stems.has(stemOf(half))) return true;
    for (const [length, same] of this.prefixes)
      if (half.length > length && same.has(half.slice(0, length))) return true;
    return false;
  }

  /**
   * Where a lowercase word glued from two by a lost line break splits, or 0: a known content word
   * of 4+ letters, then a known content word of 5+ letters or a word that starts a list item
   * ("ribosome|enters", "acids|the", "ribosome|translation"). A word the rubric knows whole
   * ("neuromuscular") and halves that are not both known ("polymer|ase", "creat|ion") stay whole.
   */
  splitAt(word: string): number {
    const n = word.length;
    const stems = this.stems;
    if (n < 7 || (stems.size === 0 && this.prefixes.size === 0)) return 0;
    // Cached per word (and per version): the tokenizer's word table is small and cleared often,
    // and a fresh decision stems every half of the word.
    if (this.splitVersion !== this.version) {
      this.splitCache.clear();
      this.splitVersion = this.version;
    }
    const hit = this.splitCache.get(word);
    if (hit !== undefined) return hit;
    let at = 0;
    if (LETTERS.test(word) && !stems.has(stemOf(word))) {
      for (let k = n - 3; k >= 4 && at === 0; k--) {
        const right = word.slice(k);
        // The cheap test first: a list item's first word, then only a right half long enough to stem.
        if (
          !ITEM_STARTERS.has(right) &&
          (right.length < 5 || NOT_CONTENT.has(right) || !this.knowsHalf(right))
        )
          continue;
        // Before a list item's first word ("acidsthe") the left half is a whole rubric word: a
        // prefix element would take any misspelt word ("depolarizatonce") for two.
        const left = word.slice(0, k);
        if (ITEM_STARTERS.has(right) ? stems.has(stemOf(left)) : this.knowsHalf(left)) at = k;
      }
    }
    if (this.splitCache.size >= MAX_WORD_CACHE) this.splitCache.clear();
    this.splitCache.set(word, at);
    return at;
  }

  /**
   * Whether the lowercase word is one the rubric uses (by stem): "hypOtonic" is "hypotonic"
   * written with a stressed letter, not two words glued by a lost line break.
   */
  has(word: string): boolean {
    return this.stems.size > 0 && LETTERS.test(word) && this.stems.has(stemOf(word));
  }
}

/**
 * Every rubric word compiled in this process: the glue words of text tokenized as an answer
 * without a rubric's own set (tools and tests that call the tokenizer directly). Grading never
 * uses it.
 */
export const ALL_RUBRIC_WORDS: GlueWords = new GlueWords();

let sharedVersion = 0;

/** Changes whenever the shared misspelling or Spanish lists change: words the tokenizer read before are stale. */
export function sharedWordsVersion(): number {
  return sharedVersion;
}

/** Glue words of text that is not an answer (a rubric's own phrases and labels): none are split. */
export const NO_GLUE_WORDS: GlueWords = new GlueWords();

const LETTERS = /^[a-z]+$/;
