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
]);

/** Curated misspellings (misspelt → correct), from `content/words.yaml`: see {@link useMisspellings}. */
const corrections = new Map<string, string>();

/**
 * Sets the shared misspelling list: every answer and every rubric phrase then reads a listed
 * misspelling as the word it stands for, in every question, before stemming and matching. This
 * is how words too short or too mangled for the edit-distance tolerance are handled once, in one
 * place, instead of in each rubric. Called by the content loader; an empty map turns it off.
 */
export function useMisspellings(byWord: Readonly<Record<string, readonly string[]>>): void {
  const next = new Map<string, string>();
  for (const [word, wrong] of Object.entries(byWord)) for (const w of wrong) next.set(w, word);
  if (next.size === corrections.size && [...next].every(([w, c]) => corrections.get(w) === c)) return;
  corrections.clear();
  for (const [w, c] of next) corrections.set(w, c);
  // Cached word pieces were read with the old list.
  pieceCache.clear();
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
}

/** How a raw word piece is emitted: one token, or a negated form's base followed by "not". */
export interface PieceWords {
  readonly first: WordInfo;
  readonly thenNot: boolean;
}

const MAX_WORD_CACHE = 50_000;
const infoCache = new Map<string, WordInfo>();
const pieceCache = new Map<string, PieceWords>();

/** The cached {@link WordInfo} of a folded word. */
export function infoOf(norm: string): WordInfo {
  const hit = infoCache.get(norm);
  if (hit !== undefined) return hit;
  const stem = stem$(norm);
  const info: WordInfo = {
    norm,
    stem,
    cue: PARTICLE_CUES.has(norm) ? Cue.Particle : VERB_CUE_STEMS.has(stem) ? Cue.Verb : Cue.None,
    article: ARTICLES.has(norm),
    boundary: CLAUSE_WORDS.has(norm) ? 2 : SEGMENT_WORDS.has(norm) ? 1 : 0,
    foreign: isForeignFunctionWord$(norm),
    memoKey: undefined,
    memoValue: undefined,
  };
  // Bounded so hostile input with endless distinct words cannot grow it without limit.
  if (infoCache.size >= MAX_WORD_CACHE) infoCache.clear();
  infoCache.set(norm, info);
  return info;
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
  const out: PieceWords =
    negBase !== undefined
      ? { first: infoOf(negBase), thenNot: true }
      : { first: infoOf(TEXTSPEAK.get(word) ?? corrections.get(word) ?? americanize$(word)), thenNot: false };
  if (pieceCache.size >= MAX_WORD_CACHE) pieceCache.clear();
  pieceCache.set(word, out);
  return out;
}

/** The shared information of "not". */
export const NOT_INFO: WordInfo = infoOf('not');
/** "not" in "not only", "not just": the same word, but no cue. */
/**
 * "no" in "no wait" / "wait no" / "actually no": a correction, not a negation, and not the "no" a
 * rubric's "=no cell wall" names (its own norm, so the shared per-word caches keep it apart).
 */
export const NO_CORRECTION: WordInfo = {
  ...infoOf('no'),
  norm: 'no_',
  cue: Cue.None,
  memoKey: undefined,
  memoValue: undefined,
};

export const NOT_EMPHASIS: WordInfo = {
  ...NOT_INFO,
  cue: Cue.None,
  memoKey: undefined,
  memoValue: undefined,
};
