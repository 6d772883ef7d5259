import { CharClass } from './fold-char.js';
import { isIonWord, isTransparentAdverb, readNoteForm } from './note-form.js';
import { END, gluedMarkerAt, MAX_POOLED, type Piece, pieces, pool } from './piece-scanner.js';
import { glossAt, type Reassignment, reassignAt, repairAt } from './self-repair.js';
import { fieldRowStarts, lineAt, moverCells, type TableLayout, tableLayout } from './table-rows.js';
import {
  ARTICLES,
  Cue,
  DROPPED_CLITICS,
  englishFor,
  type GlueWords,
  infoLike,
  infoOf,
  NO_ANSWER,
  NO_CORRECTION,
  NO_INFO,
  NOT_A_CUE_AFTER_NOT,
  NOT_EMPHASIS,
  NOT_INFO,
  NT_BASES,
  pieceWordsOf,
  RESTRICTIVE_WHICH,
  SO_INTENSIFIER,
  type WordInfo,
} from './word-info.js';

/**
 * Turns an answer (or a rubric phrase) into tokens: folded words with their place in the
 * original text and the sentence / clause / negation segment they belong to. One left-to-right
 * pass over the characters and one over the pieces — linear in the text, no regular expressions
 * over the whole answer.
 */

/**
 * One word of an answer. What depends on the word alone (folded text, stem, cue, article) lives
 * in its shared {@link WordInfo}; a token holds only its position, so a long answer allocates
 * little per word.
 */
export class Token {
  constructor(
    /** The word's shared, cached information (note-form reading may swap it for a variant). */
    public info: WordInfo,
    /** UTF-16 offsets of the original characters. */
    readonly start: number,
    readonly end: number,
    readonly sent: number,
    /** Clause number; note-form reading may merge a clause into the one before. */
    public clause: number,
    /** Negation segment: a clause further cut at "and"/"or". */
    public seg: number,
  ) {}

  /**
   * True for a word that names without claiming: a table row's label cell, standing alone before
   * its cells ("Depolarization | yes | no"). The cells read it again, each under its heading.
   */
  unclaimed = false;

  /** Folded text: lowercase, no accents, ions as "na+", "ca2+", "cl-". */
  get norm(): string {
    return this.info.norm;
  }

  /** Porter stem of `norm` (after -ise → -ize). */
  get stem(): string {
    return this.info.stem;
  }

  get cue(): Cue {
    return this.info.cue;
  }

  get article(): boolean {
    return this.info.article;
  }
}

const ELEMENTS = new Set(['na', 'k', 'ca', 'cl', 'mg', 'h', 'li', 'fe', 'zn']);

// Module-local copies of the imported constants and functions: under tsx's CommonJS output every
// use of an imported binding is a getter call, which showed up as several percent of a profile.
const WORD: CharClass = CharClass.Word;
const SPACE: CharClass = CharClass.Space;
const NEWLINE: CharClass = CharClass.Newline;
const PUNCT: CharClass = CharClass.Punct;
const END$ = END;
const NOT_INFO$ = NOT_INFO;
const infoOf$ = infoOf;
const pieceWordsOf$ = pieceWordsOf;
const gluedMarkerAt$ = gluedMarkerAt;
const repairAt$ = repairAt;
const glossAt$ = glossAt;
const reassignAt$ = reassignAt;
/** Two letters that begin a chemical formula ("CO2", "NH3", "CH4", "PO4", "SO4", "NO3"): never a word before a marker. */
const FORMULA_STARTS: ReadonlySet<string> = new Set(['co', 'nh', 'ch', 'po', 'so', 'no']);

const isDigits = (s: string) => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
const isSign = (p: Piece | undefined) => p?.cls === PUNCT && (p.text === '+' || p.text === '-');
const isPunct = (p: Piece | undefined, t: string) => p?.cls === PUNCT && p.text === t;
/** What may follow a lone sign used as a charge word ("more +", "less -,"). */
const endsSign = (p: Piece | undefined) =>
  isGap(p) || (p?.cls === PUNCT && ',;.)/'.includes(p.text) && p.text.length === 1);
const isGap = (p: Piece | undefined) =>
  p === undefined || p.cls === SPACE || p.cls === NEWLINE || p.cls === END$;

/**
 * Reads ion charge notation after an element symbol at piece `i` ("Na⁺", "Na^+", "Na 1+", "Na+1",
 * "Na(+)", "Ca2+", "Ca++"). Returns the folded ion and the index of its last piece, or undefined.
 */
function readIon(ps: Piece[], i: number): { norm: string; last: number } | undefined {
  const head = ps[i] as Piece;
  let symbol = head.text;
  let digits = '';
  if (symbol.length > 3) return undefined;
  const lastCode = symbol.charCodeAt(symbol.length - 1);
  if (symbol.length >= 2 && lastCode >= 48 && lastCode <= 57 && ELEMENTS.has(symbol.slice(0, -1))) {
    digits = symbol.slice(-1);
    symbol = symbol.slice(0, -1);
  } else if (!ELEMENTS.has(symbol)) return undefined;
  let j = i + 1;
  if (digits === '' && ps[j]?.cls === SPACE && ps[j + 1]?.text.length === 1) {
    // "Na 1+": a space is allowed only before a one-digit charge followed by its sign.
    if (isDigits(ps[j + 1]?.text ?? '') && isSign(ps[j + 2])) {
      digits = ps[j + 1]?.text ?? '';
      j += 2;
    }
  }
  if (isPunct(ps[j], '^')) j++;
  const paren = isPunct(ps[j], '(');
  if (paren) j++;
  if (digits === '' && ps[j]?.cls === WORD && /^[0-9]$/.test(ps[j]?.text ?? '') && isSign(ps[j + 1])) {
    digits = ps[j]?.text ?? '';
    j++;
  }
  const sign = ps[j]?.text;
  if (!isSign(ps[j]) || sign === undefined) return undefined;
  let count = 0;
  while (count < 3 && isPunct(ps[j], sign)) {
    count++;
    j++;
  }
  if (digits === '' && ps[j]?.cls === WORD && /^[0-9]$/.test(ps[j]?.text ?? '')) {
    digits = ps[j]?.text ?? '';
    j++;
  }
  if (paren) {
    if (!isPunct(ps[j], ')')) return undefined;
    j++;
  }
  // "Na-K pump": a minus glued to a following word is a hyphen, not a charge.
  if (sign === '-' && ps[j]?.cls === WORD) return undefined;
  const magnitude = digits === '' ? count : Number(digits);
  return { norm: `${symbol}${magnitude > 1 ? magnitude : ''}${sign}`, last: j - 1 };
}

/** Verbs of going before a text-speak "2" ("goes 2 the ribosome", "sent 2 the ER"). */
const GOING = new Set(
  'go goes going went come comes came coming travel travels traveled travelled send sends sent get gets got attach attaches attached bind binds bound move moves moved head heads headed'.split(
    ' ',
  ),
);

/**
 * True for a genotype written as one capital and the same small letter ("Bb", "Aa"), or the two
 * as X-linked alleles ("XBXb", "XbXB"). Reads the piece's folded text first and the answer as
 * typed only when that matches, so the per-word check allocates nothing.
 */
function isHeterozygote(p: Piece, text: string): boolean {
  const folded = p.text;
  const long = folded.length === 4;
  if (long ? folded[0] !== 'x' || folded[2] !== 'x' || folded[1] !== folded[3] : folded[0] !== folded[1])
    return false;
  if (p.end - p.start !== folded.length) return false;
  if (long && (text.charCodeAt(p.start) !== 88 || text.charCodeAt(p.start + 2) !== 88)) return false;
  const a = text.charCodeAt(p.start + (long ? 1 : 0));
  const b = text.charCodeAt(p.start + (long ? 3 : 1));
  // One capital and one small letter (the letters are the same, folded).
  return a < 97 !== b < 97 && folded.charCodeAt(long ? 1 : 0) >= 97;
}

/** The ends of a gel or a battery that a lone "+" or "-" before them names ("the + end"). */
const POLE_NOUNS = new Set([
  'end',
  'ends',
  'side',
  'sides',
  'electrode',
  'electrodes',
  'pole',
  'poles',
  'terminal',
]);
/** Words a sign naming a pole comes after ("the + end", "toward + side"). */
const BEFORE_POLE = new Set(['the', 'a', 'toward', 'towards', 'to', 'at', 'from', 'its', 'their']);

/** Verbs that take no object, with the preposition an article right after them has lost. */
const BARE_PLACE_VERBS: ReadonlyMap<string, string> = new Map([
  ...['go', 'goes', 'went', 'going'].map((w) => [w, 'to'] as const),
  ...['arrive', 'arrives', 'arrived', 'arriving'].map((w) => [w, 'at'] as const),
]);

/** Words after "goes the" / "went a" that make it how far or which way ("goes the other way"). */
const WAY_WORDS = new Set(
  'way ways other opposite hard wrong same long easy right whole extra distance rest step bit little lot few couple next'.split(
    ' ',
  ),
);

/** Whether the word after the article at piece i says how far or which way, not where. */
function ways(ps: Piece[], i: number): boolean {
  return WAY_WORDS.has(ps[wordAt(ps, i)]?.text ?? '');
}

/** Verbs of movement that, right after a spaced dash, go on from the words before it. */
const BARE_MOVES = new Set([
  'moves',
  'goes',
  'flows',
  'rushes',
  'floods',
  'pours',
  'enters',
  'leaves',
  'exits',
  'diffuses',
  'leaks',
  'travels',
  'comes',
  // "the water is hypotonic and it pushes in by osmosis" (blind batch CB)
  'pushes',
  'seeps',
  // "potassium and it spills outward" (blind batch CE)
  'spills',
  // "when the gates open they crowd into the house (the cell)" (blind batch CR)
  'crowds',
  'piles',
  'squeezes',
  'swarms',
  // "when the gates open they all swim into the cell" (blind batch CV: ions as fish)
  'swims',
  // "the gate for K+ opens and they drive out" (blind batch CX: ions as cars)
  'drives',
  // "it just slides into the cell" (blind batch DW: ions as skiers)
  'slides',
]);

/** Clause words a "not" right before them denies: "is not when K+ leaves", "not because …". */
const DENIED_CLAUSE_WORDS: ReadonlySet<string> = new Set(['when', 'whenever', 'because', 'since', 'if']);

/** Forms of "be" whose contracted "not" denies the "because" right after ("isn't because K+ leaves"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** "doesn't happen because …": what a denied reason is the reason for. */
const HAPPENS: ReadonlySet<string> = new Set(['happen', 'happens', 'occur', 'occurs']);

/**
 * For the "because" at piece i: whether the answer goes on to give the true reason in its place,
 * in the same sentence or as the next sentence's opening ("…, it's because Na+ enters", "… but
 * because …", ". It's because …"). Only then is "doesn't happen because X" a denial of X and not
 * the reason something fails ("depolarization doesn't happen because ACh can't bind").
 * Bounded look-ahead: the rest of the sentence and the next sentence's first three words.
 */
function reasonGivenInstead(ps: Piece[], i: number, np: number): boolean {
  let sentenceEnded = false;
  let wordsSinceEnd = 0;
  let broke = false;
  const recent: string[] = [];
  for (let k = i + 1; k < np; k++) {
    const p = ps[k] as Piece;
    if (p.cls === WORD) {
      if (sentenceEnded && ++wordsSinceEnd > 4) return false;
      if (p.text === 'because' && recent.some((w) => INSTEAD_OPENERS.has(w))) return true;
      // "… because K+ leaves — it's Na+ coming in that does it" (blind batch DC): after a break,
      // "it's" before an ion names the true cause. Not "because it's K+ that leaves" (no break).
      if (
        (broke || sentenceEnded) &&
        (p.text === 'its' || ((p.text === 's' || p.text === 'is') && recent[recent.length - 1] === 'it')) &&
        (nextWordIsIon(ps, k) || nextWordIn(ps, k, TRULY))
      )
        return true;
      recent.push(p.text);
      if (recent.length > 3) recent.shift();
      continue;
    }
    if (p.text === '.' || p.text === '!' || p.text === '?' || p.cls === NEWLINE) {
      if (sentenceEnded) return false;
      sentenceEnded = true;
      recent.length = 0;
    } else if (CLAUSE_BREAK_MARKS.has(p.text)) broke = true;
  }
  return false;
}
/** Marks after which "it's <ion>" gives the true cause in place of a denied one. */
const CLAUSE_BREAK_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '-']);
/** "it's actually Na+", "it's really the sodium": the true cause named with emphasis. */
const TRULY: ReadonlySet<string> = new Set(['actually', 'really']);
/** Words just before the true reason's "because": "it's because", "but because", "rather because". */
const INSTEAD_OPENERS: ReadonlySet<string> = new Set([
  'it',
  'its',
  'but',
  'rather',
  'instead',
  'actually',
  'really',
]);

/** Verbs of movement that, right after a comma ending a short subject, are that subject's verb. */
const COMMA_MOVES = new Set([
  ...BARE_MOVES,
  ...'move go get flow rush flood pour enter leave exit diffuse leak travel come push seep spill crowd pile squeeze swarm swim drive slide'.split(
    ' ',
  ),
]);

/** First words of an aside that gives a side's level ("outside (high conc.)"). */
const LEVEL_WORDS = new Set(['high', 'higher', 'low', 'lower', 'more', 'less']);

/**
 * Participles of movement that, with a direction after them, describe the short subject before a
 * comma ("Depolarization: sodium ions, moving inward, membrane potential becomes more positive";
 * blind batch DQ): the movement is still the subject's.
 */
const MOVING_PARTICIPLES = new Set([
  'moving',
  'going',
  'flowing',
  'rushing',
  'flooding',
  'pouring',
  'diffusing',
  'leaking',
  'travelling',
  'traveling',
  'coming',
  'heading',
]);

/**
 * "from", after a verb of movement: "sodium (Na+), which moves from outside the neuron to the
 * inside" (blind batch CD) gives its direction as two sides.
 */
const FROM = new Set(['from']);

/** Forms of "be" that open a bare relative aside ("that are crammed inside"). */
const RELATIVE_BE = new Set(['is', 'are', 'was', 'were']);
/** Participles that do not end in -ed or -en, for a restrictive "which" ("the genes which are kept …"). */
const IRREGULAR_PARTICIPLES = new Set([
  'made',
  'kept',
  'found',
  'left',
  'bound',
  'held',
  'built',
  'shut',
  'cut',
  'set',
  'put',
  'sent',
  'lost',
]);
/**
 * Verbs of getting, becoming and staying that open the main clause after a relative clause ("genes
 * that are not needed get packed"); shared with the denial reader (answer-doc.ts).
 */
export const MAIN_VERBS_AFTER_RELATIVE: readonly string[] = [
  'get',
  'gets',
  'got',
  'become',
  'becomes',
  'stay',
  'stays',
  'remain',
  'remains',
];
/** The main clause's verbs that may follow a restrictive relative clause ("… which are used get packed"). */
const MAIN_AFTER_RELATIVE = new Set([...RELATIVE_BE, ...MAIN_VERBS_AFTER_RELATIVE, 'will', 'can', 'cannot']);

/**
 * True when the "which" at piece i opens a restrictive relative clause: the words after it are
 * "is|are|was|were", an optional "not", one participle (-ed, -en or a common irregular one) and
 * then a verb of the main clause ("The genes which are used get packed tightly"). Bounded look-ahead.
 */
function restrictiveWhich(ps: Piece[], i: number): boolean {
  const words: string[] = [];
  for (let k = i + 1; k < ps.length && words.length < 4; k++) {
    const p = ps[k] as Piece;
    if (p.cls === SPACE) continue;
    if (p.cls !== WORD) break;
    words.push(p.text);
  }
  let w = 0;
  if (!RELATIVE_BE.has(words[w++] ?? '')) return false;
  if (words[w] === 'not') w++;
  const part = words[w++] ?? '';
  const participle =
    (part.length >= 4 && (part.endsWith('ed') || part.endsWith('en'))) || IRREGULAR_PARTICIPLES.has(part);
  return participle && MAIN_AFTER_RELATIVE.has(words[w] ?? '');
}

/** Places that end a bare relative aside. */
const ASIDE_PLACES = new Set(['inside', 'outside', 'there']);

/**
 * For "who"/"that"/"which" at piece i, when it opens "is|are|was|were", at most two more words and
 * a place ("inside", "outside", "there"), followed by a lower-case word that can be a verb: the
 * piece of that verb ("the K+ that are crammed inside get off"). Otherwise 0. Bounded look-ahead.
 */
function bareRelativeEnd(ps: Piece[], i: number, np: number): number {
  const words: number[] = [];
  for (let k = i + 1; k < np && words.length < 5; k++) {
    const p = ps[k] as Piece;
    if (p.cls === SPACE) continue;
    if (p.cls !== WORD) return 0;
    words.push(k);
  }
  if (words.length < 3 || !RELATIVE_BE.has((ps[words[0] as number] as Piece).text)) return 0;
  for (let w = 1; w <= 3 && w + 1 < words.length; w++) {
    const place = ps[words[w] as number] as Piece;
    if (!ASIDE_PLACES.has(place.text)) continue;
    return verbAfter(ps, words[w] as number) ? (words[w + 1] as number) : 0;
  }
  return 0;
}

/** Verbs of movement that a student may pause after before giving the direction ("K+ going... in"). */
const PAUSED_MOVES = new Set([
  ...COMMA_MOVES,
  'going',
  'moving',
  'flowing',
  'rushing',
  'coming',
  'diffusing',
  'leaking',
  'pumped',
  'pumping',
]);

/** True when the first word after the run of dots at piece i is a direction ("... in?"). */
function directionAfterDots(ps: Piece[], i: number): boolean {
  let k = i;
  while (isPunct(ps[k], '.')) k++;
  if (ps[k]?.cls === SPACE) k++;
  const w = ps[k];
  return w !== undefined && w.cls === WORD && DIRECTIONS.has(w.text);
}

/** Contracted subjects after which a "cause" is a clipped "because" ("cause its going …", "cause theres more …"). */
const CLIPPED_BECAUSE_SUBJECTS = new Set(['its', 'theyre', 'theres', 'thats', 'there', 'im']);

/** Verbs of movement that carry their direction ("enters", "leaves"). */
const ENTER_LEAVE = new Set(['enters', 'enter', 'leaves', 'leave', 'exits', 'exit']);

/** True when a verb of movement and then a direction follow piece i ("it moves into the cell"). */
function moveThenDirection(ps: Piece[], i: number): boolean {
  // "and it enters the cell": the verb says the direction itself.
  return nextWordIn(ps, i, ENTER_LEAVE) || nextTwoWordsIn(ps, i, COMMA_MOVES, MOVE_DIRECTIONS);
}
/**
 * How far back (in words) the ion of "… when the voltage gated channel opens it spills in" may be:
 * the sentence that names it may describe where it waits at length first.
 */
const OPENED_REACH = 25;
/** How far back (in words) a "they" with no ion in its own sentence looks into the sentence before. */
const THEY_REACH = 20;
/** Words opening a sentence that says when the move happens ("When the doors open they rush in"). */
const WHEN_OPENERS = new Set(['when', 'once', 'whenever', 'after', 'as']);
/** A channel's or gate's opening, after which an "it" that moves is the ion ("the channel opens it spills in"). */
const OPEN_VERBS = new Set(['opens', 'open', 'opened']);
/** Directions after a verb of movement, with "inward" and "outward" ("it spills outward"). */
const MOVE_DIRECTIONS = new Set([
  'in',
  'out',
  'into',
  'inside',
  'outside',
  'inward',
  'outward',
  'inwards',
  'outwards',
]);

/** True when the word after piece i is in `first` and the word after that is in `second`. */
function nextTwoWordsIn(
  ps: Piece[],
  i: number,
  first: ReadonlySet<string>,
  second: ReadonlySet<string>,
): boolean {
  if (!nextWordIn(ps, i, first)) return false;
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  return nextWordIn(ps, j, second);
}

/** Passive verbs of movement after "it is" / "it's" / "it gets" ("it's pumped in"). */
const PASSIVE_MOVES = new Set([
  'pumped',
  'moved',
  'brought',
  'taken',
  'transported',
  'carried',
  'pushed',
  'sent',
]);
/** The helping verb of a passive after "it" ("it is pumped in", "it gets pumped in"). */
const PASSIVE_AUX = new Set(['is', 'gets', 'was']);

/**
 * True when "'s" or "is", "gets", "was" follows the "it" at piece i, then a passive verb of
 * movement and a direction ("Potassium is not pumped out, it's pumped in"; blind batch BJ).
 */
function passiveMoveThenDirection(ps: Piece[], i: number): boolean {
  let j = i;
  if (isPunct(ps[i + 1], "'") && ps[i + 2]?.cls === WORD && (ps[i + 2] as Piece).text === 's') j = i + 2;
  else if (nextWordIn(ps, i, PASSIVE_AUX)) j = ps[i + 1]?.cls === SPACE ? i + 2 : i + 1;
  else return false;
  return nextTwoWordsIn(ps, j, PASSIVE_MOVES, DIRECTIONS);
}

/**
 * True when the "it" at piece i opens a comma-spliced clause and a movement with its direction
 * follows: a verb after at most two helping words ("it will go into the cell"), or a passive
 * ("it's pumped in").
 */
function splicedItMoves(ps: Piece[], i: number): boolean {
  return (
    commaBefore(ps, i) >= 0 && (moveThenDirection(ps, helpersEnd(ps, i)) || passiveMoveThenDirection(ps, i))
  );
}

/**
 * The index of the one ion (or the water) named among tokens [from, to), when every mover named
 * there is of that one kind; -1 when none is named or two kinds are.
 */
function onlyMoverBetween(tokens: readonly Token[], from: number, to: number): number {
  let found = -1;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (!isMoverOrPlural(t.info.norm)) continue;
    if (found >= 0 && (tokens[found] as Token).info.stem !== t.info.stem) return -1;
    if (found < 0) found = j;
  }
  return found;
}

/** An ion or water: what an "it" in a statement of movement can stand for. */
function isMoverWord(norm: string): boolean {
  return norm === 'water' || isIonWord(norm);
}

/** An ion or the water, also in the plural ("3 sodiums", "2 potassiums"). */
function isMoverOrPlural(norm: string): boolean {
  return isMoverWord(norm) || (norm.length > 3 && norm.endsWith('s') && isMoverWord(norm.slice(0, -1)));
}

/** The phases of an action potential, named by their nouns. */
const PHASE_NOUNS = new Set([
  'depolarization',
  'depolarisation',
  'repolarization',
  'repolarisation',
  'hyperpolarization',
  'hyperpolarisation',
]);
/** Words that lead into a phase named after them ("during depolarization", "causes repolarization"). */
const PHASE_LEADS = new Set(
  'the a an during in of is are was were be called causes cause caused for and or then after before from to into by like than with its their this that which both about also vs versus until at starts start begins begin ends end'.split(
    ' ',
  ),
);

/** Counts of a few ions, as words ("three Na+ go out"). */
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five']);
/** The sides a movement ends on ("pumped out", "come in"). */
const SIDE_WORDS = new Set(['out', 'in', 'inside', 'outside']);
/** Verbs an ion does itself ("2 K+ come in"), or the copula of a passive ("are brought in"). */
const OWN_MOTION_VERBS = new Set(
  'come comes came go goes went move moves moved enter enters entered flow flows flowed leak leaks leaked diffuse diffuses diffused rush rushes rushed get gets got are is were was leave leaves left exit exits'.split(
    ' ',
  ),
);

/** Words before "direction(s)" or "way(s)" that make "in …" say how: "in opposite directions". */
const MANNER_WORDS = new Set('opposite different same other reverse contrary separate two both'.split(' '));

/**
 * Whether the words after the "in" at piece i say how, not where: "in opposite directions", "in
 * the same direction", "in a different way". Constant work: at most three words ahead.
 */
function mannerAfter(ps: Piece[], i: number): boolean {
  let j = wordAt(ps, i);
  if (j >= 0 && ARTICLES.has((ps[j] as Piece).text)) j = wordAt(ps, j);
  if (j < 0 || !MANNER_WORDS.has((ps[j] as Piece).text)) return false;
  const k = wordAt(ps, j);
  return k >= 0 && /^(?:directions?|ways?)$/.test((ps[k] as Piece).text);
}

/** The index of the word piece after piece j (one space skipped), or -1. */
function wordAt(ps: Piece[], j: number): number {
  const k = ps[j + 1]?.cls === SPACE ? j + 2 : j + 1;
  return ps[k]?.cls === WORD ? k : -1;
}

/**
 * True when piece i ("only" and a count, or a count) starts "<count> <ion> <verb>": "only 2 K+
 * come in", "3 Na+ go out". Constant work: a handful of pieces.
 */
function countedIonWithVerb(ps: Piece[], i: number): boolean {
  let j = i;
  if ((ps[j] as Piece).text === 'only') {
    j = wordAt(ps, j);
    if (j < 0 || !(isDigits((ps[j] as Piece).text) || COUNT_WORDS.has((ps[j] as Piece).text))) return false;
  }
  j = wordAt(ps, j);
  if (j < 0 || !isIonWord((ps[j] as Piece).text)) return false;
  // The ion's sign ("K+") is a piece of its own; so may "ions" be.
  if (ps[j + 1]?.text === '+' || ps[j + 1]?.text === '-') j++;
  let k = wordAt(ps, j);
  if (k >= 0 && ((ps[k] as Piece).text === 'ions' || (ps[k] as Piece).text === 'ion')) k = wordAt(ps, k);
  return k >= 0 && OWN_MOTION_VERBS.has((ps[k] as Piece).text);
}

/** Whether the next word after piece i (one space between) is an ion ("potassium", "K+", "na"). */
function nextWordIsIon(ps: Piece[], i: number): boolean {
  if (ps[i + 1]?.cls !== SPACE) return false;
  const w = ps[i + 2];
  // As the word will be read: "potasium" is potassium (blind batch FC).
  return w?.cls === WORD && (isIonWord(w.text) || isIonWord(pieceWordsOf(w.text).first.norm));
}

/** For "ions"/"ion" at piece i: whether "of <ion>" follows ("3 ions of sodium"). */
function ionsOfIon(ps: Piece[], i: number): boolean {
  const w = ps[i + 2];
  return ps[i + 1]?.cls === SPACE && w?.cls === WORD && w.text === 'of' && nextWordIsIon(ps, i + 2);
}

/** The two kinds of transport, as named after "ex". */
const KIND_WORDS: ReadonlySet<string> = new Set(['passive', 'active']);
/** "transport" after "active"/"passive". */
const TRANSPORT_WORD: ReadonlySet<string> = new Set(['transport']);
/** Verbs that make "active|passive transport" the subject of a statement of its own. */
const KIND_VERBS: ReadonlySet<string> = new Set([
  'needs',
  'need',
  'uses',
  'use',
  'requires',
  'require',
  'moves',
  'move',
  'is',
  'does',
  'goes',
  'takes',
  'always',
  'only',
  'can',
  'will',
  'pumps',
  'works',
  'involves',
]);
/**
 * Words before "active|passive transport" that lead into it (a list, a comparison, a preposition, a
 * verb taking it as object): there it continues its clause.
 */
const KIND_LEADS: ReadonlySet<string> = new Set(
  'and or but the a an is are was were of for in by than vs versus with like as both uses use called through via during that which whereas while so because then also not no its unlike between to from on about how what where when why if nor either neither call all some every most any only each'.split(
    ' ',
  ),
);

/**
 * True when a word, or a bracket closing an aside ("… carrier proteins (facilitated diffusion)
 * active transport needs atp"; blind batch ET), stands right before piece i with only a space
 * between (no other mark, no line break).
 */
function wordRightBefore(ps: Piece[], i: number): boolean {
  const before = ps[i - 1]?.cls === SPACE ? ps[i - 2] : ps[i - 1];
  return before?.cls === WORD || isPunct(before, ')');
}

/** Words that start one of the rules in {@link wordRules}. */
const WORD_RULE_WORDS: ReadonlySet<string> = new Set([
  'ions',
  'ion',
  'with',
  'either',
  'even',
  'off',
  'aka',
  'outside',
  'inside',
  'means',
  'meaning',
  'plus',
]);

/**
 * The main loop's rules for a word piece read after numbers and ions: clause openings after a
 * denial or a subordinate clause, text-speak ("n", "w/o", "b/c"), contractions, corrections that
 * give a new direction, and the pronouns ("it", "they", "them", "which") read as the ion or
 * water named before them. Kept out of the loop for the reason given at {@link clauseWordRules}.
 * Returns the index of the last piece consumed when the word is fully read, or -1 when the loop
 * emits it as it is. Called only for a word in TB_LATE, one before an apostrophe, or a sentence's
 * first word: a new rule's words go into buildTextBits.
 */
function pronounWordRules(
  ps: Piece[],
  i: number,
  p: Piece,
  out: TokenSink,
  text: string,
  np: number,
): number {
  const next = ps[i + 1];
  // "Since the pump can't reset them the gradients dissipate" (blind batch CN): after a clause of
  // reason or time whose verb took "them"/"it" as its object, "the" opens the main clause; the
  // denial in the first does not reach it.
  // Also after a link: "so as soon as ouabain blocks it the resting potential goes to 0 mV"
  // (blind batch EZ).
  if (
    p.text === 'the' &&
    OBJECT_PRONOUNS.has(out.lastNorm()) &&
    out.wordsInClause() >= 4 &&
    out.clauseSubordinator() !== ''
  )
    out.clauseBreak();
  // "to go the ribosome", "it arrives a ribosome" (ASAP item 5): "go" and "arrive" take no
  // object, so an article right after them starts the place, with its "to" or "at" left out; a
  // reader puts it back. Not "goes the other way", "went a long way": a way or a stretch is how
  // far or which way, not a place. ("come", "travel" and "head" do take one: "then comes the
  // tRNA", "travels the cytoplasm".)
  if (ARTICLES.has(p.text) && !ways(ps, i)) {
    const slip = BARE_PLACE_VERBS.get(out.lastNorm());
    if (slip !== undefined) out.emit(slip, p.start, p.start);
  }
  // "passive dont need energy it goes high to low" (blind batch DX, no punctuation): after a
  // denial with its verb and object, an "it" or "they" before a verb opens the next statement of
  // the run-on; the denial does not reach it. Not "does not need it", "doesn't let it go" (the
  // pronoun is the object there).
  if (
    (p.text === 'it' || p.text === 'they') &&
    out.denialHasObject() &&
    !PRONOUN_TAKERS.has(out.lastNorm()) &&
    nextWordIn(ps, i, RUN_ON_VERBS)
  )
    out.clauseBreak();
  // "the cell doesnt get the message and stays at resting potential" (blind batch CM): after a
  // denial, "and" before a verb of staying starts a statement of its own, which the denial does
  // not reach ("doesn't open and stays closed" says it stays closed).
  if (p.text === 'and' && nextWordIn(ps, i, STATE_AFTER_AND) && out.clauseHasNot()) {
    out.clauseBreak();
    return i;
  }
  // Text-speak "the ribosome n then the tRNA": a lone lowercase n between two words is "and".
  // Also after an ion's sign: "pump kicks out 3 Na+ n brings in 2 K+" (blind batch BA).
  if (p.text === 'n' && (textSpeakSlot(ps, i) || afterIonSign(ps, i)) && ps[i + 2]?.cls === WORD) {
    out.emit('and', p.start, p.end);
    return i;
  }
  // Labelled fields: "Depolarization – ion: Na+, direction: into the cell" (blind batches AZ,
  // BI): the direction field goes on about the ion of the field before it, which is read again
  // after the label, so the ion and its direction stand in one clause.
  if (
    (p.text === 'direction' || p.text === 'directions') &&
    isPunct(next, ':') &&
    out.lastNorm() !== 'direction'
  ) {
    out.emitPiece(p);
    out.replayFieldIon();
    return i;
  }
  // Note form "ACh X bind -> no Na+ influx" (blind batch BI): a capital X between two words,
  // before a plain verb, crosses the verb out: "cannot".
  // (Pieces are folded to lower case: the capital is read from the text.)
  if (
    p.text === 'x' &&
    text.charCodeAt(p.start) === 88 &&
    textSpeakSlot(ps, i) &&
    nextWordIn(ps, i, CROSSED_OUT_VERBS)
  ) {
    out.emit('not', p.start, p.end);
    return i;
  }
  // "V↑", "V ↓" (blind batch CA): a capital V alone before an up or down arrow is the voltage,
  // as "Vm ↑" is. Only before an arrow: a lone "V" elsewhere may be a roman numeral or a label.
  if (p.text === 'v' && text.charCodeAt(p.start) === 86 && arrowUpDownNext(ps, i)) {
    out.emit('vm', p.start, p.end);
    return i;
  }
  // "it needs atp cause its going against the gradient" (blind batch CC): a clipped "because"
  // before a contracted subject. Not the verb ("would cause it to swell", "cause the cell to …").
  if (p.text === 'cause' && nextWordIn(ps, i, CLIPPED_BECAUSE_SUBJECTS)) {
    out.emit('because', p.start, p.end);
    return i;
  }
  // "Depolarization doesn't happen because potassium leaves, it's because Na+ enters" (blind
  // batch DB): the reason the answer replaces is denied, as "is not because …" is.
  if (p.text === 'because' && out.notBeforeReason() && reasonGivenInstead(ps, i, np))
    out.reasonDeniedAt = out.tokens.length;
  // Text-speak with slashes: w/o, w/, b/c.
  if ((p.text === 'w' || p.text === 'b') && isPunct(next, '/')) {
    const after = ps[i + 2];
    if (p.text === 'w' && after?.cls === WORD && after.text === 'o') {
      out.emit('without', p.start, after.end);
      return i + 2;
    }
    if (p.text === 'b' && after?.cls === WORD && after.text === 'c') {
      out.emit('because', p.start, after.end);
      return i + 2;
    }
    if (p.text === 'w') {
      out.emit('with', p.start, (next as Piece).end);
      return i + 1;
    }
  }
  // Contractions: "doesn't" → does + not; "cell's" → cell.
  if (isPunct(next, "'") && ps[i + 2]?.cls === WORD) {
    const clitic = (ps[i + 2] as Piece).text;
    if (clitic === 't' && p.text.endsWith('n') && p.text.length > 1) {
      const base = p.text.slice(0, -1);
      out.emit(NT_BASES[base] ?? base, p.start, p.end);
      out.emit('not', (next as Piece).start, (ps[i + 2] as Piece).end);
      return i + 2;
    }
    // "that's" is "thats", which opens a clause ("no proteins at all, that's simple diffusion").
    if (clitic === 's' && p.text === 'that') {
      out.emit('thats', p.start, (ps[i + 2] as Piece).end);
      return i + 2;
    }
    if (DROPPED_CLITICS.has(clitic)) {
      // "Potassium is not pumped out, it's pumped in": the spliced "it" below, in its contraction.
      if ((p.text === 'it' || p.text === 'It') && splicedItMoves(ps, i))
        out.replaySplicedSubject(clauseTextStart(ps, commaBefore(ps, i)));
      out.emitPiece(p);
      // "If the receptor were on the surface, you'd expect a fast response": "'d" is the "would"
      // of an imagined result (set 5), which the conditional rules look for.
      // Only after an "if" of the same sentence: elsewhere ("opposite to the direction they'd
      // naturally diffuse") a "would" would make a plain statement read as a supposition.
      if (clitic === 'd' && ifBefore(ps, i))
        out.emit('would', (next as Piece).start, (ps[i + 2] as Piece).end);
      return i + 2;
    }
  }
  // "Na+ gets pumped in — no wait, out.": a correction that gives only the new direction stands
  // for the corrected statement with that direction. The statement's words before its
  // direction are read again here ("Na+ gets pumped out"); the hedge rules take back the
  // statement before "no wait" as they always did (blind batches AW, AX).
  // So does one that gives the new direction from its start: "Na+ moves out of the cell to the
  // inside... I mean from outside to inside" (blind batch DX).
  if (
    (DIRECTIONS.has(p.text) || (p.text === 'from' && nextWordIn(ps, i, SIDE_WORDS))) &&
    shortFragment(ps, i, np)
  )
    out.replayCorrected();
  // "put the sodium inside of the cell" (blind batch BZ): "inside of" / "outside of" say where, as
  // "inside" / "outside" do; the "of" is not the "of" of "out of the cell".
  if ((p.text === 'of' || p.text === 'Of') && (out.lastNorm() === 'inside' || out.lastNorm() === 'outside'))
    return i;
  // "the main ion is sodium (Na+), and it moves into the cell" (blind batch BA): an "it" after
  // "and", before a verb of movement, is the ion named just before in the sentence; the ion is
  // read again in front of it.
  // Also after "so" ("… where theres more stuff dissolved … so it moves in"), and the water
  // as well as an ion ("the water is what moves, and it moves into the cell"; blind batch BC).
  const isIt = p.text === 'it' || p.text === 'It';
  // So is "…, and it moves from outside the cell to the inside" (blind batch CQ): a "from" after the verb.
  if (
    isIt &&
    IT_LINKS.has(out.lastNorm()) &&
    (moveThenDirection(ps, i) || nextTwoWordsIn(ps, i, COMMA_MOVES, FROM))
  )
    out.replayLastMover();
  // "Na+ goes out of the cell... wait no, it goes in" (blind batch DD): after a correction, an
  // "it" moving somewhere is the ion of the statement corrected, in the sentence before at most;
  // so after "actually no" ("Na+ flows out of the cell... actually no it flows in", blind batch EE).
  else if (
    isIt &&
    (out.lastNorm() === 'no' || out.lastNorm() === 'wait') &&
    CORRECTION_PAIRS.has(`${out.normBack(2)} ${out.lastNorm()}`) &&
    moveThenDirection(ps, i)
  )
    out.replayLastMover(15, 1);
  // "Na+ is crowded outside so when the gates open they rush in" (blind batch CB): a "they" before
  // a verb of movement and a direction is the ion (or water) named before it in the sentence:
  // gates and channels open, they do not rush in.
  // So after helpers: "… the toxin is blocking the entrance so they can't come in" (blind batch CR).
  // "Tons of Na+ fans waiting outside. When the doors open they rush in" (blind batch CV): with
  // none in its own sentence, one that opens with "when" (the time of the move), the ion named
  // in the sentence before.
  // "1. Depolarization - Na+ ions / 2. They move into the neuron" (blind batch DZ): a "they" that
  // opens a sentence or a line, with no mover before it there, goes on about the ions (or water)
  // that ended the one before, as an opening "It" does below.
  else if ((p.text === 'they' || p.text === 'They') && moveThenDirection(ps, helpersEnd(ps, i))) {
    if (out.replayLastMover()) {
      // the mover named before it in its own sentence
    }
    // "The Na+ are like a crowd trying to get through a packed gym exit but the doors are locked,
    // so they can't get into the cell" (blind batch EE): further back, the mover the sentence opens with.
    else if (out.replaySentenceOpeningMover()) {
      // read again
    } else if (out.sentenceOpensWith(WHEN_OPENERS)) out.replayLastMover(THEY_REACH, 1);
    else if (out.atSentenceStart() && afterFullStop(ps, i)) out.replayMoverEndingLastSentence();
    else if (out.atSentenceStart() && opensLine(ps, i)) out.replayMoverEndingLastSentence(2);
  }
  // "when the voltage gated channel opens it spills in" (blind batch CE): an "it" right after a
  // channel or gate opens, before a verb of movement and a direction, is the ion named before it:
  // the channel opens, the ion moves.
  else if (isIt && OPEN_VERBS.has(out.lastNorm()) && moveThenDirection(ps, helpersEnd(ps, i)))
    out.replayLastMover(OPENED_REACH);
  // "water will not leave the cell, it will go into the cell" (blind batch BB): an "it" that
  // opens a comma-spliced clause, before a verb of movement (after at most two helping words)
  // and a direction, is the ion or the water that began the clause before the comma. That
  // clause is closed (its "not" stays with it) and its subject read again in front of the "it".
  else if (isIt && splicedItMoves(ps, i)) out.replaySplicedSubject(clauseTextStart(ps, commaBefore(ps, i)));
  // "… main ion is sodium (Na+). It moves into the neuron." (blind batch BC): a sentence that
  // opens with "It" and a verb of movement goes on about the ion (or water) that ended the
  // sentence before (at a full stop, not a list marker); that word is read again in front of it.
  // So does "It moves from outside the cell to inside the cell" (stored batch C): a "from" after the verb.
  else if (
    isIt &&
    out.atSentenceStart() &&
    afterFullStop(ps, i) &&
    (moveThenDirection(ps, helpersEnd(ps, i)) || nextTwoWordsIn(ps, helpersEnd(ps, i), COMMA_MOVES, FROM))
  )
    out.replayMoverEndingLastSentence();
  // "1. Depolarization - Na+ / 2. moves into the cell" (stored batches AB, AC, AJ, AS, BA, BB,
  // BF, BG): a line or list item that opens with a bare verb of movement and its direction, or
  // with "into …"/"out of …" alone, goes on about the ion (or water) that ended the line before.
  else if (!isIt && out.atSentenceStart() && opensLine(ps, i) && bareMoveOpens(ps, i))
    out.replayMoverEndingLastSentence(2);
  // "Depolarization: main ion = sodium (Na+). Moves from outside to inside." (blind batch EL): a
  // sentence after a full stop that opens with a bare verb of movement (the -s form, so no
  // subject can stand before it) and a direction or a "from" goes on about the ion (or water)
  // that ended the sentence before, as an opening "It" does.
  else if (
    !isIt &&
    out.atSentenceStart() &&
    afterFullStop(ps, i) &&
    BARE_MOVES.has(p.text.toLowerCase()) &&
    (nextWordIn(ps, i, DIRECTIONS) || nextWordIn(ps, i, FROM))
  )
    out.replayMoverEndingLastSentence();
  // "The pump does not move sodium in, it moves it out." (blind batches BB, BC): an "it" between
  // a verb that moves something and a direction is the ion (or water) named before it in the
  // sentence, read in its place.
  if (isIt && OBJECT_MOVERS.has(out.lastNorm()) && directionOrBackNext(ps, i) && out.replayLastMover())
    return i;
  // "it grabs 3 sodiums from inside the cell and flips and dumps them outside" (blind batch CE):
  // a "them" there is the one kind of ion named before it (not two kinds: "Na+ and K+ … pumps
  // them out" moves both, and no one of them stands for the pair).
  if (
    p.text === 'them' &&
    OBJECT_MOVERS.has(out.lastNorm()) &&
    directionOrBackNext(ps, i) &&
    out.replaySingleMover()
  )
    return i;
  // "Depolarization … uses sodium which moves into the cell" (blind batch BH): a "which" right
  // after an ion or the water, before a verb of movement and a direction, stands for that word,
  // which is read again after it so that the new clause has its subject. Not a supposition
  // ("Sodium, which would rush in, cannot enter").
  if (
    (p.text === 'which' || p.text === 'Which') &&
    isMoverWord(out.lastNorm()) &&
    !nextWordIn(ps, i, NOT_IN_ASIDE) &&
    (moveThenDirection(ps, helpersEnd(ps, i)) || nextTwoWordsIn(ps, helpersEnd(ps, i), COMMA_MOVES, FROM))
  ) {
    out.emitPiece(p);
    out.replayLastMover();
    return i;
  }
  // "kicks out 3 na+ brings in 2 k+" (batch FP): in verb-first note form a verb of moving right after
  // an ion, with its own direction and count or ion after it, starts the next statement; the "in"
  // is the potassium's, not the sodium's.
  if (p.cls === WORD && OBJECT_MOVERS.has(p.text) && out.lastMoverAt(1) >= 0 && verbFirstNext(ps, i))
    out.clauseBreak();
  // "The genes which are used get packed tightly" (teacher set 24): a "which" right after its noun,
  // with no comma, that opens "is|are|was|were (not) <participle>" and then the main clause's verb
  // restricts the noun as "that" would, so it opens no clause and the noun keeps its verb.
  if (p.text === 'which' && ps[i - 1]?.cls === SPACE && restrictiveWhich(ps, i)) {
    out.push(RESTRICTIVE_WHICH, p.start, p.end);
    return i;
  }
  // "sodium is the one that goes into the cell" (blind batch CG): a cleft says "sodium goes into
  // the cell" with the subject stressed; its four framing words are not read.
  if (p.cls === WORD && CLEFT_VERBS.has(p.text)) {
    const end = cleftEnd(ps, i);
    if (end > 0) {
      return end;
    }
  }
  // "the inside is not so negative", "stops being so negative" (blind batch BC): "so" between a
  // linking word and the word it strengthens opens no clause.
  if ((p.text === 'so' || p.text === 'So') && intensifierSlot(ps, i)) {
    out.push(SO_INTENSIFIER, p.start, p.end);
    return i;
  }
  return -1;
}

/**
 * The main loop's rules for a word piece that change how it and its clause are read (rounds
 * 101–158: "with opposite", "once", a phase or a kind named mid-clause, a side joined to the
 * other by an arrow, spelled-out punctuation, list steps, split prefixes). Kept out of the loop
 * for speed: one function of that size was too large for V8 to inline the small helpers it
 * calls at every word. Returns the index of the last piece consumed when the word is fully read
 * (the loop goes on after it), or -1 when the loop reads on. Called only for a word in TB_EARLY,
 * digits, or after a word with LB_ bits: a new rule's words go into buildTextBits.
 */
function clauseWordRules(ps: Piece[], i: number, p: Piece, out: TokenSink, text: string): number {
  const next = ps[i + 1];
  if (WORD_RULE_WORDS.has(p.text) || (out.lastBits() & LB_AFTER_RULE) !== 0) {
    const to = wordRules(ps, i, p, out);
    if (to >= 0) {
      return to;
    }
  }
  if (p.text === 'with' && out.lastNorm() === 'opposite') {
    out.emit('to', p.start, p.end);
    return i;
  }
  // "The neuron can't fire once the gradients are used up" (blind batch BV): "once" before a
  // subject opens a clause of time, as "when" does, so the denial before it stays out of it.
  // Not "it fires once", "once again".
  if (p.text === 'once' && subjectAfter(ps, i)) out.clauseBreak();
  // "passive sometimes use a channel protein and sometimes no for example oxygen pass by the
  // membrane is passive" (blind batch CI): a bare denial closing its statement before "for
  // example" denies nothing in the example.
  if (p.text === 'for' && BARE_DENIALS.has(out.lastNorm()) && nextWordIn(ps, i, EXAMPLE_WORDS))
    out.clauseBreak();
  // "it gets more positive repolarization potassium goes out" (blind batch CA): a phase named
  // mid-clause, after a word that does not lead into it and right before an ion, opens the next
  // statement of a run-on; the fact before it is not said of it.
  if (
    p.text.length >= 14 &&
    PHASE_NOUNS.has(p.text) &&
    out.wordsInClause() > 0 &&
    !PHASE_LEADS.has(out.lastNorm()) &&
    nextWordIsIon(ps, i)
  )
    out.clauseBreak();
  // "… it needs carrier proteins called pumps ex passive co2 leaving cells ex active sodium
  // potassium pump" (blind batch ET): "ex" (for example) in a run-on opens a statement of its own;
  // the example's kind is not said of the words before it.
  if (p.text === 'ex' && out.wordsInClause() > 1 && nextWordIn(ps, i, KIND_WORDS)) out.clauseBreak();
  // "… or glucose using a carrier protein active transport needs atp …" (blind batch ES): a kind of
  // transport named mid-clause right after a noun, with a verb of its own after "transport", opens
  // the next statement of a run-on; the statement before is not said of it.
  if (
    (p.text === 'active' || p.text === 'passive') &&
    out.wordsInClause() > 1 &&
    !KIND_LEADS.has(out.lastNorm()) &&
    wordRightBefore(ps, i) &&
    nextTwoWordsIn(ps, i, TRANSPORT_WORD, KIND_VERBS)
  )
    out.clauseBreak();
  // "For every 3 Na+ pumped out only 2 K+ come in" (blind batch CV): after a direction, a count
  // of an ion with a verb of its own opens the next statement of a run-on; the ion is not the
  // object of the verb before ("pumped out … K+"). Not "pumps in only 2 K+", where it is.
  if (
    (p.text === 'only' || isDigits(p.text) || COUNT_WORDS.has(p.text)) &&
    SIDE_WORDS.has(out.lastNorm()) &&
    out.wordsInClause() > 1 &&
    countedIonWithVerb(ps, i)
  )
    out.clauseBreak();
  // "so with it blocked the gradients slowly run down" (blind batch BY): "with <it> blocked" is a
  // condition of its own; its "blocked" denies nothing after it. So is "when it's blocked".
  if ((out.lastBits() & LB_ABSOLUTE) !== 0 && absoluteWith(out.tokens, text)) out.clauseBreak();
  // "With no gradient the membrane sits near 0 mV" (blind batch CD): "with no <noun>" opening its
  // clause, before a new subject, is a condition of its own; its "no" denies nothing after it.
  else if (NEW_SUBJECT_OPENERS.has(p.text) && withNoCondition(out.tokens)) out.clauseBreak();
  // "when it stops they just even out" (blind batch DW): a clause of time or condition whose
  // subject stops or fails, with no comma, ends before a new subject; its "stops" denies
  // nothing in the main clause ("when it stops, they even out" was already read so).
  else if (NEW_SUBJECT_OPENERS.has(p.text) && stoppedCondition(out.tokens)) out.clauseBreak();
  // "K+; direction: inside to outside" (blind batch BW): a movement from one side to the other
  // written without its "from" is read with it, so "moves inside to outside" does not read as
  // "moves inside". So is one with an arrow: "Na+ moves outside -> inside" (blind batch BX).
  // (Cheap first, as this runs for every word: the length and first letter of "inside"/"outside".)
  if (
    ((p.text.length === 6 && (p.text.charCodeAt(0) | 32) === 105) ||
      (p.text.length === 7 && (p.text.charCodeAt(0) | 32) === 111)) &&
    sideToOtherSide(ps, i) &&
    !FROM_BEFORE_SIDE.has(out.lastNorm())
  )
    out.emit('from', p.start, p.end);
  // "sodium and potassium move in opposite directions", "the strands run in opposite directions"
  // (teacher set 14): "in" before a direction or a way says how something moves, not where; read
  // as "moves in", it had the answer say that sodium enters. It is left out.
  if (p.text === 'in' && mannerAfter(ps, i)) return i;
  // "3Na+ in->out, 2K+ out->in" (blind batch CK): bare sides joined by an arrow are a movement
  // from the one to the other, read as "from inside to outside" (a clause-final "in" alone would
  // read as entering). (Cheap first: only "in" and "out" get here.)
  if ((p.text === 'in' || p.text === 'out') && !FROM_BEFORE_SIDE.has(out.lastNorm())) {
    const to = bareSideArrowEnd(ps, i);
    if (to > 0) {
      const after = (ps[to] as Piece).text;
      out.emit('from', p.start, p.end);
      out.emit(p.text === 'in' ? 'inside' : 'outside', p.start, p.end);
      out.emit('to', p.start, p.end);
      out.emit(after === 'in' ? 'inside' : 'outside', (ps[to] as Piece).start, (ps[to] as Piece).end);
      return to;
    }
  }
  if (p.text === 'comma') {
    out.clauseBreak();
    return i;
  }
  if (p.text === 'period' && !PERIOD_NOUN_BEFORE.has(out.lastNorm())) {
    out.sentenceBreak();
    return i;
  }
  // "Step 2:", "STEP TWO", even run on without a full stop ("… leaves nucleus Step 2 the tRNA
  // goes …"): a list marker. It starts a new item, and its number is no count ("Step 3 tRNA
  // … codon" does not say three bases).
  if (p.text === 'step') {
    const last = stepMarkerEnd(ps, i);
    if (last > 0) {
      out.sentenceBreak();
      return last;
    }
  }
  // "non-spontaneous": the prefix and its word are one word, not "spontaneous".
  if (p.text === 'non' && isPunct(next, '-') && ps[i + 2]?.cls === WORD) {
    const word = ps[i + 2] as Piece;
    out.emit(`non${word.text}`, p.start, word.end);
    return i + 2;
  }
  // "hypo tonic", "re polarization", "hyper-polarized" (dictation and hyphens split them): a
  // tonicity or polarity prefix and its head are one word.
  // (Cheap tests first: only words of 2–5 letters starting d, h, i or r can be such a prefix.)
  if (
    p.text.length <= 5 &&
    p.text.length >= 2 &&
    isSplitFirst(p.text.charCodeAt(0) | 32) &&
    SPLIT_PREFIXES.has(p.text)
  ) {
    let k = i + 1;
    if (isPunct(ps[k], '-') || ps[k]?.cls === SPACE) k++;
    const head = ps[k];
    if (k > i + 1 && head?.cls === WORD && SPLIT_HEAD.test(head.text)) {
      out.emit(`${p.text}${head.text}`, p.start, head.end);
      return k;
    }
  }
  return -1;
}

/**
 * Rules for one word of the answer (piece i), kept out of the tokenizer's main loop: each may emit
 * tokens or break a clause. Returns the index of the last piece consumed when the word is fully
 * read (the loop goes on after it), or -1 when the loop should read the word as usual.
 */
function wordRules(ps: Piece[], i: number, p: Piece, out: TokenSink): number {
  // "take out 3 ions of sodium (Na+)" (blind batch DB, an English learner): "ions of <ion>" is
  // the ion, so the verb before reaches it as it reaches "3 sodium".
  if ((p.text === 'ions' || p.text === 'ion') && ionsOfIon(ps, i)) {
    return i + 3;
  }
  // "either Na+ or K+ goes in, I always mix them up" (blind batch DD): an ion left open between
  // two names neither of them; it reads as "ion", so it says nothing of sodium or potassium.
  if (p.text === 'either') {
    const to = eitherIonEnd(ps, i);
    if (to > 0) {
      // Each name becomes "ion"; "either" and "or" stay, so a doubt after them ("…, I forget
      // which") still looks back at the choice alone.
      const a = ionEndAt(ps, i + 2);
      out.emitPiece(p);
      out.emit('ion', (ps[i + 2] as Piece).start, (ps[a] as Piece).end);
      out.emitPiece(ps[a + 2] as Piece);
      out.emit('ion', (ps[a + 4] as Piece).start, (ps[to] as Piece).end);
      return to;
    }
  }
  // "The cell basically loses a plus charge every time the pump turns" (blind batch ER): "plus"
  // before a charge noun is "positive", as a lone "+" there is.
  if (p.text === 'plus' && nextWordIn(ps, i, CHARGE_NOUNS)) {
    out.emit('positive', p.start, p.end);
    return i;
  }
  // "Pasive transport is when the molecules move with out energy" (blind batch DL): "with out"
  // written apart is "without"; not "with out of the cell".
  if (p.text === 'with' && nextWordIn(ps, i, OUT_WORD) && !nextWordIn(ps, i + 2, OF_WORD)) {
    out.emit('without', p.start, (ps[i + 2] as Piece).end);
    return i + 2;
  }
  // "let 2 K+ employees IN even though its already packed" (blind batch DE): "even though"
  // opens its clause at "even", so the "in" before it ends the statement it completes.
  if (p.text === 'even' && nextWordIn(ps, i, EVEN_LINKS)) out.clauseBreak();
  // "3 Na+ kids off into the snow" (blind batch DD): "off into" a place outside is out. Not "get
  // off into the cell" (blind batch BQ: passengers leaving the ferry go in).
  if (p.text === 'off' && nextWordIn(ps, i, INTO) && !insideAfterInto(ps, i + 2)) {
    out.emit('out', p.start, p.end);
    return i + 2;
  }
  // "everyone (sodium) rushes onto the ice aka into the cell" (blind batch DC): "aka" before a
  // place restates the place before it; the statement's words before that place are read again
  // in front of the new one, as a new clause ("everyone (sodium) rushes into the cell").
  if (p.text === 'aka' && nextWordIn(ps, i, GLOSSED_PLACES)) {
    out.replayGlossed();
    return i;
  }
  // "all the sodium fans outside push IN" (blind batch DB): a side right after the ion (or a word
  // naming it), before the ion's own movement, says where the ion stands, not where it goes.
  if (
    (p.text === 'outside' || p.text === 'inside') &&
    out.moverInClause(3) &&
    (nextTwoWordsIn(ps, i, COMMA_MOVES, DIRECTIONS) || nextWordIn(ps, i, CROSSING_MOVES))
  )
    return i;
  // "When pump not work the neuron lose his gradient slowly" (blind batch DD, an English learner):
  // a condition "when/if <subject> not work" ends at its verb; the subject after it opens the
  // main statement, which its "not" does not deny.
  if (
    STOPPED_VERBS.has(out.lastNorm()) &&
    out.normBack(2) === 'not' &&
    CONDITION_OPENERS.has(out.clauseFirstNorm()) &&
    (MAIN_SUBJECT_OPENERS.has(p.text) || isIonWord(p.text))
  )
    out.clauseBreak();
  // "No gradient means resting potential ~0 mV" (blind batch DH): a "no <noun>" subject denies
  // only itself; what it "means" is a statement of its own.
  if (
    (p.text === 'means' || p.text === 'meaning') &&
    out.clauseFirstNorm() === 'no' &&
    out.wordsInClause() <= 3
  )
    out.segmentBreak();
  // "the resting potential isnt -70 anymore its closer to 0" (blind batch DC): "anymore" closes
  // its denial; a subject after it in a run-on opens the next statement, which it does not deny.
  if (out.lastNorm() === 'anymore' && AFTER_ANYMORE.has(p.text)) out.clauseBreak();
  return -1;
}

/** Words opening a place that "aka" may restate ("onto the ice aka into the cell"). */
const GLOSSED_PLACES: ReadonlySet<string> = new Set([
  'onto',
  'into',
  'in',
  'inside',
  'out',
  'outside',
  'to',
  'toward',
  'towards',
  'through',
  'off',
]);

/** Verbs that cross the membrane without a direction word ("the sodium outside enters"). */
const CROSSING_MOVES: ReadonlySet<string> = new Set(['enter', 'enters', 'leave', 'leaves', 'exit', 'exits']);

/** The two words of a correction, as "no wait" and "wait no". */
const CORRECTION_PAIRS: ReadonlySet<string> = new Set(['wait no', 'no wait', 'actually no']);

/** Words that make "even" open a clause ("even though", "even if"). */
const EVEN_LINKS: ReadonlySet<string> = new Set(['though', 'tho', 'if', 'when', 'after']);

/** "into", after "off". */
const INTO: ReadonlySet<string> = new Set(['into']);
/** "out", after "with"; "of", after "with out". */
const OUT_WORD: ReadonlySet<string> = new Set(['out']);
const OF_WORD: ReadonlySet<string> = new Set(['of']);

/** For "into" at piece k: whether the cell's inside follows ("into the cell", "into it"). */
function insideAfterInto(ps: Piece[], k: number): boolean {
  let j = k + 2;
  if (ARTICLES.has(ps[j]?.text ?? '')) j += 2;
  const w = ps[j];
  return w === undefined || (w.cls === WORD && INSIDE_PLACES.has(w.text));
}
/** Words naming the cell or its inside, after "into". */
const INSIDE_PLACES: ReadonlySet<string> = new Set([
  'cell',
  'cells',
  'neuron',
  'neurons',
  'inside',
  'interior',
  'cytoplasm',
  'it',
  'postsynaptic',
  'muscle',
]);

/** The last piece of an ion named at piece k ("Na+", "sodium"), or -1. */
function ionEndAt(ps: Piece[], k: number): number {
  const p = ps[k];
  if (p === undefined || p.cls !== WORD) return -1;
  const ion = readIon(ps, k);
  if (ion) return ion.last;
  return isIonWord(p.text) ? k : -1;
}

/** For "either" at piece i: the last piece of "either <ion> or <ion>", or -1. */
function eitherIonEnd(ps: Piece[], i: number): number {
  if (ps[i + 1]?.cls !== SPACE) return -1;
  const a = ionEndAt(ps, i + 2);
  if (a < 0 || ps[a + 1]?.cls !== SPACE || ps[a + 2]?.text !== 'or' || ps[a + 3]?.cls !== SPACE) return -1;
  return ionEndAt(ps, a + 4);
}

/** Verbs a condition denies of the pump ("when pump not work", "if it not working"). */
const STOPPED_VERBS: ReadonlySet<string> = new Set([
  'work',
  'works',
  'working',
  'run',
  'runs',
  'running',
  'function',
  'functioning',
]);
/** Last words emitted after which a rule in {@link wordRules} may apply. */
const AFTER_RULE_WORDS: ReadonlySet<string> = new Set(['anymore', ...STOPPED_VERBS]);
/** Words that open the main statement after such a condition. */
const MAIN_SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'it',
  'they',
  'neuron',
  'cell',
  'membrane',
  'resting',
  'ions',
  'then',
]);

/** Subjects that, right after "anymore", open the next statement of a run-on. */
const AFTER_ANYMORE: ReadonlySet<string> = new Set(['it', 'its', 'they', 'theyre', 'now', 'instead']);

/** Prepositions of a short phrase that may open a clause before its subject ("During depolarization Na+ …"). */
const LEADING_PREPOSITIONS = new Set(['during', 'in', 'at', 'for']);

/** Verbs whose object "it", before a direction, is the ion or water named before ("moves it out"). */
const OBJECT_MOVERS = new Set(
  'move moves moved moving pump pumps pumped pumping push pushes pushed pushing bring brings brought bringing send sends sent sending take takes took taking kick kicks kicked kicking put puts putting carry carries carried carrying transport transports transported dump dumps dumped dumping'.split(
    ' ',
  ),
);

/** True when a direction and then an ion, or a count and its ion, follow piece i ("brings in 2 k+", "pumps out na+"). */
function verbFirstNext(ps: Piece[], i: number): boolean {
  if (!nextWordIn(ps, i, DIRECTIONS)) return false;
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  let k = j + 1;
  if (ps[k]?.cls === SPACE) k++;
  const w = ps[k];
  if (w === undefined || w.cls !== WORD) return false;
  if (isMoverWord(w.text.toLowerCase())) return true;
  // A count, then its ion ("in 2 k+"); not a list number ("moves IN 3. RBC swells"; blind batch CL).
  let m = k + 1;
  if (ps[m]?.cls === SPACE) m++;
  const ion = ps[m];
  return isDigits(w.text) && ion !== undefined && ion.cls === WORD && isMoverOrPlural(ion.text.toLowerCase());
}

/** True when a direction, or "back" and a direction, follows piece i ("it out", "it back in"). */
function directionOrBackNext(ps: Piece[], i: number): boolean {
  return nextWordIn(ps, i, DIRECTIONS) || nextTwoWordsIn(ps, i, BACK, DIRECTIONS);
}
const BACK = new Set(['back']);

/** Words after which an "it" before a verb of movement is the ion or water named before. */
const IT_LINKS = new Set(['and', 'so']);

/** Words that may stand between a subject and its verb of movement ("it will go", "it then moves"). */
const MOVE_HELPERS = new Set([
  'will',
  'would',
  'can',
  'could',
  'does',
  'did',
  'then',
  'just',
  'also',
  'instead',
  // "they all rush in" (not "they both …", which is two ions, not the last one named)
  'all',
  // Denied helpers: "so they can't come in" (blind batch CR); the "not" is read where it stands.
  'cant',
  'cannot',
  'wont',
  'dont',
  'doesnt',
  'didnt',
  'wouldnt',
  'couldnt',
]);

/** The last piece of up to two helping words right after piece i, or i itself when none follows. */
function helpersEnd(ps: Piece[], i: number): number {
  let at = i;
  for (let n = 0; n < 2; n++) {
    let j = at + 1;
    if (ps[j]?.cls === SPACE) j++;
    const w = ps[j];
    if (w === undefined || w.cls !== WORD || !MOVE_HELPERS.has(w.text)) break;
    at = j;
    // "can't", "won't": the apostrophe and "t" belong to the helper.
    if ((ps[at + 1]?.text === "'" || ps[at + 1]?.text === '’') && ps[at + 2]?.text === 't') at += 2;
  }
  return at;
}

/** Whether an "if" stands earlier in the sentence of piece i (at most 40 pieces back). */
function ifBefore(ps: Piece[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 40; j--) {
    const q = ps[j] as Piece;
    if (q.text === '.' || q.text === '!' || q.text === '?' || q.text.includes('\n')) return false;
    if (q.cls === WORD && (q.text === 'if' || q.text === 'If' || q.text === 'IF'))
      // "If you asked what's the same, they'd both be passive": a question put, not a case imagined.
      return !(ps[j + 2]?.text === 'you' && /^ask/.test(ps[j + 4]?.text ?? ''));
  }
  return false;
}

/** The index of the comma (or semicolon) right before piece i (spaces skipped), or -1. */
function commaBefore(ps: Piece[], i: number): number {
  let j = i - 1;
  if (ps[j]?.cls === SPACE) j--;
  // A semicolon splices the same way: "Na+ does not leave the cell; it comes in" (blind batch BT),
  // and a spaced dash: "sodium doesn't stay outside - it floods in" (blind batch BZ).
  if (ps[j]?.text === ',' || ps[j]?.text === ';') return j;
  return ps[j]?.text === '-' && ps[j - 1]?.cls === SPACE ? j : -1;
}

/** Punctuation that ends the clause before a comma-spliced "it". */
const SPLICE_STOPS = new Set([',', ';', ':', '.', '!', '?', '(', ')']);
/** How far back (pieces, and tokens) the clause before a comma-spliced "it" is looked for. */
const SPLICE_REACH = 40;

/** The character offset where the clause ending at the comma piece c begins (after the punctuation before it). */
function clauseTextStart(ps: Piece[], c: number): number {
  for (let j = c - 1; j >= 0 && j >= c - SPLICE_REACH; j--) {
    const q = ps[j] as Piece;
    if (SPLICE_STOPS.has(q.text) || q.text.includes('\n')) return q.end;
  }
  // Too far back to be a short clause: nothing is read again.
  return c - SPLICE_REACH <= 0 ? 0 : Number.MAX_SAFE_INTEGER;
}

/** Whether a full stop ends the words right before piece i (not a list marker: "sodium3: it enters" is two items). */
function afterFullStop(ps: Piece[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (ps[j] as Piece).cls === SPACE) j--;
  const before = ps[j - 1];
  return ps[j]?.text === '.' && before !== undefined && before.cls !== SPACE && !isDigits(before.text);
}

/** Whether an up or down arrow follows piece i, glued or after one space. */
function arrowUpDownNext(ps: Piece[], i: number): boolean {
  const j = ps[i + 1]?.cls === SPACE ? i + 2 : i + 1;
  const t = ps[j]?.cls === PUNCT ? ps[j]?.text : undefined;
  return t === '↑' || t === '⬆' || t === '↓' || t === '⬇';
}

/** Plain verbs that a note-form "X" before them crosses out ("ACh X bind"). */
const CROSSED_OUT_VERBS = new Set(
  'bind attach fit open enter get go move flow fire depolarize depolarise reach cross work happen pass'.split(
    ' ',
  ),
);

/** Words after which "so" strengthens the next word instead of opening a clause ("not so", "being so"). */
const SO_INTENSIFIED_AFTER = new Set(
  'not as being be is are was were become becomes becoming get gets getting got stay stays'.split(' '),
);
/** Words after "so" that show it opens a clause after all ("is so that", "was so it"). */
const SO_CLAUSE_NEXT = new Set('that it the they we you he she there this these those a an i'.split(' '));

/** Whether the "so" at piece i stands between a linking word and the word it strengthens, spaces only around it. */
function intensifierSlot(ps: Piece[], i: number): boolean {
  const before = ps[i - 2];
  const after = ps[i + 2];
  return (
    ps[i - 1]?.cls === SPACE &&
    ps[i + 1]?.cls === SPACE &&
    before?.cls === WORD &&
    after?.cls === WORD &&
    SO_INTENSIFIED_AFTER.has(before.text) &&
    !SO_CLAUSE_NEXT.has(after.text)
  );
}

/** Whether piece `i` stands alone between spaces right after an ion's sign ("Na+ n brings"). */
function afterIonSign(ps: Piece[], i: number): boolean {
  const sign = ps[i - 2];
  return (
    ps[i - 1]?.cls === SPACE &&
    ps[i + 1]?.cls === SPACE &&
    sign !== undefined &&
    (sign.text === '+' || sign.text === '-') &&
    ps[i - 3]?.cls === WORD
  );
}

/** Whether piece `i` stands alone between spaces, after a word that is not a number. */
function textSpeakSlot(ps: Piece[], i: number): boolean {
  const before = ps[i - 2];
  return (
    ps[i - 1]?.cls === SPACE &&
    ps[i + 1]?.cls === SPACE &&
    // "O2 goes in cells (passive) n sodium potassium pump (active)" (blind batch CI): after a
    // closing bracket too
    ((before?.cls === WORD && !isDigits(before.text)) || isPunct(before, ')')) &&
    ps[i + 2]?.cls === WORD
  );
}

/**
 * Tokenizes text. Deterministic; linear in the length of `text`. `answer`: the text is a
 * student's answer, so words glued by a lost line break without a capital at the seam are split
 * into the known words they are made of (never in rubric text, whose words define what is known):
 * the content words of `glue`, the question's rubric's (every rubric's compiled so far when none
 * is given, as in tools and tests).
 */
export function tokenize(text: string, answer = false, glue?: GlueWords): Token[] {
  const np = pieces(text, answer, glue);
  const ps = pool;
  const out = new TokenSink();
  /** Index of the ")" closing a short aside whose "(" did not break the clause, or -1. */
  let asideClose = -1;
  /** The number of the last list marker ("1.", "nucleus2."), so a glued "ER3." can continue the list. */
  let lastMarker = 0;
  /** Index of the comma closing a ", which …," aside between a subject and its verb, or -1. */
  let relativeClose = -1;
  /** The subject before that aside: tokens [subjectFrom, subjectTo). */
  let subjectFrom = 0;
  let subjectTo = 0;
  /** The piece of the verb after a bare relative aside ("the K+ that are crammed inside get off"), or -1. */
  let bareRelativeVerb = -1;
  /** Index of the comma closing a gloss's restatement ("the sodio, I mean sodium, to …"), or -1. */
  let glossClose = -1;
  /** Whether the answer may hold a gloss at all (checked once, so most answers never look). */
  const mayGloss = /\bi mean/i.test(text);
  /** Whether the answer may reassign a statement ("…, wait no, that's active"); checked once. */
  // (Curly apostrophes are folded only later, when pieces are read.)
  const mayReassign = answer && /\bthat['\u2019]?s |\bthat is /i.test(text);
  /** A reassignment found at its statement's subject: its correction's pieces are skipped. */
  let reassigned: Reassignment | undefined;
  /** Single-letter labels of a compared pair ("P: … / A: …"), read as the words they abbreviate. */
  const letters = answer && text.includes(':') ? pairLabels(text) : undefined;
  /** Capital letters the answer defines in a legend ("A = ACh, R = receptor"), or undefined. */
  const legend = answer && text.includes('=') ? letterLegend(text) : undefined;
  /** A table typed as the answer (table-rows.ts); undefined, and never allocated, for every other answer. */
  const layout = answer ? tableLayout(text) : undefined;
  /** Where each body row of a table of compared cases begins (table-rows.ts), or undefined. */
  const fieldRows = answer && layout === undefined ? fieldRowStarts(text) : undefined;
  let fieldRow = 0;
  /** Cells under a "Water movement" heading that open with a direction, each with its mover (table-rows.ts). */
  const movers = answer && layout === undefined ? moverCells(text) : undefined;
  const table = layout === undefined ? undefined : new TableCells(layout);

  for (let i = 0; i < np; i++) {
    // "Passive transport uses ATP - wait no, that's active.": the correction is not read; its
    // subject was read in the statement's place.
    if (reassigned !== undefined && i === reassigned.from) {
      i = reassigned.to - 1;
      reassigned = undefined;
      continue;
    }
    const p = ps[i] as Piece;
    const prev = ps[i - 1];
    const next = ps[i + 1];
    if (p.cls === NEWLINE) {
      if (table !== undefined) table.lineEnd(p, out);
      else out.sentenceBreak();
      continue;
    }
    if (p.cls === SPACE) continue;
    // The "vs" of an "A vs B" heading over piped rows is a cell boundary (table-rows.ts).
    if (table !== undefined && p.cls === WORD && table.separatesAt(p.start)) {
      table.pipe(p, out);
      continue;
    }
    // A row of a table of compared cases is read as "in <first cell>, …".
    if (fieldRows !== undefined && p.start === fieldRows[fieldRow]) {
      fieldRow++;
      out.emit('in', p.start, p.start);
    }
    // "Water movement | into the cell": the cell is read under its heading, "water moves into the cell".
    if (movers !== undefined && p.cls === WORD && movers.has(p.start)) {
      out.emit(movers.get(p.start) as string, p.start, p.start);
      out.emit('moves', p.start, p.start);
    }
    if (p.cls === PUNCT) {
      const t = p.text;
      if (table !== undefined && (t === '|' || table.separatesAt(p.start))) {
        table.pipe(p, out, ps[bareNoAfter(ps, i, np)], emptyCellAfter(ps, i, np));
        continue;
      }
      // "Na+ moves ~~out of~~ into the axon": struck-through words (Markdown, as Discord shows
      // them; a teacher typing up a crossed-out word) are taken back, so they are not read at all.
      // So is "[crossed out: hypertonic] hypotonic", as typed up from paper, and the same in round
      // brackets ("Repol: (crossed out: Na+ out) K+ out"; blind batch BG).
      const close =
        t === '~' && isPunct(next, '~')
          ? strikeEnd(ps, i, np)
          : t === '['
            ? crossedOutEnd(ps, i, np)
            : t === '('
              ? crossedOutEnd(ps, i, np, ')')
              : 0;
      if (close > 0) {
        i = close;
        continue;
      }
      if (t === '.' && leadingDotDecimal(ps, i)) {
        // "q = .4", "sqrt(.16)": a decimal written without its leading zero is that number, "0.4";
        // read as a full stop and "4", "q=.4" had missed "q is 0.4" (teacher set 23).
        const digits = ps[i + 1] as Piece;
        out.emit(`0.${digits.text}`, p.start, digits.end);
        i += 1;
        continue;
      }
      if (t === '.' && isAbbreviationDot(ps, i)) {
        // "e.g." and "i.e." introduce an example; they do not end the sentence.
        if (prev?.text === 'g' || (prev?.text === 'e' && isPunct(ps[i - 2], '.'))) out.clauseBreak();
      } else if (t === '.' && (isPunct(next, '.') || isPunct(prev, '.'))) {
        // An ellipsis ("sodium goes in... or maybe not") trails a thought; it does not end the sentence.
        // Between a verb of movement and its direction ("K+ going... in? wait no, out"; blind batch
        // CE) it is a pause inside the statement, which goes on through it.
        if (!isPunct(prev, '.') && !(PAUSED_MOVES.has(out.lastNorm()) && directionAfterDots(ps, i)))
          out.clauseBreak();
      } else if (t === '.' || t === '!' || t === '?') out.sentenceBreak();
      else if (isArrowPiece(ps, i) && isIonWord(out.lastNorm()) && carriedAfter(ps, i)) {
        // "1. Na+ -> pumped out (3)" (blind batch CJ): an arrow from an ion to what is done to it
        // is "is"; the ion stays the subject of its statement.
      } else if (isArrowPiece(ps, i) && verbArrowInto(ps, i, np)) {
        // "water goes → into cell" (blind batch BM): the arrow only points the verb on to where it
        // goes; "into" is never the subject of a consequence, so the clause goes on.
      } else if (isArrowPiece(ps, i) && directionAfter(ps, i)) {
        // "Na+ → out", "water -> in": an arrow before a direction is the movement itself.
        out.emit('moves', p.start, p.end);
      } else if (isArrowPiece(ps, i) && (levelArrow(ps, i) || placeArrow(ps, i) || numberArrow(ps, i))) {
        // "high → low", "low -> high", "inside → outside", "-70 → +30 mV": an arrow between two
        // levels, two sides of the membrane or two numbers reads "to".
        out.emit('to', p.start, p.end);
      } else if (t === '(' && bracketedPrefix(ps, i)) {
        // "down its (electro)chemical gradient" (blind batch BP): a prefix in brackets is one word
        // with what it is glued to.
        const word = ps[i + 3] as Piece;
        out.emit(`${(ps[i + 1] as Piece).text}${word.text}`, p.start, word.end);
        i += 3;
      } else if (t === '(' && relativeAside(ps, i, np, out, ')') > 0) {
        // "K+ (which was crowded inside) leaves" (blind batch BP): the same aside as between commas.
        relativeClose = relativeAside(ps, i, np, out, ')');
        subjectFrom = out.subjectStart();
        subjectTo = out.tokens.length;
        out.clauseBreak();
      } else if (t === '(' && measureAside(ps, i, np, out) > 0) {
        relativeClose = measureAside(ps, i, np, out);
        subjectFrom = out.subjectStart();
        subjectTo = out.tokens.length;
        out.clauseBreak();
      } else if (
        t === '(' &&
        (!lastWordIn(ps, i, DIRECTIONS) || ionAside(ps, i) || nextWordIn(ps, i, LEVEL_WORDS)) &&
        shortAside(ps, i, np, ')', lastWordIn(ps, i, DIRECTIONS))
      ) {
        // "sodium (Na+) goes into the cell": a short parenthesis restates a word; the clause
        // goes on through it (its closing bracket is skipped below). Not after a note-form
        // direction ("2 K+ in (both against gradient)"), which ends its statement, unless it
        // gives that side's level: "Na+ goes from outside (high conc.) to inside" (stored batch P).
        asideClose = shortAside(ps, i, np, ')', lastWordIn(ps, i, DIRECTIONS));
      } else if (t === '[' && shortAside(ps, i, np, ']')) {
        // "[Na+] inside rises": square brackets around an ion are its concentration, as in
        // chemistry; the clause goes on through them.
        asideClose = shortAside(ps, i, np, ']');
      } else if ((t === ')' || t === ']') && i === asideClose) {
        asideClose = -1;
      } else if (t === ',' && i === glossClose) {
        // The comma closing a gloss's restatement: the sentence goes on through it.
        glossClose = -1;
      } else if (t === ':' && out.wordsInClause() <= HEADING_MAX_WORDS) {
        // A short heading opening a clause ("APs: fewer and fewer", "Energy: passive none") introduces its
        // statement; the clause goes on through the colon.
      } else if ((t === ',' || t === ')') && i === relativeClose) {
        // The comma closing a ", which …," aside: the subject's own verb follows. The verb's
        // clause starts with the subject again (the same words, read a second time), so subject
        // and verb stand in one clause as they would without the aside, and the aside's words
        // ("more concentrated outside the cell") stay out of it.
        out.clauseBreak();
        out.replay(subjectFrom, subjectTo);
        relativeClose = -1;
      } else if (t === ',' && relativeAside(ps, i, np, out) > 0) {
        // "Sodium ions, which are more concentrated outside, diffuse into the cell": remember the
        // subject; the aside is a clause of its own. (Asked twice only at such a comma: rare.)
        relativeClose = relativeAside(ps, i, np, out);
        subjectFrom = out.subjectStart();
        subjectTo = out.tokens.length;
        out.clauseBreak();
      } else if (t === ',' && whereAside(ps, i, np, out) > 0) {
        // "Na+ moves from outside the cell, where its concentration is high, to inside the cell"
        // (blind batch EN): a ", where …," aside between a movement's start and its end is a clause
        // of its own; the movement so far is read again before the "to" that goes on with it.
        relativeClose = whereAside(ps, i, np, out);
        subjectFrom = out.currentClauseStart();
        subjectTo = out.tokens.length;
        out.clauseBreak();
      } else if (
        (t === ',' || t === ';') &&
        out.wordsInClause() <= 4 &&
        (nextWordIn(ps, i, COMMA_MOVES) || nextTwoWordsIn(ps, i, MOVING_PARTICIPLES, MOVE_DIRECTIONS))
      ) {
        // "Depolarization: Na+ ions, move into the axon": a stray comma between a short subject and
        // its verb of movement does not cut the subject off (blind batch AT). It still ends a
        // negation: in "Passive = no cellular energy, moves down the gradient" the "no" stays put.
        // So does a participle with its direction: "sodium ions, moving inward, …" (blind batch DQ),
        // and a semicolon in a list of fields: "Depolarization: Na+ ; moves into the neuron" (stored
        // batch AS).
        out.segmentBreak();
      } else if (t === ',' && directionNext(ps, i)) {
        // "Water goes to the higher concentration, into the cell", "Potassium (K+), out of the
        // cell": a destination added after a comma goes on with its clause. Not "inside", which
        // often starts a statement (", inside charge climbs").
      } else if (',;:()[]{}→>'.includes(t)) out.clauseBreak();
      // "P: low→high | A: high→low": a pipe before a labelled statement separates statements as a
      // semicolon does. Other pipes stay transparent: "Depolarization | Na+ | into cell" is one row.
      else if (t === '|' && labelAfter(ps, i)) out.clauseBreak();
      // "no pump = gradient goes away = resting potential less negative": a spaced equals sign
      // chains note-form steps, so a cue in one does not negate the next. Only the negation
      // segment ends: in "calcium pump = active" the label after it still names the clause.
      else if (t === '=' && isGap(prev) && isGap(next)) out.segmentBreak();
      // "ACh ≠ bind receptor", "Na+ ≠ enter" (blind batch BP): a not-equals sign before a word is "not".
      else if (t === '≠' && (next?.cls === WORD || (next?.cls === SPACE && ps[i + 2]?.cls === WORD)))
        out.emit('not', p.start, p.end);
      // "+ve" / "-ve": the British shorthand for positive / negative.
      else if ((t === '+' || t === '-') && isGap(prev) && next?.cls === WORD && next.text === 've') {
        out.emit(t === '+' ? 'positive' : 'negative', p.start, next.end);
        i++;
      }
      // "Na in → +", "K out -> -": a lone sign right after an arrow is the charge it leads to.
      // The cell becomes that charge: "D: Na in → + / R: K out → -" (blind batch BU).
      else if ((t === '+' || t === '-') && isGap(prev) && endsSign(next) && arrowBefore(ps, i)) {
        out.emit('becomes', p.start, p.end);
        out.emit(t === '+' ? 'positive' : 'negative', p.start, p.end);
      }
      // "inside more -": a lone sign after more/less is the charge word (before the dash rule below).
      // Not a dash after a place that opens a new statement: in "sodium doesn't stay outside - it
      // floods in" the dash joins two clauses (blind batch BZ); "inside - again" is still a charge.
      else if (
        (t === '+' || t === '-') &&
        endsSign(next) &&
        lastWordIn(ps, i, SIGN_AFTER) &&
        !(
          t === '-' &&
          isGap(next) &&
          lastWordIn(ps, i, PLACES_BEFORE_DASH) &&
          nextWordIn(ps, i, CLAUSE_OPENERS)
        )
      )
        out.emit(t === '+' ? 'positive' : 'negative', p.start, p.end);
      // "depolarize (+)", "repolarize (-, back to resting)": a sign alone in brackets is a charge.
      else if ((t === '+' || t === '-') && isPunct(prev, '(') && (isPunct(next, ')') || isPunct(next, ',')))
        out.emit(t === '+' ? 'positive' : 'negative', p.start, p.end);
      // "→ + inside", "- inside again": a lone sign before inside/outside is its charge.
      else if ((t === '+' || t === '-') && isGap(prev) && isGap(next) && nextWordIn(ps, i, INSIDE_OUTSIDE))
        out.emit(t === '+' ? 'positive' : 'negative', p.start, p.end);
      // "moves to the + end", "toward the - electrode" (teacher set 13): a lone sign between an
      // article or a preposition and an end, side or pole names its charge.
      else if (
        (t === '+' || t === '-' || t === '−') &&
        isGap(prev) &&
        isGap(next) &&
        lastWordIn(ps, i, BEFORE_POLE) &&
        nextWordIn(ps, i, POLE_NOUNS)
      )
        out.emit(t === '+' ? 'positive' : 'negative', p.start, p.end);
      // "net + out", "net loss of 1 + per cycle", "3 + out vs 2 + in": a lone plus after a count
      // or "net" is a positive charge.
      else if (t === '+' && isGap(prev) && endsSign(next) && chargeCountBefore(ps, i))
        out.emit('positive', p.start, p.end);
      // "the inside keeps losing + charge", "one + charge short every round" (blind batch CK): a lone
      // plus before a charge noun is the word "positive".
      else if (t === '+' && isGap(prev) && isGap(next) && nextWordIn(ps, i, CHARGE_NOUNS))
        out.emit('positive', p.start, p.end);
      // "3+ out vs 2+ in" (blind batch BS): a plus glued to a count, before a direction, is the
      // charges that move.
      else if (
        t === '+' &&
        prev?.cls === WORD &&
        isDigits(prev.text) &&
        isGap(next) &&
        nextWordIn(ps, i, DIRECTIONS)
      )
        out.emit('positive', p.start, p.end);
      // A dash or a slash between spaces ("3 Na+ out / 2 K+ in") separates two statements;
      // glued slashes ("Na+/K+", "and/or") stay inside the phrase.
      // Not a dash before a bare verb of movement: "Depolarization - sodium (Na+) - moves into the
      // neuron" names the subject, then what it does (blind batch AI).
      else if ((t === '-' || t === '/') && isGap(prev) && isGap(next)) {
        // Nor before a count and a participle: "Na+ ions - 3 pumped out" (blind batch AN).
        // Nor before a direction: "Depolarization – Na+ – into the cell – …" names the ion, then
        // where it goes (blind batch AY).
        // Nor between one-word fields of a note-form row: "Depol / Na+ / in / +ve" (blind batch CM)
        // is one statement, as the same row in a table is.
        if (
          // The plural's verb too: "Depolarization - Na+ ions - move into the neuron" (blind batch CT).
          !(t === '-' && (nextWordIn(ps, i, COMMA_MOVES) || countThenMoved(ps, i) || directionNext(ps, i))) &&
          !oneWordFields(ps, i) &&
          // Nor a slash between an ion and its direction: "Depol: Na+ / inward" (blind batch DK).
          !(t === '/' && ionBeforeGap(ps, i) && nextWordIn(ps, i, MOVE_DIRECTIONS))
        )
          out.clauseBreak();
      }
      // A typed em dash, "--" between spaces, separates statements like a single spaced dash
      // ('"3 Na+ out, 2 K+ in" -- "3 out 2 in"'; blind batch AG).
      // Not before a direction or a bare verb of movement, as with a single dash: "Depol -- Na+ --
      // into cell" (blind batch DF) names the ion, then where it goes.
      else if (t === '-' && isGap(prev) && isPunct(next, '-') && isGap(ps[i + 2])) {
        if (!(nextWordIn(ps, i + 1, COMMA_MOVES) || directionNext(ps, i + 1))) out.clauseBreak();
        i++;
      } else if (
        (t === '-' || t === '+') &&
        gapOrAbout(prev) &&
        next?.cls === WORD &&
        mvDigits(next.text) > 0
      ) {
        // "-70mV": the signed number, then its unit.
        const d = mvDigits(next.text);
        out.emit(`${t}${next.text.slice(0, d)}`, p.start, next.start + d);
        out.emit('mv', next.start + d, next.end);
        i += 1;
      } else if ((t === '-' || t === '+') && gapOrAbout(prev) && next?.cls === WORD && isDigits(next.text)) {
        // A signed number such as "-70" (mV), also after "~" ("back to ~-70").
        const num = readNumber(ps, i + 1);
        out.emit(`${t}${num.text}`, p.start, num.end);
        i = num.last;
      } else if (
        (t === '-' || t === '+') &&
        gapOrAbout(prev) &&
        next?.cls === WORD &&
        APPROX.test(next.text)
      ) {
        // "-70 → -40ish → 0" (blind batch CN): an approximate signed number keeps its sign.
        out.emit(`${t}${(APPROX.exec(next.text) as RegExpExecArray)[1]}`, p.start, next.end);
        i += 1;
      } else if (t === '&') out.emit('and', p.start, p.end);
      // "q = √0.16": the root sign is a word a teacher can name ("sqrt|root"); dropped, "q" and
      // "0.16" had stood side by side (teacher set 23).
      else if (t === '√') out.emit('sqrt', p.start, p.end);
      // "tonicity = hypotonic/hypertonic/isotonic" (blind batch BN): a glued slash between words of
      // one set of alternatives lists them, as "or" does; none of them is claimed.
      else if (t === '/' && slashAlternatives(prev, next)) out.emit('or', p.start, p.end);
      // Note-form answers use arrows for change ("membrane potential ↑"); read them as the verb
      // they stand for so rubric wording about rising and falling applies to them too.
      // Right before a gradient, though, the arrow is the way along it: "↓ gradient" is down the
      // gradient, "↑ gradient" up (against) it.
      else if ((t === '↑' || t === '⬆' || t === '↓' || t === '⬇') && nextWordIn(ps, i, GRADIENT_WORDS))
        out.emit(t === '↑' || t === '⬆' ? 'up' : 'down', p.start, p.end);
      else if (t === '↑' || t === '⬆') out.emit('increases', p.start, p.end);
      else if (t === '↓' || t === '⬇') out.emit('decreases', p.start, p.end);
      continue;
    }
    // The verb after a bare relative aside ("the K+ that are crammed inside get off"): the subject
    // is read again in front of it, as after a ", which …," aside.
    if (i === bareRelativeVerb) {
      out.clauseBreak();
      out.replay(subjectFrom, subjectTo);
      bareRelativeVerb = -1;
    }
    // "the K+ fans who were inside leave through their own gates" (blind batch CE): a relative
    // clause without commas that only says where the ion was is an aside of its own; its place
    // ("inside") is not a direction of the movement after it.
    if ((p.text === 'who' || p.text === 'that' || p.text === 'which') && bareRelativeVerb < 0) {
      const verb = bareRelativeEnd(ps, i, np);
      const ion = verb > 0 ? out.lastMoverAt(2) : -1;
      if (ion >= 0) {
        subjectFrom = ion;
        subjectTo = ion + 1;
        bareRelativeVerb = verb;
        out.clauseBreak();
      }
    }
    // "twrd 0mv", "-70mv" without the sign, "owls get 20kcal": a number glued to its unit is the
    // number, then the unit (glued, "20kcal" had met neither "20" nor "kcal"; teacher set 22).
    const unitAt = unitDigits(p.text);
    if (unitAt > 0) {
      out.emit(p.text.slice(0, unitAt), p.start, p.start + unitAt);
      out.emit(p.text.slice(unitAt), p.start + unitAt, p.end);
      continue;
    }
    // "[solute]in > [solute]out", "[Na+]o": a side written as a subscript right after a bracketed
    // concentration is where that concentration is, not a movement in or out (blind batch BN).
    if (isPunct(prev, ']')) {
      const side = SUBSCRIPT_SIDES.get(p.text);
      if (side !== undefined) {
        out.emit(side, p.start, p.end);
        continue;
      }
    }
    // "Na+ flows out- sorry, IN", "K+ flows in (nvm, out)": a slip corrected at once is not read;
    // the sentence goes on with the repair in its place (blind batch BR).
    // (Only words of the closed sets of alternatives can be slips: a map look-up per word.)
    const repair = repairAt$(ps, i, np);
    if (repair > 0) {
      i = repair - 1;
      continue;
    }
    // "Passive transport needs ATP - wait no, that's active." (blind batches EA, EG): the
    // statement is said of the subject the correction names (self-repair.ts).
    if (mayReassign && reassigned === undefined && p.cls === WORD) {
      const r = reassignAt$(ps, i, np);
      if (r !== undefined) {
        reassigned = r;
        p.text = r.word;
        p.info = undefined;
      }
    }
    // "move the sodio, I mean sodium, to outside": a glossed word is read as its restatement
    // (blind batch BX).
    if (mayGloss) {
      const gloss = glossAt$(ps, i, np);
      if (gloss !== undefined) {
        glossClose = gloss.close;
        i = gloss.repair - 1;
        continue;
      }
    }
    // A word piece. A count glued to an ion ("3Na+", "2K+") is the number, then the ion.
    let glued = gluedCount(p, next);
    // (Cheap test first: only a word that starts with a digit can be "3Na".)
    if (glued === 0 && p.text.charCodeAt(0) <= 57) glued = gluedCountBeforeSide(ps, i);
    if (glued > 0) {
      out.emit(p.text.slice(0, glued), p.start, p.start + glued);
      p.text = p.text.slice(glued);
      p.start += glued;
      p.info = undefined;
    }
    // Voice-to-text spells punctuation out: "… brings two potassium ions in period it uses ATP",
    // "… for every ATP it uses comma this is active transport" (blind batch AF). "comma" is never a
    // biology word; "period" is one after a word that makes it a span of time ("refractory period").
    // "The gradient of concentration become more small with the time" (blind batch BU): a learner's
    // "more" before a short adjective, after a linking verb, is its comparative ("smaller"). Not
    // "more small molecules", a count.
    if (p.text === 'more' && lastWordIn(ps, i, LINKING_VERBS)) {
      const j = ps[i + 1]?.cls === SPACE ? i + 2 : i + 1;
      const adj = ps[j];
      const comparative = adj?.cls === WORD ? COMPARATIVES.get(adj.text) : undefined;
      if (adj !== undefined && comparative !== undefined && !wordAfter(ps, j)) {
        out.emit(comparative, p.start, adj.end);
        i = j;
        continue;
      }
    }
    // "it is opposite with gradient" (blind batch BT): an English learner's "opposite to"; the
    // "with" does not say the movement goes with the gradient.
    // "… and K+ in where theres already lots of K+" (blind batch BW): "in where" after an ion is
    // "into where", a movement to a place, as "out into where" is.
    if (p.text === 'in' && isIonWord(out.lastNorm()) && nextWordIn(ps, i, WHERE)) {
      out.emit('into', p.start, p.end);
      continue;
    }
    // "A = ACh, R = receptor, T = toxin. T sits on R so A can't bind to R." (blind batch CI): a
    // capital letter the answer defined stands for its word.
    if (legend !== undefined && p.text.length === 1) {
      const code = text.charCodeAt(p.start);
      const word = code >= 65 && code <= 90 ? legend.get(p.text) : undefined;
      if (word !== undefined) {
        out.emit(word, p.start, p.end);
        continue;
      }
    }
    // "P: no E, ↓ grad / A: E (ATP), ↑ grad" (blind batch CF): the letters label the two kinds.
    if (letters !== undefined && p.text.length === 1 && isPunct(ps[i + 1], ':')) {
      const word = letters.get(p.text);
      if (word !== undefined) {
        out.emit(word, p.start, p.end);
        continue;
      }
    }
    // "PT: uses E, lo→hi / AT: no E, hi→lo / ex: PT = NaK pump, AT = diffusion" (blind batch DE):
    // capital "PT" and "AT", both used as labels, stand for the two kinds wherever they appear in
    // capitals ("AT" in lower case is the word "at").
    if (letters !== undefined && p.text.length === 2 && text.charCodeAt(p.start + 1) === 84) {
      const word = letters.get(p.text);
      if (word !== undefined && text.charCodeAt(p.start) < 91) {
        out.emit(word, p.start, p.end);
        continue;
      }
    }
    // Rules for a few words of rounds 101–107 ("either Na+ or K+", "off into", "aka", …), read in
    // one place behind a set lookup so the loop stays small (see wordRules).
    // What the rules below ask of this word's text, in one map look-up (see textBits).
    const tb = textBits(p.text);
    // Most words meet none of the rules: the two calls below are made only for those that may.
    const early =
      (tb & TB_EARLY) !== 0 || (out.lastBits() & (LB_AFTER_RULE | LB_ABSOLUTE)) !== 0 || isDigits(p.text)
        ? clauseWordRules(ps, i, p, out, text)
        : -1;
    if (early >= 0) {
      i = early;
      continue;
    }
    // "-70ish", "30ish": an approximate number is the number.
    const c0 = p.text.charCodeAt(0);
    const approx = c0 >= 48 && c0 <= 57 && p.text.length > 3 ? APPROX.exec(p.text) : null;
    if (approx) {
      out.emit(approx[1] as string, p.start, p.end);
      continue;
    }
    const ion = readIon(ps, i);
    if (ion) {
      out.emit(ion.norm, p.start, (ps[ion.last] as Piece).end);
      i = ion.last;
      continue;
    }
    if (isDigits(p.text)) {
      // List markers ("1." "2)") start a new item; they are not words.
      if (
        p.text.length <= 2 &&
        (prev === undefined || prev.cls !== WORD) &&
        // "each son's chance is 1/2.": a number right after a slash ends a fraction, no list item
        // (teacher set 12).
        !(isPunct(prev, '/') && (ps[i - 2] as Piece | undefined)?.end === prev?.start) &&
        // "3 to 2." and "(3 vs 2)" are ratios: a marker follows a break, not a word.
        !afterWord(ps, i) &&
        // "Na+ out (3)": a count in brackets, not item "3)".
        !isPunct(prev, '(') &&
        // "3:2." is a ratio ending a sentence, not "3:" then item "2."
        !(isPunct(prev, ':') && ps[i - 2]?.cls === WORD && isDigits(ps[i - 2]?.text ?? '')) &&
        (isPunct(next, '.') || isPunct(next, ')')) &&
        !(ps[i + 2]?.cls === WORD && isDigits(ps[i + 2]?.text ?? '')) &&
        // Mid-sentence ("it has 3.", "RMP -70 -> 0."), a number is an item marker only when it
        // goes on from the list's last one ("… leaves the nucleus 2. it travels …").
        !(midSentence(ps, i) && Number(p.text) !== lastMarker + 1)
      ) {
        out.sentenceBreak();
        lastMarker = Number(p.text);
        i++;
        continue;
      }
      // Text-speak "goes 2 the ribosome": a lone 2 between a verb of going and an article is
      // "to" ("2 K+ in" and "2 ions" stay numbers, and so does "only puts back 2 the inside …",
      // a count before a missing comma).
      if (
        p.text === '2' &&
        textSpeakSlot(ps, i) &&
        ARTICLES.has(ps[i + 2]?.text ?? '') &&
        GOING.has(ps[i - 2]?.text ?? '')
      ) {
        out.emit('to', p.start, p.end);
        continue;
      }
      // "3 4 2" (blind batch DG): a lone 4 between two counts is "for", as in "3 for 2".
      if (
        p.text === '4' &&
        ps[i - 1]?.cls === SPACE &&
        ps[i + 1]?.cls === SPACE &&
        isDigits(ps[i - 2]?.text ?? '') &&
        (ps[i - 2]?.text.length ?? 0) === 1 &&
        isDigits(ps[i + 2]?.text ?? '') &&
        (ps[i + 2]?.text.length ?? 0) === 1
      ) {
        out.emit('for', p.start, p.end);
        continue;
      }
      // "stuff goes hi 2 lo", "lo 2 hi": a lone 2 between two levels is "to" too (blind batch AQ).
      if (
        p.text === '2' &&
        textSpeakSlot(ps, i) &&
        LEVELS.has(ps[i - 2]?.text ?? '') &&
        LEVELS.has(ps[i + 2]?.text ?? '')
      ) {
        out.emit('to', p.start, p.end);
        continue;
      }
      const num = readNumber(ps, i);
      out.emit(num.text, p.start, num.end);
      i = num.last;
      continue;
    }
    // A list marker glued to the end of a word ("nucleus2.", "step3:", "osmosis2)"): the word,
    // then a new item. Only after a word of 3+ letters, so "CO2.", "O2.", "b12." stay whole — or
    // after two letters when the number goes on from the list's last marker ("1. … nucleus2. …
    // to the ER3. …"), unless the two letters start a formula ("CO2.", "NH3.").
    if (
      (isPunct(next, '.') || isPunct(next, ')') || isPunct(next, ':')) &&
      !(ps[i + 2]?.cls === WORD && isDigits(ps[i + 2]?.text ?? ''))
    ) {
      let letters = gluedMarkerAt$(p.text);
      if (letters === 0 && lastMarker > 0 && !FORMULA_STARTS.has(p.text.slice(0, 2))) {
        const two = gluedMarkerAt$(p.text, 2);
        if (two === 2 && Number(p.text.slice(2)) === lastMarker + 1) letters = 2;
      }
      const digits = p.text.length - letters;
      // The digits must be the last characters of the original too (evidence offsets).
      if (letters > 0 && isDigits(text.slice(p.end - digits, p.end))) {
        lastMarker = Number(p.text.slice(letters));
        out.emitWord(p.text.slice(0, letters), p.start, p.end - digits);
        out.sentenceBreak();
        if (!isPunct(next, ':')) i++;
        continue;
      }
    }
    const late =
      (tb & TB_LATE) !== 0 || isPunct(next, "'") || out.atSentenceStart()
        ? pronounWordRules(ps, i, p, out, text, np)
        : -1;
    if (late >= 0) {
      i = late;
      continue;
    }
    // "Ø cell wall in animal cells" (pack batch FS): a lone slashed O before a word is the empty-set
    // sign typed from a keyboard's letters, "none", as "∅ ATP" already reads (fold-char.ts). Only
    // alone: inside a word ("Søren") it is a letter.
    if (p.text === 'ø' && next?.cls === SPACE && ps[i + 2]?.cls === WORD) {
      out.emit('not', p.start, p.end);
      continue;
    }
    // "mom is XBXb", "Bb x bb": a genotype with one dominant and one recessive allele of a gene
    // is a heterozygote, as a genetics reader reads it (teacher set 12: "The mother is heterozygous").
    if ((p.text.length === 2 || p.text.length === 4) && isHeterozygote(p, text)) {
      out.emit('heterozygous', p.start, p.end);
      continue;
    }
    out.emitPiece(p);
  }
  if (np > MAX_POOLED) pool.length = 0;
  table?.finish(text.length, out);
  splitCopularConjuncts(out.tokens);
  markNonCues(out.tokens);
  readNoteForm(out.tokens);
  return out.tokens;
}

/** Forms of "be" that make a statement of their own: "X is Y". */
const COPULA_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Words that may open the subject after "and": "… and the tails are …". */
const CONJUNCT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'these',
  'those',
]);

/**
 * "The head is hydrophobic and the tails are hydrophilic": two statements, each with its own
 * subject and "is"/"are", joined by "and". Read as one clause, the first half lent its subject to
 * the second ("head … hydrophilic" earned "The head is hydrophilic"; teacher set 19's notes, as
 * set 18's had "one half of 'and' lends a word to the other"). So an "and" opens a clause when the
 * clause before it already has its "is"/"are" and one or two words after it (an article aside) are
 * followed by another. "Na⁺ and K⁺ are pumped" has no "is" before its "and", and stays one clause.
 * One pass, a few look-ups per "and".
 */
function splitCopularConjuncts(tokens: Token[]): void {
  let shift = 0;
  let clause = -1;
  let copula = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const original = t.clause;
    if (original !== clause) {
      clause = original;
      copula = false;
    }
    if (t.info.norm === 'and' && copula && copulaFollows(tokens, i, original)) {
      shift++;
      copula = false;
    } else if (COPULA_FORMS.has(t.info.norm)) copula = true;
    t.clause = original + shift;
  }
}

/** Whether one or two words after the "and" at `i` (an opening article aside) come to an "is"/"are", in its clause. */
function copulaFollows(tokens: readonly Token[], i: number, clause: number): boolean {
  let k = i + 1;
  if (CONJUNCT_OPENERS.has(tokens[k]?.info.norm ?? '')) k++;
  for (const n of [1, 2]) {
    const w = tokens[k + n];
    if (w === undefined || w.clause !== clause) return false;
    if (COPULA_FORMS.has(w.info.norm)) return !COPULA_FORMS.has((tokens[k] as Token).info.norm);
  }
  return false;
}

/*
 * Word bits. The main loop asks, at every word, whether its text is one a rule tests for and
 * whether the last word emitted is in a few sets. ASAP item 5 had slowed from 24,000 to 18,000
 * answers/s as rules were added at every word; with the rules in two functions called only for
 * the words they test (TB_EARLY, TB_LATE), one map look-up per word and a field of the last
 * word's information, the answers are the same and grading is about a fifth faster.
 * tests/grading/tokenizer-rule-words.test.ts keeps the table in step with the rules.
 */
/**
 * The text is one that a rule of {@link clauseWordRules} tests for (besides digits and the last
 * word's LB_ bits): any other word skips the call.
 */
const TB_EARLY = 1;
/**
 * The text is one that a rule of {@link pronounWordRules} tests for (besides a clitic after it
 * and a sentence's first word): any other word skips the call.
 */
const TB_LATE = 2;
/** The last word is in AFTER_RULE_WORDS. */
const LB_AFTER_RULE = 1;
/** The last word is in ABSOLUTE_PARTICIPLES. */
const LB_ABSOLUTE = 2;

/** Text → TB_ bits; made on first use, as the sets are declared further down this module. */
let textBitsTable: Map<string, number> | undefined;

function buildTextBits(): Map<string, number> {
  const table = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
  };
  // Every word clauseWordRules compares its text with, and every set it looks the text up in.
  mark(
    [
      ...WORD_RULE_WORDS,
      ...['with', 'once', 'for', 'ex', 'active', 'passive', 'in', 'out', 'inside', 'outside'],
      ...['comma', 'period', 'step', 'non', 'only', ...COUNT_WORDS],
      ...NEW_SUBJECT_OPENERS,
      ...PHASE_NOUNS,
      ...SPLIT_PREFIXES,
    ],
    TB_EARLY,
  );
  // And every one pronounWordRules does (its clitics and sentence openers are tested apart).
  mark(
    [
      ...['the', 'it', 'It', 'they', 'They', 'them', 'which', 'Which', 'so', 'So', 'of', 'Of', 'that'],
      ...['and', 'n', 'direction', 'directions', 'x', 'v', 'cause', 'because', 'w', 'b', 'from'],
      ...DIRECTIONS,
      ...CLEFT_VERBS,
      ...ARTICLES,
      ...OBJECT_MOVERS,
    ],
    TB_LATE,
  );
  return table;
}

/** The TB_ bits of a word piece's text (0 for most words). */
function textBits(text: string): number {
  textBitsTable ??= buildTextBits();
  return textBitsTable.get(text) ?? 0;
}

/**
 * Whether the main loop calls {@link clauseWordRules} (`early`) or {@link pronounWordRules}
 * (`late`) for a word with this text, whatever comes before or after it. Exported for the test
 * that reads both functions' source and checks every word they compare a word's text with.
 */
export function callsWordRules(text: string, which: 'early' | 'late'): boolean {
  return (textBits(text) & (which === 'early' ? TB_EARLY : TB_LATE)) !== 0;
}

/** The LB_ bits of a word, computed once per distinct word and kept on its information. */
function lastBitsOf(info: WordInfo): number {
  let bits = info.lastBits;
  if (bits < 0) {
    bits =
      (AFTER_RULE_WORDS.has(info.norm) ? LB_AFTER_RULE : 0) |
      (ABSOLUTE_PARTICIPLES.has(info.norm) ? LB_ABSOLUTE : 0);
    info.lastBits = bits;
  }
  return bits;
}

/**
 * Collects tokens and tracks sentence/clause/segment numbers; one sink per call. Everything a
 * token needs from its word alone comes from the word-info cache, so a token costs one map look-up.
 */
class TokenSink {
  readonly tokens: Token[] = [];
  private sent = 0;
  private clause = 0;
  private seg = 0;
  /** Index in `tokens` of the current sentence's first token (if it has one yet). */
  private sentStart = 0;
  /** Index in `tokens` of the current clause's first token. */
  private clauseStart = 0;
  /** Index in `tokens` of the current negation segment's first token. */
  private segStart = 0;

  /** Words emitted so far in the current clause. */
  wordsInClause(): number {
    return this.tokens.length - this.clauseStart;
  }

  /**
   * True when the current clause holds a "not" or "never" followed by at least two words (its verb
   * and what it takes: "dont need energy"), so the denied statement is whole.
   */
  denialHasObject(): boolean {
    for (let k = this.tokens.length - 3; k >= this.clauseStart; k--) {
      const norm = (this.tokens[k] as Token).info.norm;
      if (norm === 'not' || norm === 'never') return true;
    }
    return false;
  }

  /** True when a "not" or "never" was emitted in the current clause. */
  clauseHasNot(): boolean {
    for (let k = this.clauseStart; k < this.tokens.length; k++) {
      const norm = (this.tokens[k] as Token).info.norm;
      if (norm === 'not' || norm === 'never') return true;
    }
    return false;
  }

  emit(norm: string, start: number, end: number): void {
    this.push(infoOf$(norm), start, end);
  }

  /** The folded form of the word emitted `back` words ago (1: the last), or "". */
  normBack(back: number): string {
    return this.tokens[this.tokens.length - back]?.info.norm ?? '';
  }

  /** The folded form of the current clause's first word, or "" when it has none yet. */
  clauseFirstNorm(): string {
    return this.tokens[this.clauseStart]?.info.norm ?? '';
  }

  /**
   * The current clause's opening subordinator ("since", "when", "as", …), past one link before it
   * ("so as soon as …", "and when …"), or "" when it opens with none.
   */
  clauseSubordinator(): string {
    const first = this.clauseFirstNorm();
    if (SUBORDINATE_OPENERS.has(first)) return first;
    const second = this.tokens[this.clauseStart + 1];
    return LINKS_BEFORE_CONDITION.has(first) &&
      second !== undefined &&
      SUBORDINATE_OPENERS.has(second.info.norm)
      ? second.info.norm
      : '';
  }

  /**
   * Right after "no wait" / "wait no" / "I mean" (and "actually") that follows a statement naming a direction
   * ("Na+ gets pumped in — no wait,"), emits that statement's words before its direction again,
   * so the direction about to come completes it. Bounded look-back.
   */
  replayCorrected(): void {
    // "Na+ goes out of the cell, wait no actually in" (blind batch CB): an "actually" after the
    // correction words adds nothing.
    const n =
      this.tokens[this.tokens.length - 1]?.info.norm === 'actually'
        ? this.tokens.length - 1
        : this.tokens.length;
    const a = this.tokens[n - 2]?.info.norm;
    const b = this.tokens[n - 1]?.info.norm;
    // "Na+ is pumped... in? no, out." (blind batch DW): a lone "no" opening the sentence after a
    // direction (the student's own question) corrects that direction, as "no wait" does.
    const lone =
      b === 'no' &&
      a !== undefined &&
      DIRECTIONS.has(a) &&
      (this.tokens[n - 2] as Token).sent < (this.tokens[n - 1] as Token).sent;
    if (
      !lone &&
      !((a === 'no' && b === 'wait') || (a === 'wait' && b === 'no') || (a === 'i' && b === 'mean'))
    )
      return;
    const words = lone ? 1 : 2;
    const last = this.tokens[n - 1 - words];
    if (last === undefined || last.sent < this.sent - 1) return;
    let start = n - 1 - words;
    while (
      start > 0 &&
      start > n - 1 - words - CORRECTED_REACH &&
      (this.tokens[start - 1] as Token).clause === last.clause
    )
      start--;
    // The statement's first word is no direction of it: "In depolarization Na+ moves out …"
    // (blind batch DX) opens with a preposition.
    for (let k = start + 1; k < n - words; k++) {
      if (!DIRECTIONS.has((this.tokens[k] as Token).info.norm)) continue;
      this.replay(start, k);
      return;
    }
  }

  /** Emits the last ion (or water) named in the current sentence (at most 15 words back) again; true if one was. */
  replayLastMover(reach = 15, sentencesBack = 0): boolean {
    const k = this.lastMoverAt(reach, sentencesBack);
    if (k < 0) return false;
    this.replay(k, k + 1);
    return true;
  }

  /**
   * Emits again the ion (or water) that opens the current sentence (its first or second word, "The
   * Na+ are …"), if there is one; returns whether it did.
   */
  replaySentenceOpeningMover(): boolean {
    for (let k = this.sentStart; k <= this.sentStart + 1 && k < this.tokens.length; k++)
      if (isMoverWord((this.tokens[k] as Token).info.norm)) {
        this.replay(k, k + 1);
        return true;
      }
    return false;
  }

  /**
   * At a "direction:" field label: emits again the ion (or water) of an "ion: …" field among the
   * last four words before the label, if there is one (a sentence or line break may lie between).
   */
  replayFieldIon(): void {
    const n = this.tokens.length - 1;
    for (let k = n - 1; k >= 1 && k >= n - 4; k--) {
      const t = this.tokens[k] as Token;
      const label = (this.tokens[k - 1] as Token).info.norm;
      if (isMoverWord(t.info.norm) && (label === 'ion' || label === 'ions')) {
        this.replay(k, k + 1);
        return;
      }
    }
  }

  /** True when the current sentence's first word is in `words` (a look-up, not a scan: "they" may come often). */
  sentenceOpensWith(words: ReadonlySet<string>): boolean {
    const first = this.tokens[this.sentStart];
    return first !== undefined && first.sent === this.sent && words.has(first.info.norm);
  }

  /** True when no word of the current sentence has been emitted yet. */
  atSentenceStart(): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return last === undefined || last.sent !== this.sent;
  }

  /** Emits again an ion (or water) among the last three words of the previous sentence (`reach` sentences back at most), if there is one. */
  replayMoverEndingLastSentence(reach = 1): void {
    const n = this.tokens.length;
    const lastSent = this.tokens[n - 1]?.sent;
    // (A list marker on a new line counts as a sentence of its own: `reach` 2 looks past it.)
    if (lastSent === undefined || lastSent < this.sent - reach) return;
    for (let k = n - 1; k >= 0 && k >= n - 3; k--) {
      const t = this.tokens[k] as Token;
      if (t.sent !== lastSent) return;
      if (isMoverWord(t.info.norm)) {
        this.replay(k, k + 1);
        return;
      }
    }
  }

  /**
   * At an "it" that opens a comma-spliced clause: when the clause before the comma (its words
   * start at character offset `from`) begins, after a clause word and articles, with an ion or
   * "water", closes the clause and emits that word again. Bounded look-back.
   */
  replaySplicedSubject(from: number): void {
    const n = this.tokens.length;
    let k = n;
    while (k > 0 && k > n - SPLICE_REACH && (this.tokens[k - 1] as Token).start >= from) k--;
    const first = this.tokens[k];
    if (first === undefined || first.sent !== this.sent || first.start < from) return;
    if (first.info.boundary === 2) k++;
    // "During depolarization Na+ does not leave the cell, it goes in" (blind batch BE): a short
    // phrase that says when or where may stand before the subject.
    if (k < n && LEADING_PREPOSITIONS.has((this.tokens[k] as Token).info.norm)) {
      const stop = Math.min(n, k + 4);
      let m = k + 1;
      while (m < stop && !isMoverWord((this.tokens[m] as Token).info.norm)) m++;
      if (m < stop) k = m;
    }
    while (k < n && (this.tokens[k] as Token).info.article) k++;
    const subject = this.tokens[k];
    if (subject === undefined) return;
    // "the main ion that moves is Na+, it moves into the cell" (blind batch CC): when the clause
    // before the comma names no ion or water as its subject but ends with one, the "it" is that one.
    if (!isMoverWord(subject.info.norm)) {
      const last = this.tokens[n - 1] as Token;
      if (isMoverWord(last.info.norm) && last.sent === this.sent) k = n - 1;
      else {
        // "Nothing drags Na+ in, it just slides down its gradient into the cell" (blind batch
        // DW): nor ends with one, but names one kind of ion (or water) in between: the "it" that
        // moves is that one. Not when two kinds are named ("Na+ and K+ …"): neither is "it".
        const only = onlyMoverBetween(this.tokens, k, n);
        if (only < 0) return;
        k = only;
      }
    }
    this.clauseBreak();
    this.replay(k, k + 1);
  }

  /**
   * Emits again the ion (or water) named last in the sentence, within 15 words, when no other kind
   * is named within three words before it ("Na+ and K+"); true when it did.
   */
  replaySingleMover(): boolean {
    const n = this.tokens.length;
    for (let k = n - 1; k >= 0 && k >= n - 15; k--) {
      const t = this.tokens[k] as Token;
      if (t.sent !== this.sent) return false;
      if (!isMoverOrPlural(t.info.norm)) continue;
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
        const o = this.tokens[j] as Token;
        if (o.sent === this.sent && isMoverOrPlural(o.info.norm) && o.info.stem !== t.info.stem) return false;
      }
      this.replay(k, k + 1);
      return true;
    }
    return false;
  }

  /**
   * At an "aka" before a place: when the current clause names a place within its last eight words
   * ("rushes onto the ice"), starts a new clause and emits the clause's words before that place
   * again, so the restated place completes them. Bounded look-back.
   */
  replayGlossed(): void {
    const n = this.tokens.length;
    for (let k = n - 1; k > this.clauseStart && k >= n - 8; k--) {
      if (!GLOSSED_PLACES.has((this.tokens[k] as Token).info.norm)) continue;
      const from = this.clauseStart;
      this.clauseBreak();
      this.replay(from, k);
      return;
    }
  }

  /** Whether an ion or the water is among the last `reach` tokens, in the current clause. */
  moverInClause(reach: number): boolean {
    const k = this.lastMoverAt(reach);
    return k >= 0 && (this.tokens[k] as Token).clause === this.clause;
  }

  /** The index of an ion or the water among the last `reach` tokens of the current sentence, or -1. */
  lastMoverAt(reach: number, sentencesBack = 0): number {
    const n = this.tokens.length;
    for (let k = n - 1; k >= 0 && k >= n - reach; k--) {
      const t = this.tokens[k] as Token;
      if (t.sent < this.sent - sentencesBack) return -1;
      if (isMoverWord(t.info.norm)) return k;
    }
    return -1;
  }

  /** Emits tokens [from, to) again, in the current clause (a subject read again after an aside). */
  replay(from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const t = this.tokens[k] as Token;
      // The words keep their clauses: "distilled water = hypotonic, cell = hypertonic" read again
      // down its column (blind batch CJ) is still two statements.
      if (k > from) {
        const before = this.tokens[k - 1] as Token;
        if (t.clause !== before.clause) this.clauseBreak();
        else if (t.seg !== before.seg) this.segmentBreak();
      }
      this.tokens.push(new Token(t.info, t.start, t.end, this.sent, this.clause, this.seg));
    }
  }

  push(info: WordInfo, start: number, end: number): void {
    // "Depolarization is not when K+ leaves" (blind batch CR): a "not" right before a clause word
    // denies that clause, so no new clause (or negation segment) begins between them.
    if (
      info.boundary === 2 &&
      DENIED_CLAUSE_WORDS.has(info.norm) &&
      (this.notJustBefore() || (this.reasonDeniedAt === this.tokens.length && info.norm === 'because'))
    ) {
      this.tokens.push(new Token(info, start, end, this.sent, this.clause, this.seg));
      return;
    }
    if (info.boundary === 2) {
      this.clauseStart = this.tokens.length;
      this.segStart = this.tokens.length;
      this.clause++;
      this.seg++;
    } else if (info.boundary === 1 && !(info.norm === 'or' && this.deniedSegment())) {
      this.segStart = this.tokens.length;
      this.seg++;
    }
    this.tokens.push(new Token(info, start, end, this.sent, this.clause, this.seg));
  }

  /**
   * True when the current negation segment holds a "not" or "never": then an "or" goes on with
   * what is denied ("doesn't need a channel or a membrane receptor" denies both; teacher set 5).
   * Not after "no": "(no protein) or facilitated diffusion" offers another case.
   */
  private deniedSegment(): boolean {
    // Only a denial close before the "or": in a long run-on the "or" has left it behind.
    for (let k = Math.max(this.segStart, this.tokens.length - 6); k < this.tokens.length; k++) {
      const n = (this.tokens[k] as Token).info.norm;
      if (n === 'not' || n === 'never') return true;
    }
    return false;
  }

  /**
   * The index the next token will have when it is a "because" that the sentence's own correction
   * shows to be denied ("doesn't happen because K+ leaves, it's because Na+ enters"): that "because"
   * opens no clause of its own. -1 otherwise. (An index, not a flag, so no push has to reset it.)
   */
  reasonDeniedAt = -1;

  /**
   * Whether the words just emitted deny a reason that a "because" next would give: "isn't"
   * (a contracted "not" after a form of "be"), or a "not" of any form before "happen" or "occur"
   * ("doesn't happen", "does not occur"). In the current clause and sentence.
   */
  notBeforeReason(): boolean {
    const n = this.tokens.length;
    const last = this.tokens[n - 1];
    if (last === undefined || last.clause !== this.clause || last.sent !== this.sent) return false;
    const before = this.tokens[n - 2];
    if (last.info.norm === 'not')
      return before !== undefined && before.clause === this.clause && BE_FORMS.has(before.info.norm);
    return (
      HAPPENS.has(last.info.norm) &&
      before !== undefined &&
      before.clause === this.clause &&
      (before.info.norm === 'not' || before.info.norm === 'never')
    );
  }

  /**
   * Whether the last word emitted is a written "not" or "never" in the current clause (not the
   * "not" of a contraction: "the salt cant so water goes in" ends its clause at "so").
   */
  private notJustBefore(): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return (
      last !== undefined &&
      last.clause === this.clause &&
      last.sent === this.sent &&
      (last.info.norm === 'not' || last.info.norm === 'never') &&
      last.end - last.start === last.info.norm.length
    );
  }

  /** The folded form of the last word emitted, or "" at the start. */
  lastNorm(): string {
    return this.tokens[this.tokens.length - 1]?.info.norm ?? '';
  }

  /** {@link lastBitsOf} the last word emitted (0 at the start, as for ""). */
  lastBits(): number {
    const last = this.tokens[this.tokens.length - 1];
    return last === undefined ? 0 : lastBitsOf(last.info);
  }

  sentenceBreak(): void {
    this.sentStart = this.tokens.length;
    this.clauseStart = this.tokens.length;
    this.segStart = this.tokens.length;
    this.sent++;
    this.clause++;
    this.seg++;
  }

  segmentBreak(): void {
    this.segStart = this.tokens.length;
    this.seg++;
  }

  /** Where the clause being built starts (a token index). */
  currentClauseStart(): number {
    return this.clauseStart;
  }

  /**
   * Where the subject before a ", which …," aside starts: the clause's first word (after a short
   * opening phrase of time or phase, the article or ion after it), or, in a longer clause, the word
   * after its last "and"/"or" ("… the K+ gates open and potassium, which
   * is piled up inside, runs out"; blind batch BS). -1 when neither is a short subject.
   */
  subjectStart(): number {
    const words = this.wordsInClause();
    // "During repolarization the K+ ions, which were crowded inside, slide out" (blind batch EL),
    // "During repolarization K+, concentrated inside, diffuses outward" (EO): after a two- or
    // three-word opening phrase of time or phase, the subject is what its article or ion opens.
    const first = this.tokens[this.clauseStart];
    if (first !== undefined && PHASE_OPENERS.has(first.info.norm) && words <= 7) {
      for (let k = this.clauseStart + 2; k <= this.clauseStart + 3 && k < this.tokens.length; k++) {
        const w = (this.tokens[k] as Token).info.norm;
        if (SUBJECT_ARTICLES.has(w) || isIonWord(w)) return this.tokens.length - k <= 4 ? k : -1;
      }
    }
    if (words >= 1 && words <= 4) return this.clauseStart;
    const joined = this.tokens[this.segStart];
    const inSegment = this.tokens.length - this.segStart - 1;
    return joined !== undefined && joined.info.boundary === 1 && inSegment >= 1 && inSegment <= 3
      ? this.segStart + 1
      : -1;
  }

  /** True when the clause so far ends "<subject> <auxiliary> not" ("it doesn't", "they can't"). */
  afterElidedNot(): boolean {
    const n = this.tokens.length;
    return (
      n - 3 >= this.clauseStart &&
      this.tokens[n - 1]?.info.norm === 'not' &&
      ELLIPSIS_AUX.has(this.tokens[n - 2]?.info.norm ?? '')
    );
  }

  clauseBreak(): void {
    this.clauseStart = this.tokens.length;
    this.segStart = this.tokens.length;
    this.clause++;
    this.seg++;
  }

  /** Emits a word piece: with the information the word table gave it, or looked up from its text. */
  emitPiece(p: Piece): void {
    if (p.info === undefined) this.emitWord(p.text, p.start, p.end);
    else this.emitInfo(p.info, p.thenNot, p.start, p.end);
  }

  emitWord(word: string, start: number, end: number): void {
    const w = pieceWordsOf$(word);
    this.emitInfo(w.first, w.thenNot, start, end);
  }

  private emitInfo(first: WordInfo, thenNot: boolean, start: number, end: number): void {
    // "… but since it doesn't it just gets bigger" (blind batches BP, BQ): an auxiliary negated with
    // its verb left out ends its clause, as the comma a careful writer puts there would; the next
    // subject's statement is not negated by it.
    if (ELLIPSIS_SUBJECTS.has(first.norm) && this.afterElidedNot()) this.clauseBreak();
    this.push(first, start, end);
    if (thenNot) this.push(NOT_INFO$, start, end);
  }
}

const DIRECTIONS = new Set(['in', 'out', 'into', 'inside', 'outside']);

/** Subjects that open a new clause right after an elided "doesn't" ("since it doesn't it …"). */
const ELLIPSIS_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);
/** Auxiliaries whose negation may stand alone with the verb left out ("it doesn't", "it can't"). */
const ELLIPSIS_AUX = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should']);

/** A colon after at most this many words of a clause ends a heading, not the clause. */
const HEADING_MAX_WORDS = 3;

/** True when the next word after the arrow at piece i is a direction ("→ in", "-> out"). */
function directionAfter(ps: Piece[], i: number): boolean {
  // After a move already written ("Na+ in → inside more +") the arrow leads to a consequence:
  // the word after it is a place, not a second movement.
  let b = i - 1;
  if (ps[b]?.text === '-' || ps[b]?.text === '=') b--;
  if (ps[b]?.cls === SPACE) b--;
  const before = ps[b];
  // After a movement verb too ("potasium exits → inside negitive agian").
  if (
    before !== undefined &&
    before.cls === WORD &&
    (DIRECTIONS.has(before.text) || MOVE_VERBS.has(before.text))
  )
    return false;
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  const p = ps[j];
  // "Na+ → adentro (into cell)" (blind batch CN): a direction in the other-language words of
  // content/words.yaml counts as its English word.
  if (
    p === undefined ||
    p.cls !== WORD ||
    !(DIRECTIONS.has(p.text) || DIRECTIONS.has(englishFor(p.text.toLowerCase()) ?? ''))
  )
    return false;
  // "… K channels -> inside becomes negative": a place that is the subject of what follows.
  let k = j + 1;
  if (ps[k]?.cls === SPACE) k++;
  const after = ps[k];
  return !(after?.cls === WORD && PLACE_IS_SUBJECT_BEFORE.has(after.text));
}

/** Participles of a carried movement, after an ion and an arrow ("Na+ -> pumped out"). */
const CARRIED = new Set([
  'pumped',
  'moved',
  'transported',
  'taken',
  'carried',
  'brought',
  'pushed',
  'kicked',
  'sent',
  'pulled',
]);

/** True when the word after the arrow at piece i is one of {@link CARRIED}. */
function carriedAfter(ps: Piece[], i: number): boolean {
  const after = ps[arrowEnds(ps, i).b];
  return after?.cls === WORD && CARRIED.has(after.text);
}

/**
 * True when the arrow at piece i stands between a movement verb and "into" ("goes → into cell"), or
 * between a verb of going and a bare "in"/"out" that ends its line or sentence ("water goes -> in";
 * blind batch EO, a table row): there the arrow only points the verb on to where it goes.
 */
function verbArrowInto(ps: Piece[], i: number, np: number): boolean {
  const { a, b } = arrowEnds(ps, i);
  const before = ps[a];
  const after = ps[b];
  if (before?.cls !== WORD || after?.cls !== WORD) return false;
  if (after.text === 'into') return MOVE_VERBS.has(before.text) || BARE_MOVE_VERBS.has(before.text);
  if (after.text !== 'in' && after.text !== 'out') return false;
  // (Pieces at or past np are stale: the piece array is reused.)
  const at = ps[b + 1]?.cls === SPACE ? b + 2 : b + 1;
  const next = at < np ? ps[at] : undefined;
  const ends =
    next === undefined || next.cls === NEWLINE || (next.cls === PUNCT && '.;!?'.includes(next.text));
  return ends && GOING_VERBS.has(before.text);
}
/** Verbs of going that name no direction of their own ("goes -> in"). */
const GOING_VERBS = new Set([
  'go',
  'goes',
  'went',
  'move',
  'moves',
  'moved',
  'flow',
  'flows',
  'flowed',
  'rush',
  'rushes',
  'diffuse',
  'diffuses',
]);

/** True when pieces a and b are two different words of one set of alternatives ("hypotonic/hypertonic"). */
function slashAlternatives(a: Piece | undefined, b: Piece | undefined): boolean {
  if (a?.cls !== WORD || b?.cls !== WORD) return false;
  const x = ALTERNATIVE_SETS.get(a.text);
  const y = ALTERNATIVE_SETS.get(b.text);
  return x !== undefined && x === y && a.text !== b.text;
}
const ALTERNATIVE_SETS = new Map([
  ['hypotonic', 1],
  ['hypertonic', 1],
  ['isotonic', 1],
  ['positive', 2],
  ['negative', 2],
]);

/** Subscripts after a bracketed concentration: "[X]in", "[X]out", "[X]i", "[X]o". */
const SUBSCRIPT_SIDES = new Map([
  ['in', 'inside'],
  ['i', 'inside'],
  ['out', 'outside'],
  ['o', 'outside'],
]);

/** Movement verbs in their plain forms ("water will go → into the cell"). */
const BARE_MOVE_VERBS = new Set([
  'go',
  'move',
  'come',
  'flow',
  'rush',
  'diffuse',
  'went',
  'moved',
  'came',
  'flowed',
  'rushed',
  'diffused',
]);

/** Movement verbs after which an arrow leads to a consequence, not a second move. */
const MOVE_VERBS = new Set([
  'exits',
  'exit',
  'enters',
  'enter',
  'leaves',
  'leave',
  'flows',
  'rushes',
  'moves',
  'diffuses',
  'comes',
  'goes',
]);

/** Verbs after "inside"/"outside" that make it the subject of a consequence, not a direction. */
const PLACE_IS_SUBJECT_BEFORE = new Set([
  'becomes',
  'become',
  'gets',
  'get',
  'is',
  'turns',
  'goes',
  'stays',
  'ends',
  'more',
  'less',
  // "→ inside back to −70", "→ inside negative again": a place and its state
  'back',
  'negative',
  'positive',
  'neg',
  'pos',
  // "K+ flows OUT … -> inside drops back to negative" (blind batch BN): the place changes
  'drops',
  'falls',
  'rises',
  'climbs',
  'returns',
  'becoming',
]);

// "hi conc → lo conc": note form's short levels too.
const LEVELS = new Set(['high', 'higher', 'low', 'lower', 'more', 'less', 'greater', 'lesser', 'hi', 'lo']);

/** The pieces just before and after the arrow at piece i ("->" and "=>" counted whole, spaces skipped). */
function arrowEnds(ps: Piece[], i: number): { a: number; b: number } {
  let a = i - 1;
  if (isPunct(ps[a], '-') || isPunct(ps[a], '=')) a--;
  if (ps[a]?.cls === SPACE) a--;
  let b = i + 1;
  if (ps[b]?.cls === SPACE) b++;
  return { a, b };
}

/** True when the arrow at piece i stands between two level words ("high→low", "low -> high"). */
function levelArrow(ps: Piece[], i: number): boolean {
  let { a, b } = arrowEnds(ps, i);
  // "[high]→[low]": concentration brackets around the levels (blind batch AF).
  if (isPunct(ps[a], ']')) a--;
  if (isPunct(ps[b], '[')) b++;
  let before = ps[a];
  // "high conc → low conc": the level sits one word before the arrow.
  if (before?.cls === WORD && CONC_WORDS.has(before.text) && ps[a - 1]?.cls === SPACE) {
    const level = ps[a - 2];
    if (level?.cls === WORD && LEVELS.has(level.text)) before = level;
  }
  const after = ps[b];
  return before?.cls === WORD && after?.cls === WORD && LEVELS.has(before.text) && LEVELS.has(after.text);
}

/**
 * True when the arrow at piece i stands between two numbers ("-70 → +30", "-70 mV -> 0 mV") and
 * is not one link of a chain ("-70 → -60 → -40 → 0" lists values on the way, and keeps its breaks).
 */
function numberArrow(ps: Piece[], i: number): boolean {
  const { a, b } = arrowEnds(ps, i);
  let k = a;
  if (ps[k]?.cls === WORD && ps[k]?.text === 'mv') k = ps[k - 1]?.cls === SPACE ? k - 2 : k - 1;
  const before = ps[k];
  if (!(before?.cls === WORD && isDigits(before.text))) return false;
  let j = isPunct(ps[b], '+') || isPunct(ps[b], '-') || isPunct(ps[b], '~') ? b + 1 : b;
  const after = ps[j];
  if (!(after?.cls === WORD && isDigits(after.text))) return false;
  // A chain: another arrow right before the first number or right after the second.
  let p = k - 1;
  if (isPunct(ps[p], '-') || isPunct(ps[p], '+') || isPunct(ps[p], '~')) p--;
  if (ps[p]?.cls === SPACE) p--;
  if (isArrowPiece(ps, p)) return false;
  j++;
  if (ps[j]?.cls === SPACE) j++;
  if (ps[j]?.cls === WORD && ps[j]?.text === 'mv') j += ps[j + 1]?.cls === SPACE ? 2 : 1;
  return !(isArrowPiece(ps, j) || (isPunct(ps[j], '-') && isArrowPiece(ps, j + 1)));
}

/** True when piece i is an arrow: "→", or the ">" of "->" / "=>". */
function isArrowPiece(ps: Piece[], i: number): boolean {
  return isPunct(ps[i], '→') || (isPunct(ps[i], '>') && (isPunct(ps[i - 1], '-') || isPunct(ps[i - 1], '=')));
}

/** Which side of the membrane a place word names: 1 inside, 2 outside. */
const SIDES = new Map([
  ['in', 1],
  ['inside', 1],
  ['intracellular', 1],
  ['cytoplasm', 1],
  ['out', 2],
  ['outside', 2],
  ['extracellular', 2],
]);

/**
 * True when the arrow at piece i stands between the two sides of the membrane ("Na+ inside →
 * outside", "K+: out -> in"): a movement from one to the other, read "to" like "high → low".
 */
function placeArrow(ps: Piece[], i: number): boolean {
  const { a, b } = arrowEnds(ps, i);
  const before = ps[a];
  const after = ps[b];
  if (before?.cls !== WORD || after?.cls !== WORD) return false;
  const from = SIDES.get(before.text) ?? VESSEL_SIDES.get(before.text);
  const to = SIDES.get(after.text) ?? VESSEL_SIDES.get(after.text);
  return from !== undefined && to !== undefined && from !== to;
}

/**
 * The beaker a cell sits in and the cell itself, as the two sides of an arrow: "water moves
 * beaker -> cell" (blind batch CH) is a move from the one to the other. Not "solution": "hypotonic
 * solution → cell swells" is a cause and its effect.
 */
const VESSEL_SIDES = new Map([
  ['beaker', 2],
  ['cell', 1],
  ['rbc', 1],
  ['erythrocyte', 1],
]);

/** True for the first letters (lower case char codes) of {@link SPLIT_PREFIXES}: d, h, i, r (compares, not a set look-up: this runs for most words). */
function isSplitFirst(c: number): boolean {
  return c === 100 || c === 104 || c === 105 || c === 114;
}
/** Prefixes a student may write apart from their word ("hypo tonic", "re polarize"). */
const SPLIT_PREFIXES = new Set(['hypo', 'hyper', 'iso', 're', 'de']);
/** The heads they join: tonicity and polarity words. */
const SPLIT_HEAD = /^(?:tonic|tonicity|polari[sz]\w*)$/i;

/** True when the nearest piece before i, spaces skipped, is an arrow ("→", "->", "=>"). */
function arrowBefore(ps: Piece[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ps[k]?.cls === SPACE) k--;
  const p = ps[k];
  return (
    p !== undefined &&
    (p.text === '→' || (p.text === '>' && (isPunct(ps[k - 1], '-') || isPunct(ps[k - 1], '='))))
  );
}

/** A number with "ish" glued on ("70ish"). */
const APPROX = /^(\d+)ish$/i;

/** Words for "concentration" that may stand between a level and an arrow ("high conc → low"). */
const CONC_WORDS = new Set(['conc', 'concentration', 'concentrations', 'concentrated']);

/** Words that carry on a phrase after "conc." ("against conc. gradient", "high conc. of Na+"). */
const CONC_GOES_ON = new Set([
  'gradient',
  'gradients',
  // "against conc. grad." (round 82 reads "grad" as "gradient")
  'grad',
  'grads',
  'of',
  'to',
  'difference',
  'differences',
  'and',
  'is',
  'are',
  // "(high water conc. outside to low water conc. inside)" (blind batch ET): where the level is
  'outside',
  'inside',
]);

/** True when the "." at piece i belongs to "e.g.", "i.e." or a note-form "conc.". */
function isAbbreviationDot(ps: Piece[], i: number): boolean {
  // First dot: e . g .  /  i . e .
  if (
    (wordIs(ps, i - 1, 'e') && wordIs(ps, i + 1, 'g')) ||
    (wordIs(ps, i - 1, 'i') && wordIs(ps, i + 1, 'e'))
  )
    return isPunct(ps[i + 2], '.');
  // "Ex. passive: CO2 …" introduces an example, like "e.g.".
  if (wordIs(ps, i - 1, 'ex') && ps[i + 1]?.cls === SPACE && ps[i + 2]?.cls === WORD) return true;
  // "P: no ATP, down grad. A: ATP, up grad." (stored batch BE): a labelled statement after the dot starts anew.
  if (labelAfter(ps, i)) return false;
  // Note-form abbreviations: "against conc. gradient" goes on, but only before a word that
  // continues the phrase: "low conc. active needs ATP" is two sentences typed in lower case.
  if (wordIs(ps, i - 1, 'conc') && ps[i + 1]?.cls === SPACE && CONC_GOES_ON.has(ps[i + 2]?.text ?? ''))
    return true;
  // "(high conc.)": the bracket closes the aside, the sentence goes on.
  if (wordIs(ps, i - 1, 'conc') && isPunct(ps[i + 1], ')')) return true;
  // "passive = w/ grad. (high→low) / active = …" (blind batch CH): a bracket opened after a
  // note-form abbreviation glosses it, so the dot does not end the statement.
  if (
    (wordIs(ps, i - 1, 'conc') || NOTE_ABBREVIATIONS.has(ps[i - 1]?.text ?? '')) &&
    ps[i + 1]?.cls === SPACE &&
    isPunct(ps[i + 2], '(')
  )
    return true;
  // "both vs. gradient": "vs." before a word in lower case goes on (blind batch AX); so do note-form
  // abbreviations such as "no change in postsyn. membrane potential" (blind batch AZ).
  if (
    (wordIs(ps, i - 1, 'vs') || NOTE_ABBREVIATIONS.has(ps[i - 1]?.text ?? '')) &&
    ps[i + 1]?.cls === SPACE &&
    ps[i + 2]?.cls === WORD &&
    /^[a-z]/.test((ps[i + 2] as Piece).text)
  )
    return true;
  // Second dot.
  return (
    (wordIs(ps, i - 1, 'g') && wordIs(ps, i - 3, 'e') && isPunct(ps[i - 2], '.')) ||
    (wordIs(ps, i - 1, 'e') && wordIs(ps, i - 3, 'i') && isPunct(ps[i - 2], '.'))
  );
}

/**
 * True when piece k is the word `text` (lower case). Module-level rather than a closure in
 * {@link isAbbreviationDot}, which runs for every full stop. Word pieces are folded to lower
 * case already, so a length mismatch rules a word out before any lowercasing.
 */
function wordIs(ps: Piece[], k: number, text: string): boolean {
  const p = ps[k];
  return p !== undefined && p.cls === WORD && p.text.length === text.length && p.text === text;
}

/**
 * Words after which a number ends a statement ("3 to 2.", "goes toward 0.", "stays at 70."),
 * never a list marker.
 */
const RATIO_WORDS = new Set([
  'to',
  'for',
  'vs',
  'versus',
  'toward',
  'towards',
  'at',
  'about',
  'around',
  'near',
  'approximately',
  'than',
  'reaches',
  'reach',
  'equals',
]);

/** Words before "period" that make it a noun ("refractory period", "a short period"), not dictation. */
const PERIOD_NOUN_BEFORE = new Set([
  'refractory',
  'absolute',
  'relative',
  'latent',
  'time',
  'a',
  'the',
  'this',
  'that',
  'each',
  'every',
  'same',
  'short',
  'long',
  'whole',
  'rest',
  'resting',
]);

/** Number words that can follow "step" as its item number. */
const STEP_NUMBERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * When "step" at piece `i` is followed by an item number ("Step 2", "step three:"), the index of
 * the marker's last piece (the number, or a ":" "." ")" right after it); otherwise 0.
 */
function stepMarkerEnd(ps: Piece[], i: number): number {
  let k = i + 1;
  if (ps[k]?.cls === SPACE) k++;
  const num = ps[k];
  if (num?.cls !== WORD) return 0;
  const isNumber = isDigits(num.text) ? num.text.length <= 2 : STEP_NUMBERS.has(num.text);
  if (!isNumber) return 0;
  const after = ps[k + 1];
  return isPunct(after, ':') || isPunct(after, '.') || isPunct(after, ')') ? k + 1 : k;
}

/** True when the words after the dash at piece i are a count and a verb of being moved ("- 3 pumped out"). */
function countThenMoved(ps: Piece[], i: number): boolean {
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  const count = ps[j];
  if (count?.cls !== WORD || !isDigits(count.text)) return false;
  return nextWordIn(ps, j, MOVED);
}

/** Participles of being moved across the membrane. */
const MOVED = new Set(['pumped', 'moved', 'transported', 'carried', 'brought', 'taken', 'sent']);

/**
 * For "~~" opening at piece i, the index of the last "~" of the "~~" that closes it on the same
 * line (at most 60 pieces on, with something struck between), or 0 when there is none.
 */
function strikeEnd(ps: Piece[], i: number, np: number): number {
  if (ps[i + 2]?.cls === SPACE || ps[i + 2] === undefined) return 0;
  for (let j = i + 3; j + 1 < np && j <= i + 60; j++) {
    const p = ps[j] as Piece;
    if (p.cls === NEWLINE) return 0;
    if (isPunct(p, '~') && isPunct(ps[j + 1], '~') && ps[j - 1]?.cls !== SPACE) return j + 1;
  }
  return 0;
}

/** Note-form abbreviations that do not end a sentence before a lower-case word. */
// "both = fac. diffusion, no ATP" (blind batch DG): "fac." is facilitated.
const NOTE_ABBREVIATIONS = new Set([
  'postsyn',
  'presyn',
  'approx',
  'diff',
  'grad',
  'memb',
  'pot',
  'temp',
  'fac',
  'facil',
]);

/** How far back (in words) a correction's direction looks for the statement it corrects. */
const CORRECTED_REACH = 12;

/**
 * True when the word at piece i starts a fragment of at most four words that ends its sentence
 * ("… no wait, out.", "… no wait, into the cell."): a correction of one part, not a new statement.
 */
function shortFragment(ps: Piece[], i: number, np: number): boolean {
  let words = 0;
  for (let k = i; k < np; k++) {
    const p = ps[k] as Piece;
    if (p.cls === NEWLINE) return true;
    if (p.cls === WORD) {
      if (++words > 4) return false;
      // "Sodium is pumped into - no wait, out of the cell, and potassium goes in" (blind batch AZ)
    } else if (
      p.cls === PUNCT &&
      (p.text === '.' || p.text === '!' || p.text === '?' || p.text === ',' || p.text === ';')
    )
      return true;
  }
  return true;
}

/**
 * True when "into" or "out of" follows the punctuation at piece i ("– into the cell", ", out of
 * the cell"): a destination that goes on with the clause before it. A bare "in" or "out" does not.
 */
function directionNext(ps: Piece[], i: number): boolean {
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  const w = ps[j];
  if (w === undefined || w.cls !== WORD) return false;
  const lower = w.text;
  if (lower === 'into') return true;
  // "K+ gets sent off, leaving the cell" (blind batch BQ): the subject's own movement, named by a
  // participle and the cell it leaves or enters. Not "leaving the inside more positive".
  if (lower === 'leaving' || lower === 'entering' || lower === 'exiting') return participleCell(ps, j);
  // "a) Na+, in, more positive" (blind batch BS): a bare direction between commas after an ion is
  // that ion's movement, in note form.
  if ((lower === 'in' || lower === 'out') && ionBefore(ps, i) && listItemEnd(ps, j + 1)) return true;
  if (lower !== 'out') return false;
  j++;
  if (ps[j]?.cls === SPACE) j++;
  const of = ps[j];
  return of !== undefined && of.cls === WORD && of.text === 'of';
}

/** True when the piece before i (a comma) ends an ion: "Na+", "K⁺", "sodium", "potassium". */
function ionBefore(ps: Piece[], i: number): boolean {
  let k = i - 1;
  while (isSign(ps[k])) k--;
  const w = ps[k];
  return w?.cls === WORD && isIonWord(w.text);
}

/** True when the piece before the gap before i ends an ion: "Na+ / inward". */
function ionBeforeGap(ps: Piece[], i: number): boolean {
  return isGap(ps[i - 1]) && ionBefore(ps, i - 1);
}

/** True when piece k (after a word) ends a list item: a comma, a semicolon, a line break, a full stop or the end. */
function listItemEnd(ps: Piece[], k: number): boolean {
  const p = ps[k];
  if (p === undefined || p.cls === NEWLINE || p.cls === END$) return true;
  return p.cls === PUNCT && (p.text === ',' || p.text === ';' || p.text === '.' || p.text === '/');
}

/** True when the participle at piece j is followed by "(the) cell", "(the) neuron" or "(the) axon". */
function participleCell(ps: Piece[], j: number): boolean {
  let k = j + 1;
  if (ps[k]?.cls === SPACE) k++;
  if (ps[k]?.cls === WORD && (ps[k] as Piece).text === 'the') {
    k++;
    if (ps[k]?.cls === SPACE) k++;
  }
  const w = ps[k];
  return w !== undefined && w.cls === WORD && PARTICIPLE_PLACES.has(w.text);
}

const PARTICIPLE_PLACES = new Set(['cell', 'neuron', 'axon', 'rbc']);

/**
 * Words that open an aside describing a subject: a relative pronoun, or a reduced relative ("K+,
 * more concentrated inside, diffuses outward"; blind batch CC; "K⁺, concentrated inside, diffuses
 * outward"; blind batch EO).
 */
const RELATIVE_OPENERS = new Set([
  'which',
  'who',
  'more',
  'less',
  'already',
  'being',
  'normally',
  'usually',
  'concentrated',
  'crowded',
  'packed',
]);

/** Prepositions that open a short phrase of time or phase before a subject ("During repolarization the K+ …"). */
const PHASE_OPENERS = new Set(['during', 'in', 'after', 'before', 'at']);
/** Articles that open the subject after such a phrase. */
const SUBJECT_ARTICLES = new Set(['the', 'a', 'an', 'these', 'those']);

/** Longest ", which …," aside (in words) read as lying between a subject and its verb. */
const RELATIVE_MAX_WORDS = 12;
/** Words that open a clause that is not a bare subject ("Unlike plant cells, which …, the …"). */
const NOT_A_SUBJECT = new Set(
  'unlike like in during for at on with without by from after before when if because since as to so'.split(
    ' ',
  ),
);
/** Words inside an aside that make it more than a description (a supposition, a doubt, a list's end). */
const NOT_IN_ASIDE = new Set(['would', 'could', 'might', 'may', 'maybe', 'if', 'and', 'but', 'or']);
/** Words after the closing comma that start a new statement rather than the subject's verb. */
const NOT_A_VERB_AFTER = new Set(
  (
    'the a an this that these those it its they their them he she we i you there here and or but so then ' +
    'which who because since while whereas although though thus therefore however when whenever if unless ' +
    'until after before also'
  ).split(' '),
);

/** Word-forming prefixes a student may put in brackets; a whole word in brackets is an aside. */
const BRACKETED_PREFIXES = new Set([
  'electro',
  'de',
  're',
  'hyper',
  'hypo',
  'un',
  'non',
  'co',
  'trans',
  'semi',
  'dis',
  'in',
  'im',
  'ir',
  'sub',
  'inter',
  'intra',
  'extra',
  'counter',
  'pre',
  'post',
]);

/**
 * True when the "(" at piece i opens a bracketed prefix glued to the word after it: "(electro)chemical",
 * "(de)polarize". Not after a word it is glued to ("channel(s)"), nor a whole word ("(sodium)potassium").
 */
function bracketedPrefix(ps: Piece[], i: number): boolean {
  const prefix = ps[i + 1];
  const word = ps[i + 3];
  return (
    ps[i - 1]?.cls !== WORD &&
    prefix?.cls === WORD &&
    BRACKETED_PREFIXES.has(prefix.text) &&
    isPunct(ps[i + 2], ')') &&
    word?.cls === WORD &&
    word.start === (ps[i + 2] as Piece).end
  );
}

/**
 * When the comma at piece i opens a relative clause between a short subject and its verb
 * ("Sodium ions, which are more concentrated outside, diffuse in"; "Na+, which normally rushes in,
 * cannot enter"), the index of the comma that closes it; otherwise 0. With `close` ")", the same for
 * a parenthesis opened at piece i ("K+ (which was crowded inside) leaves"). The subject is at most four
 * words and is not a phrase opened by a preposition or a clause word; the aside is a plain
 * description (no supposition, doubt or second item) of at most {@link RELATIVE_MAX_WORDS} words
 * within the sentence; the word after it is a lower-case word that can be a finite verb (not an
 * article, a pronoun, a clause word or an -ing form). Bounded look-ahead, so linear overall.
 */
function relativeAside(ps: Piece[], i: number, np: number, out: TokenSink, close = ','): number {
  const from = out.subjectStart();
  if (from < 0 || NOT_A_SUBJECT.has(out.tokens[from]?.info.norm ?? '')) return 0;
  let k = i + 1;
  if (ps[k]?.cls === SPACE) k++;
  const rel = ps[k];
  if (rel === undefined || rel.cls !== WORD) return 0;
  const r = rel.text;
  if (!RELATIVE_OPENERS.has(r)) return 0;
  return plainAsideEnd(ps, k + 1, np, close, false);
}

/**
 * The index of the piece `close` that ends a plain description starting at piece k (at most
 * {@link RELATIVE_MAX_WORDS} words on one line, none of {@link NOT_IN_ASIDE}; an ion's sign or a
 * dash inside a word, "Na+", "K+", stays in it, and with `toAfter` an apostrophe too), when what
 * follows it goes on with the clause before: a finite verb, or with `toAfter` a "to"/"into"/
 * "toward(s)"; otherwise 0. Bounded look-ahead, so linear overall.
 */
function plainAsideEnd(ps: Piece[], k: number, np: number, close: string, toAfter: boolean): number {
  let count = 0;
  for (; k < np && count <= RELATIVE_MAX_WORDS; k++) {
    const p = ps[k] as Piece;
    if (p.cls === SPACE) continue;
    if (p.cls === NEWLINE) return 0;
    if (p.cls === WORD) {
      count++;
      if (NOT_IN_ASIDE.has(p.text)) return 0;
      continue;
    }
    if (p.text === close) {
      if (count === 0) return 0;
      return (toAfter ? nextWordIn(ps, k, AFTER_WHERE_ASIDE) : verbAfter(ps, k)) ? k : 0;
    }
    // Other punctuation ends it.
    if (
      p.text !== '+' &&
      p.text !== '-' &&
      p.text !== '⁺' &&
      !(toAfter && (p.text === "'" || p.text === '’'))
    )
      return 0;
  }
  return 0;
}

/**
 * When the comma at piece i opens a ", where …," aside after a movement's start ("from outside the
 * cell, where its concentration is high, to inside") and the word after its closing comma is
 * "to"/"into"/"toward(s)", the index of that closing comma; otherwise 0. The clause before it is at
 * most {@link RELATIVE_MAX_WORDS} words and has a "from" in its last five; the aside is a plain
 * description of at most that many words. Bounded look-ahead, so linear overall.
 */
function whereAside(ps: Piece[], i: number, np: number, out: TokenSink): number {
  const n = out.tokens.length;
  const start = out.currentClauseStart();
  if (n - start > RELATIVE_MAX_WORDS) return 0;
  let from = false;
  for (let k = n - 1; k >= start && k >= n - 5; k--)
    if ((out.tokens[k] as Token).info.norm === 'from') from = true;
  if (!from) return 0;
  let k = i + 1;
  if (ps[k]?.cls === SPACE) k++;
  if (ps[k]?.cls !== WORD || (ps[k] as Piece).text.toLowerCase() !== 'where') return 0;
  return plainAsideEnd(ps, k + 1, np, ',', true);
}
/** Words after a ", where …," aside that go on with the movement before it. */
const AFTER_WHERE_ASIDE = new Set(['to', 'into', 'toward', 'towards']);

/**
 * Whether the word after piece k is a lower-case word that can be a finite verb (see
 * {@link relativeAside}); with `adverb`, after a "therefore" or "thus" if one comes first.
 */
function verbAfter(ps: Piece[], k: number, adverb = false): boolean {
  let j = k + 1;
  if (ps[j]?.cls === SPACE) j++;
  if (adverb && ps[j]?.cls === WORD && isTransparentAdverb((ps[j] as Piece).text)) {
    j++;
    if (ps[j]?.cls === SPACE) j++;
  }
  const v = ps[j];
  if (v === undefined || v.cls !== WORD) return false;
  const w = v.text;
  const lower = w.toLowerCase();
  return w === lower && !NOT_A_VERB_AFTER.has(lower) && !lower.endsWith('ing');
}

/**
 * For "(" at piece i opening an aside of measured values between a short subject and its verb
 * ("Na+ (~145 mM outside vs ~15 mM inside) cannot diffuse into the cell"; blind batch BT), the index
 * of its closing bracket; otherwise 0. The aside's sides and numbers describe the subject, so they
 * are read as a clause of their own, as a ", which …," aside is, and the subject goes on to its verb.
 * Bounded look-ahead, so linear overall.
 */
function measureAside(ps: Piece[], i: number, np: number, out: TokenSink): number {
  const from = out.subjectStart();
  if (from < 0 || NOT_A_SUBJECT.has(out.tokens[from]?.info.norm ?? '')) return 0;
  let unit = false;
  let count = 0;
  for (let k = i + 1; k < np && k <= i + 4 * RELATIVE_MAX_WORDS; k++) {
    const p = ps[k] as Piece;
    if (p.cls === SPACE) continue;
    if (p.cls === NEWLINE) return 0;
    if (p.cls === WORD) {
      if (++count > RELATIVE_MAX_WORDS) return 0;
      if (MEASURE_UNITS.has(p.text) || mvDigits(p.text) > 0) unit = true;
      continue;
    }
    if (p.text === ')') return unit && verbAfter(ps, k, true) ? k : 0;
    if (p.text === '(' || p.text === '.') return 0;
  }
  return 0;
}

/** Linking verbs after which "more small" is a learner's "smaller". */
const LINKING_VERBS = new Set([
  'become',
  'becomes',
  'became',
  'get',
  'gets',
  'got',
  'getting',
  'is',
  'are',
  'be',
  'grow',
  'grows',
]);
/** Short adjectives and their comparatives. */
const COMPARATIVES = new Map([
  ['small', 'smaller'],
  ['little', 'smaller'],
  ['big', 'bigger'],
  ['large', 'larger'],
  ['low', 'lower'],
  ['high', 'higher'],
  ['weak', 'weaker'],
  ['strong', 'stronger'],
  ['flat', 'flatter'],
]);

/** True when a word follows piece j directly after a space ("more small molecules": the adjective has its noun). */
function wordAfter(ps: Piece[], j: number): boolean {
  const k = ps[j + 1]?.cls === SPACE ? j + 2 : j + 1;
  if (ps[k]?.cls !== WORD) return false;
  // "smaller with the time", "bigger and bigger": a preposition or a joining word is no noun.
  return !AFTER_ADJECTIVE.has((ps[k] as Piece).text);
}
const AFTER_ADJECTIVE = new Set([
  'with',
  'over',
  'and',
  'or',
  'than',
  'as',
  'in',
  'until',
  'because',
  'so',
  'since',
  'at',
  'after',
  'by',
  'each',
  'every',
  'then',
  'now',
]);

/** True when piece i is "inside" or "outside" and "to|towards (the) <the other side>" follows it. */
function sideToOtherSide(ps: Piece[], i: number): boolean {
  const side = (ps[i] as Piece).text;
  const other = side === 'inside' ? OUTSIDE_WORD : side === 'outside' ? INSIDE_WORD : undefined;
  if (other === undefined) return false;
  // "Na+ moves outside -> inside" (blind batch BX): an arrow to the other side is "to" it.
  const arrow = arrowPieceAfter(ps, i);
  if (isArrowPiece(ps, arrow)) return placeArrow(ps, arrow);
  if (!nextWordIn(ps, i, SIDE_TO)) return false;
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  if (nextWordIn(ps, j, ARTICLE_THE)) j += ps[j + 1]?.cls === SPACE ? 2 : 1;
  return nextWordIn(ps, j, other);
}
/** The piece where an arrow right after the word at piece i would end ("->", "=>", "→"), space skipped. */
function arrowPieceAfter(ps: Piece[], i: number): number {
  const arrow = ps[i + 1]?.cls === SPACE ? i + 2 : i + 1;
  return isPunct(ps[arrow], '-') || isPunct(ps[arrow], '=') ? arrow + 1 : arrow;
}
/**
 * For a bare "in" or "out" at piece i followed by an arrow to the other bare side ("in->out",
 * "out → in"), the index of that other side's word; otherwise -1. Only the bare words: "inside ->
 * outside" is read by {@link sideToOtherSide}.
 */
function bareSideArrowEnd(ps: Piece[], i: number): number {
  const arrow = arrowPieceAfter(ps, i);
  if (!isArrowPiece(ps, arrow)) return -1;
  const { a, b } = arrowEnds(ps, arrow);
  if (a !== i) return -1;
  const after = ps[b]?.cls === WORD ? (ps[b] as Piece).text : '';
  return (ps[i] as Piece).text === 'in' ? (after === 'out' ? b : -1) : after === 'in' ? b : -1;
}
/** Object pronouns after which "the" may open a new clause (see SUBORDINATE_OPENERS). */
const OBJECT_PRONOUNS = new Set(['them', 'it', 'em']);
/** Words opening a clause of reason or time before its main clause: "since", "because", "if"… */
const SUBORDINATE_OPENERS = new Set(['since', 'because', 'if', 'when', 'once', 'as', 'after', 'bc', 'cuz']);
/**
 * Words after which an "it"/"they" is no new statement of a run-on: they take the pronoun as their
 * object or complement ("need it", "to it", "let it go"), or they join it already ("and it", "cause it").
 */
const PRONOUN_TAKERS = new Set(
  'to for of with into from by on at in about than like let lets make makes help helps have has get gets push pushes move moves pump pumps use uses need needs take takes put puts bring brings keep keeps want wants do does did and or but so cause cuz bc because since as if when then that which where'.split(
    ' ',
  ),
);
/** Verbs that, right after an "it"/"they", show the pronoun is a new statement's subject in a run-on. */
const RUN_ON_VERBS = new Set(
  'goes go moves move flows flow uses use needs need requires require is are does do just only comes come gets get diffuses diffuse travels travel happens happen can will has have takes take'.split(
    ' ',
  ),
);
/** Verbs of staying that open a statement of their own after a denial and "and". */
const STATE_AFTER_AND = new Set(['stays', 'stay', 'remains', 'remain', 'stayed', 'remained']);
/**
 * True when the spaced dash or slash at piece i stands between a one-word field and a field of at
 * most two words, in a row of three or more fields (another spaced separator ends one of them):
 * "Depol / Na+ / in / +ve". Two fields alone are often two columns' values ("Energy: none / ATP",
 * stored batch D), which must stay apart.
 */
function oneWordFields(ps: Piece[], i: number): boolean {
  const before = fieldWords(ps, i, -1);
  const after = fieldWords(ps, i, 1);
  return (before & 7) === 1 && (after & 7) <= 2 && (after & 7) > 0 && ((before | after) & CHAINED) !== 0;
}
/** Flag in {@link fieldWords}' result: the field ends at another spaced dash or slash. */
const CHAINED = 8;

/**
 * The words (at most 3 counted) of the note-form field next to the spaced dash or slash at piece i,
 * looking back (`step` -1) or on (+1) to the next field break: a spaced dash or slash, a line
 * break, or . , ; : | ( ). An ion's sign ("Na+") and a glued sign ("+ve") are no break. The count
 * is or-ed with {@link CHAINED} when the field ends at another spaced dash or slash.
 */
function fieldWords(ps: Piece[], i: number, step: 1 | -1): number {
  let words = 0;
  for (let k = i + step; k >= 0 && k < ps.length; k += step) {
    const q = ps[k] as Piece;
    if (q.cls === NEWLINE || q.cls === END$) break;
    if (q.cls === WORD) {
      if (++words > 3) break;
    } else if (q.cls === PUNCT) {
      if ('.,;:|()'.includes(q.text)) break;
      if ((q.text === '/' || q.text === '-') && isGap(ps[k - 1]) && isGap(ps[k + 1])) return words | CHAINED;
    }
  }
  return words;
}
/** Participles that end a "with it blocked" condition. */
const ABSOLUTE_PARTICIPLES = new Set(['blocked', 'stopped', 'inhibited', 'broken', 'disabled', 'poisoned']);
/** What stands between "with" and the participle: a pronoun, or "the pump". */
const ABSOLUTE_SUBJECTS = new Set(['it', 'them', 'this', 'that', 'pump', 'pumps']);

/**
 * Words that open a condition or a time before "<it> is blocked" ("as soon as it's blocked"), or
 * before a denied "<subject> not work" that ends without a comma ("When pump not work the neuron …").
 */
const CONDITION_OPENERS = new Set([
  'with',
  'when',
  'whenever',
  'once',
  'if',
  'since',
  'because',
  'after',
  'as',
]);
/** Forms of "be" or "get" between the subject and the participle ("the pump is blocked"). */
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'gets', 'get', 'got', 'been']);

/**
 * True when the last tokens are "with it|them|the pump <participle>" in one clause, or the same
 * after an opener of time or condition with "is"/"gets" between ("as soon as it's blocked the
 * membrane potential goes to 0", blind batch CA: the "'s" is not kept as a token).
 */
function absoluteWith(tokens: readonly Token[], text: string): boolean {
  const n = tokens.length;
  let s = n - 2;
  let be = PASSIVE_BE.has(tokens[s]?.info.norm ?? '');
  if (be) s--;
  const subject = tokens[s];
  if (subject === undefined || !ABSOLUTE_SUBJECTS.has(subject.info.norm)) return false;
  // "it's blocked": the contracted "is" is no token; read it from the text.
  if (!be) be = /^['’]s\s/.test(text.slice(subject.end, (tokens[n - 1] as Token).start));
  const w = tokens[wordBeforeSubject(tokens, s)];
  if (w === undefined) return false;
  return w.info.norm === 'with' ? !be : be && CONDITION_OPENERS.has(w.info.norm);
}

/**
 * The index of the word before the subject at token s, past one article ("when the pump …"), when
 * it stands in the subject's clause; else -1. Where a condition's opener is looked for.
 */
function wordBeforeSubject(tokens: readonly Token[], s: number): number {
  const k = tokens[s - 1]?.info.article ? s - 2 : s - 1;
  const w = tokens[k];
  return w !== undefined && w.clause === (tokens[s] as Token).clause ? k : -1;
}
/** Words that open a new subject after a condition ("with no gradient the membrane …"). */
const NEW_SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'it', 'they', 'there', 'this']);

/** Stems of the verbs of stopping that end a "when it stops" condition. */
const STOP_STEMS = new Set(['stop', 'fail']);

/**
 * True when the last tokens are "<when|once|if|after|…> <the?> <it|the pump|…> <stops|fails>",
 * the opener first in its clause (or after "so", "and", "but"): a whole condition, whose verb
 * takes no object.
 */
function stoppedCondition(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const verb = tokens[n - 1];
  const subject = tokens[n - 2];
  if (verb === undefined || subject === undefined || !STOP_STEMS.has(verb.info.stem)) return false;
  if (!ABSOLUTE_SUBJECTS.has(subject.info.norm) || subject.clause !== verb.clause) return false;
  const k = wordBeforeSubject(tokens, n - 2);
  const opener = tokens[k];
  if (opener === undefined || opener.info.norm === 'with' || !CONDITION_OPENERS.has(opener.info.norm))
    return false;
  const before = tokens[k - 1];
  return (
    before === undefined || before.clause !== opener.clause || LINKS_BEFORE_CONDITION.has(before.info.norm)
  );
}
/** Links that may stand before a condition's opener in its clause ("so when it stops …"). */
const LINKS_BEFORE_CONDITION = new Set(['so', 'and', 'but']);

/** True when the last tokens are "with no <word>" and the "with" opens its clause. */
function withNoCondition(tokens: readonly Token[]): boolean {
  const n = tokens.length;
  const w = tokens[n - 3];
  if (w !== undefined && w.info.norm === 'with' && (tokens[n - 2] as Token).info.norm === 'no') {
    const before = tokens[n - 4];
    return before === undefined || before.clause !== w.clause;
  }
  // "because without the pump it runs out of the ion gradients" (blind batch CX): "without <the>
  // <noun>" the same way, after the clause's start or its "because"/"so".
  const at = tokens[n - 2]?.info.norm === 'without' ? n - 2 : tokens[n - 2]?.info.article ? n - 3 : -1;
  const without = tokens[at];
  if (without === undefined || without.info.norm !== 'without') return false;
  const before = tokens[at - 1];
  return (
    before === undefined ||
    before.clause !== without.clause ||
    SUBORDINATE_OPENERS.has(before.info.norm) ||
    before.info.norm === 'so'
  );
}
const SIDE_TO = new Set(['to', 'towards', 'toward']);
const WHERE = new Set(['where']);
/** Words before a side that say or begin its "from" already ("from the outside to the inside"). */
const FROM_BEFORE_SIDE = new Set(['from', 'the']);
const ARTICLE_THE = new Set(['the']);
const OUTSIDE_WORD = new Set(['outside']);
const INSIDE_WORD = new Set(['inside']);

/** Words that open a bracket restating a verb as its denial: "(can't bind)", "(cannot open)". */
const DENYING_OPENERS = new Set([
  'can',
  'cant',
  'cannot',
  'won',
  'wont',
  'doesn',
  'doesnt',
  'don',
  'dont',
  'not',
  'never',
]);

/** True when an article or a subject pronoun follows piece i after a space ("once the gradients …", "once it …"). */
function subjectAfter(ps: Piece[], i: number): boolean {
  const next = ps[i + 2];
  return ps[i + 1]?.cls === SPACE && next?.cls === WORD && ONCE_SUBJECTS.has(next.text);
}
const ONCE_SUBJECTS = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'they',
  'there',
  'this',
  'that',
  'these',
  'those',
  'all',
  'both',
  // Note form drops the article: "then stop once conc. grads are gone"
  'conc',
  'concentration',
  'concentrations',
  'gradient',
  'gradients',
  'grad',
  'grads',
  'ions',
  'sodium',
  'potassium',
  'water',
]);

/** True when piece i opens a line, after at most a list marker ("2.", "b)", "-", "•"). */
function opensLine(ps: Piece[], i: number): boolean {
  let j = i - 1;
  if (ps[j]?.cls === SPACE) j--;
  if (ps[j]?.cls === PUNCT && LINE_MARKS.has((ps[j] as Piece).text)) {
    j--;
    if (ps[j]?.cls === WORD && ((ps[j] as Piece).text.length === 1 || isDigits((ps[j] as Piece).text))) j--;
  }
  if (ps[j]?.cls === SPACE) j--;
  return j < 0 || ps[j]?.cls === NEWLINE;
}
const LINE_MARKS = new Set(['.', ')', '-', '•', '*', ':']);

/**
 * True when piece i is a bare verb of movement before its direction ("moves into the cell",
 * "goes out"), a verb that carries its direction ("enters"), or "into"/"out of" opening the words.
 */
function bareMoveOpens(ps: Piece[], i: number): boolean {
  const p = ps[i] as Piece;
  if (p.cls !== WORD) return false;
  const w = p.text;
  if (ENTER_LEAVE.has(w) || w === 'inward' || w === 'outward') return true;
  if (COMMA_MOVES.has(w)) return nextWordIn(ps, i, DIRECTIONS);
  if (w === 'into') return true;
  return w === 'out' && nextWordIn(ps, i, OF);
}
const OF = new Set(['of']);

/** Units of a measured concentration or voltage ("145 mM", "-70 mV"). */
const MEASURE_UNITS = new Set(['mm', 'mv', 'mmol', 'millimolar', 'millivolts', 'millivolt']);

/**
 * For "[" (or "(") at piece i opening "[crossed out: …]" (or "scratched out", "struck out"), the index of
 * its closing bracket on the same line; otherwise 0.
 */
function crossedOutEnd(ps: Piece[], i: number, np: number, close = ']'): number {
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  const a = ps[j]?.text;
  if (a !== 'crossed' && a !== 'scratched' && a !== 'struck') return 0;
  for (let k = j + 1; k < np && k <= i + 40; k++) {
    const p = ps[k] as Piece;
    if (p.cls === NEWLINE) return 0;
    if (isPunct(p, close)) return k;
  }
  return 0;
}

/**
 * True when piece p is a gap before a signed number, the "~" of "~-70" (about), or an opening bracket
 * ("depol (−70 → +30 mV)"; blind batch CE).
 */
function gapOrAbout(p: Piece | undefined): boolean {
  return isGap(p) || isPunct(p, '~') || isPunct(p, '(');
}

/** True when the nearest piece before i (spaces and a "~" skipped) is a word or an arrow: piece i is inside a statement. */
function midSentence(ps: Piece[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (ps[k]?.cls === SPACE || isPunct(ps[k], '~'))) k--;
  // "Na+ 3, K+ 2." (blind batch DC): an ion's sign ends a word too.
  return k >= 0 && (ps[k]?.cls === WORD || isArrowPiece(ps, k) || (isSign(ps[k]) && ps[k - 1]?.cls === WORD));
}

/** True when the nearest piece before i, spaces skipped, is a ratio word ("3 to 2.", "(3 vs 2)"). */
function afterWord(ps: Piece[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ps[k]?.cls === SPACE) k--;
  const p = ps[k];
  return p?.cls === WORD && RATIO_WORDS.has(p.text) && (isPunct(ps[i + 1], '.') || isPunct(ps[i + 1], ')'));
}

/**
 * "3Na out/2K in" (blind batch DE): the count glued to an element written without its sign, when a
 * side word follows ("in", "out", "inside", "outside"), or when the pair is written as a ratio,
 * "3Na:2K", "3Na/2K" (blind batch DQ). Length of the count, else 0.
 */
function gluedCountBeforeSide(ps: Piece[], i: number): number {
  const p = ps[i] as Piece;
  const d = gluedIonDigits(p.text);
  if (d === 0) return 0;
  const w = ps[i + 2];
  if (ps[i + 1]?.cls === SPACE && w?.cls === WORD && DIRECTIONS.has(w.text)) return d;
  // The ratio's two sides: "3Na" before ":" or "/" and a glued count, "2K" after them (the first
  // side's piece has already lost its count when the second is read).
  const after = ps[i + 1];
  if ((isPunct(after, ':') || isPunct(after, '/')) && w?.cls === WORD && gluedIonDigits(w.text) > 0) return d;
  const before = ps[i - 1];
  const other = ps[i - 2];
  if ((isPunct(before, ':') || isPunct(before, '/')) && other?.cls === WORD && ION_SYMBOLS.has(other.text))
    return d;
  return 0;
}

/** Digits (one or two) glued to an ion's element symbol without a sign ("3na", "2k"), else 0. */
function gluedIonDigits(text: string): number {
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57 || text.length < 2 || text.length > 4) return 0;
  let d = 0;
  while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  if (d === 0 || d > 2 || d === text.length) return 0;
  return ION_SYMBOLS.has(text.slice(d)) ? d : 0;
}

/** Element symbols of the ions a count may be glued to without a sign. */
const ION_SYMBOLS: ReadonlySet<string> = new Set(['na', 'k', 'cl', 'ca']);

/** Length of the count in "3Na+" / "2K+" (digits glued to an element symbol before a sign), else 0. */
function gluedCount(p: Piece, next: Piece | undefined): number {
  const text = p.text;
  if (text.length < 2 || text.length > 4 || !isSign(next)) return 0;
  let d = 0;
  while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  if (d === 0 || d > 2 || d === text.length) return 0;
  return ELEMENTS.has(text.slice(d)) ? d : 0;
}

/**
 * Units students glue to a number ("20kcal", "5mg", "37C" is left alone: one letter is too often
 * something else, as "2n" or "3d" are). Lowercase, as word pieces are.
 */
export const GLUED_UNITS: ReadonlySet<string> = new Set([
  'mv',
  'kcal',
  'cal',
  'kj',
  'mg',
  'kg',
  'ml',
  'mm',
  'cm',
  'km',
  'nm',
  'um',
  'mmol',
  'hrs',
  'hr',
  'min',
  'mins',
  'ms',
]);

/** For "20kcal" / "70mv" (one to seven digits glued to a unit of {@link GLUED_UNITS}), the number of digits; otherwise 0. */
function unitDigits(text: string): number {
  const c0 = text.charCodeAt(0);
  if (c0 < 48 || c0 > 57 || text.length < 3) return 0;
  let d = 1;
  while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  if (d > 7 || d === text.length) return 0;
  return GLUED_UNITS.has(text.slice(d)) ? d : 0;
}

/** For "70mv" / "0mV" (one to three digits glued to "mv"), the number of digits; otherwise 0. */
function mvDigits(text: string): number {
  const d = unitDigits(text);
  return d > 0 && d <= 3 && text.length === d + 2 && text.endsWith('mv') ? d : 0;
}

/**
 * The last piece of a number written with thousands commas starting at piece i ("20,000",
 * "1,000,000": one to three digits, then groups of exactly three after each comma, and no digit
 * group of another length after), or i when it is no such number: "1,2,3" is a list.
 */
function thousandsEnd(ps: Piece[], i: number): number {
  const first = (ps[i] as Piece).text;
  if (first.length > 3 || first.charCodeAt(0) === 48) return i;
  let k = i;
  while (isPunct(ps[k + 1], ',') && ps[k + 2]?.cls === WORD) {
    const group = (ps[k + 2] as Piece).text;
    if (!isDigits(group)) break;
    if (group.length !== 3) return i;
    k += 2;
  }
  return k;
}

/** Whether "but", "also" or "as well" follows the "not only/just" at `i` in its sentence (bounded look-ahead). */
function completesEmphasis(tokens: readonly Token[], i: number): boolean {
  const sent = (tokens[i] as Token).sent;
  for (let j = i + 2; j < tokens.length && j < i + 40 && (tokens[j] as Token).sent === sent; j++) {
    const norm = (tokens[j] as Token).norm;
    if (norm === 'but' || norm === 'also' || (norm === 'well' && tokens[j - 1]?.norm === 'as')) return true;
  }
  return false;
}

/** Marks a decimal without its leading zero may follow directly ("q=.4", "sqrt(.16)", "~.5"). */
const BEFORE_BARE_DECIMAL = new Set(['=', '(', '~', '≈', ':', '<', '>', '/', '*', '×']);

/**
 * Whether the "." at piece i opens a decimal written without its leading zero (".4"): digits
 * follow it directly, and before it is the text's start, a space or a mark such as "=" or "(",
 * never a word or a digit ("cell.4 ions" ends a sentence; "3.5" is read whole elsewhere), nor
 * another dot (an ellipsis).
 */
function leadingDotDecimal(ps: Piece[], i: number): boolean {
  const next = ps[i + 1];
  if (next?.cls !== WORD || !isDigits(next.text)) return false;
  const prev = ps[i - 1];
  return (
    prev === undefined || prev.cls === SPACE || prev.cls === NEWLINE || BEFORE_BARE_DECIMAL.has(prev.text)
  );
}

/** Reads "70", "3.5" or "20,000" starting at piece i. */
function readNumber(ps: Piece[], i: number): { text: string; end: number; last: number } {
  const p = ps[i] as Piece;
  const grouped = thousandsEnd(ps, i);
  if (grouped > i) {
    // "20,000": one number, written without its commas ("=20" had met "10% of 20,000"; teacher set 22).
    let text = p.text;
    for (let k = i + 2; k <= grouped; k += 2) text += (ps[k] as Piece).text;
    return { text, end: (ps[grouped] as Piece).end, last: grouped };
  }
  const dot = ps[i + 1];
  const frac = ps[i + 2];
  if (isPunct(dot, '.') && frac?.cls === WORD && isDigits(frac.text)) {
    return { text: `${p.text}.${frac.text}`, end: frac.end, last: i + 2 };
  }
  return { text: p.text, end: p.end, last: i };
}

/**
 * "not only …, but also …", "not just X but Y" are emphasis, not negation. Without the "but" or
 * "also" that completes them, "not just" denies the "just": "It does not just change one amino
 * acid" says more than one changes (teacher set 8: read as emphasis, it stated the "only one"
 * misconception).
 */
function markNonCues(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (
      t.norm === 'not' &&
      NOT_A_CUE_AFTER_NOT.has((tokens[i + 1] as Token).norm) &&
      completesEmphasis(tokens, i)
    ) {
      tokens[i] = new Token(NOT_EMPHASIS, t.start, t.end, t.sent, t.clause, t.seg);
    }
    // "no wait hypotonic", "wait no, …", "actually no the …": the student corrects themselves; the
    // correction is not negated.
    const next = tokens[i + 1] as Token;
    // So is "both use ATP? no actually they're both passive" (blind batch CB).
    // And "The ratio is 2:3? no I mean 3 Na for every 2 K" (blind batch DO).
    if (
      t.norm === 'no' &&
      (next.norm === 'wait' ||
        next.norm === 'actually' ||
        (next.norm === 'i' &&
          (tokens[i + 2]?.norm === 'mean' || tokens[i + 2]?.norm === 'meant') &&
          tokens[i + 2]?.sent === t.sent))
    )
      tokens[i] = new Token(NO_CORRECTION, t.start, t.end, t.sent, t.clause, t.seg);
    // "no it would stay dark because theres no luxr" (teacher set 25): a sentence's first "no"
    // right before a pronoun or an article answers the question; what follows is the answer. A
    // "no" before a noun is a denial ("no LuxR means …").
    if (
      t.norm === 'no' &&
      (i === 0 || (tokens[i - 1] as Token).sent !== t.sent) &&
      next.sent === t.sent &&
      ANSWER_OPENERS.has(next.norm)
    )
      tokens[i] = new Token(NO_ANSWER, t.start, t.end, t.sent, t.clause, t.seg);
    if ((t.norm === 'wait' || t.norm === 'actually') && next.norm === 'no')
      tokens[i + 1] = new Token(NO_CORRECTION, next.start, next.end, next.sent, next.clause, next.seg);
    // "making the enzyme for nothing is a waste" (teacher set 6): "for nothing" is "in vain", and
    // denies nothing around it.
    if (t.norm === 'for' && next.norm === 'nothing')
      tokens[i + 1] = new Token(NOTHING_IN_VAIN, next.start, next.end, next.sent, next.clause, next.seg);
    // "K+ does not leave; instead Na+ enters" (blind batch BJ): "instead" negates only what its
    // "of" names ("instead of K+"), and "rather" only what its "than" names. Standing alone they
    // turn to the fact the student asserts, which must not read as denied.
    if ((t.norm === 'instead' && next.norm !== 'of') || (t.norm === 'rather' && next.norm !== 'than'))
      tokens[i] = new Token(
        t.norm === 'instead' ? INSTEAD_ADVERB : RATHER_ADVERB,
        t.start,
        t.end,
        t.sent,
        t.clause,
        t.seg,
      );
    // "you barely use any energy", "hardly any Na+ enters" (blind batch DV): almost none is read as
    // none, so "barely any <noun>" reads "no" and "barely <verb> any" reads "not <verb>", and what
    // follows is denied as it would be after those words. "any" with no word right after it is a
    // pronoun ("to where theres barely any (down the gradient)"; stored batch BL): it names a
    // place, and denies nothing after it.
    if (NEAR_NONE.has(t.norm) && next.clause === t.clause) {
      const after = tokens[i + 2];
      if (ANY_WORDS.has(next.norm)) {
        if (after !== undefined && after.clause === t.clause && after.start === next.end + 1)
          tokens[i] = new Token(NO_INFO, t.start, t.end, t.sent, t.clause, t.seg);
      } else if (after !== undefined && after.clause === t.clause && ANY_WORDS.has(after.norm))
        tokens[i] = new Token(NOT_INFO, t.start, t.end, t.sent, t.clause, t.seg);
    }
    // "Without it the neuron would lose its gradients": "without" and its pronoun are a phrase of
    // their own; the statement after them is not negated (the word still matches "without").
    if (t.norm === 'without' && PRONOUN_OBJECTS.has(next.norm) && next.sent === t.sent)
      tokens[i] = new Token(WITHOUT_PHRASE, t.start, t.end, t.sent, t.clause, t.seg);
    // "water moves in and out equally", "ions go out and in": both ways at once is no direction,
    // so neither word reads as entering or leaving; each reads "across", which is what it says.
    // So is "in or out" ("Water moves in or out by osmosis depending on the tonicity"; blind batch
    // BI): either way, no direction is claimed. Its words are marked, so a "might" before them
    // still doubts the clause (hedge.ts).
    const third = tokens[i + 2];
    if (
      (next.norm === 'and' || next.norm === 'or') &&
      third !== undefined &&
      third.clause === t.clause &&
      ((IN_WORDS.has(t.norm) && third.norm === 'out') || (t.norm === 'out' && IN_WORDS.has(third.norm)))
    ) {
      const way = next.norm === 'and' ? BOTH_WAYS : EITHER_WAY;
      tokens[i] = new Token(way, t.start, t.end, t.sent, t.clause, t.seg);
      tokens[i + 2] = new Token(way, third.start, third.end, third.sent, third.clause, third.seg);
    }
  }
}

const IN_WORDS = new Set(['in', 'into']);
/**
 * The reading state of a typed table (table-rows.ts): the heading row's cells, and where the current
 * cell began. Made only for an answer that holds a table.
 */
class TableCells {
  /** Per column of the heading row: its tokens [from, to). */
  private readonly heads: [number, number][] = [];
  /** The current cell's column and first token. */
  private col = 0;
  private cellFrom = 0;
  /** Per column with a heading: the token ranges of its body cells, in row order (read again by {@link readColumns}). */
  private readonly cells: [number, number][][] = [];
  /** The current body row's label cell, if it has one. */
  private label: [number, number] | undefined;
  /** Whether the corner cell of a label column has been passed in the heading row. */
  private cornerSeen = false;

  constructor(private readonly layout: TableLayout) {
    // A slash-table's heading names start in the second column, over the cells after the labels.
    if (layout.separators !== undefined) this.col = 1;
  }

  /** True when the punctuation at character `at` is a cell boundary of a slash-table. */
  separatesAt(at: number): boolean {
    return this.layout.separators?.has(at) === true;
  }

  /**
   * A pipe: a cell boundary. A body row's next cell is a statement of its own, said under its
   * column's heading ("| none (no ATP) |" under "Passive").
   */
  pipe(p: Piece, out: TokenSink, no?: Piece, empty = false): void {
    this.endCell(p.start, out);
    this.col++;
    if (this.layout.kinds[lineAt(this.layout, p.start)] === 'row') {
      out.sentenceBreak();
      // An empty cell says nothing: "| water moves | | -> into cell |" under "inside cell | outside"
      // (blind batch EC) does not say that water moves inside the cell.
      if (empty) {
        this.cellFrom = out.tokens.length;
        return;
      }
      // The row's label first, then the heading: "energy | none | ATP" under "Passive | Active" reads
      // "energy Passive none", as a heading over note form does ("Energy: passive none, active
      // ATP"). Not "Active energy", which reads as a claim the cell may not make.
      // A cell that answers the label with a bare "no" ("ACh binds receptor | yes | no, toxin is in
      // the way"; blind batches CJ, CQ) denies it: the label is read after a "not".
      // Under a label column ("Step | Normal | With toxin"; blind batches CJ, CM) the headings are
      // the cases each row is told in, so the heading comes first: "Normal depolarization yes",
      // "With toxin not depolarization", as a teacher reads across the row.
      const caseFirst = this.layout.labelCorner;
      if (caseFirst) this.replayHeading(this.col, out);
      // Read again in a cell, the label standing alone claims nothing: "Depolarization | yes | no,
      // stays at rest" (blind batch CJ) does not say that the membrane depolarizes; its cells say
      // whether it does. A label no cell reads again is the row's content and stays a claim.
      if (this.label !== undefined && hasHead(this.heads, this.col)) {
        for (let k = this.label[0]; k < this.label[1]; k++) (out.tokens[k] as Token).unclaimed = true;
        if (no !== undefined) out.emit('not', no.start, no.end);
        out.replay(this.label[0], this.label[1]);
      }
      if (!caseFirst) this.replayHeading(this.col, out);
    }
    this.cellFrom = out.tokens.length;
  }

  /** A line break: ends the sentence; a body row's first cell stands under the first heading (no label column). */
  lineEnd(p: Piece, out: TokenSink): void {
    this.endCell(p.start, out);
    out.sentenceBreak();
    this.col = 0;
    this.label = undefined;
    if (this.layout.kinds[lineAt(this.layout, p.end)] === 'row') this.replayHeading(0, out);
    else this.readColumns(out);
    this.cellFrom = out.tokens.length;
  }

  /** The end of the answer: closes the last cell and reads the columns if the table ran to the end. */
  finish(end: number, out: TokenSink): void {
    this.endCell(end, out);
    this.readColumns(out);
  }

  /** Closes the cell that ends at character `at`: a heading cell is remembered, and so is a body row's cell. */
  private endCell(at: number, out: TokenSink): void {
    const kind = this.layout.kinds[lineAt(this.layout, at)];
    // The corner cell of a label column ("Part" over the rows' labels) is no heading: the heading
    // row's first cell with words, in the second column after a leading pipe ("| Step | Normal |
    // With toxin |"; blind batch CX).
    if (kind === 'head') {
      if (out.tokens.length > this.cellFrom && this.layout.labelCorner && !this.cornerSeen)
        this.cornerSeen = true;
      else this.heads[this.col] = [this.cellFrom, out.tokens.length];
    } else if (kind === 'row' && out.tokens.length > this.cellFrom) {
      if (hasHead(this.heads, this.col)) {
        const column = this.cells[this.col] ?? [];
        column.push([this.cellFrom, out.tokens.length]);
        this.cells[this.col] = column;
      }
      // The first cell under no heading is the row's label ("energy", "direction"); with leading
      // pipes ("| energy | none | ATP |") it stands in the second column.
      else if (this.label === undefined) this.label = [this.cellFrom, out.tokens.length];
    }
  }

  /**
   * After the table's last row: each column read again as one statement under its heading, its
   * cells in row order ("| Depolarization |" over "ion | Na+ |" and "direction | into cell |" is
   * "Depolarization Na+ into cell"), so facts split over rows meet. Each cell is a negation segment
   * of its own, so a "none" in one row denies nothing in the next.
   */
  private readColumns(out: TokenSink): void {
    if (this.cells.length === 0) return;
    this.cells.forEach((cells, c) => {
      const h = this.heads[c] as [number, number];
      out.sentenceBreak();
      out.replay(h[0], h[1]);
      for (const [from, to] of cells) {
        out.segmentBreak();
        out.replay(from, to);
      }
    });
    out.sentenceBreak();
    this.cells.length = 0;
  }

  /** Emits again the heading of column `c` before that column's cell. */
  private replayHeading(c: number, out: TokenSink): void {
    const h = this.heads[c];
    if (h !== undefined && hasHead(this.heads, c)) out.replay(h[0], h[1]);
  }
}

/** Whether the cell opened by the pipe at piece i is empty: only spaces before the next pipe (a row's last cell, before its line break, is left as it is). */
function emptyCellAfter(ps: Piece[], i: number, np: number): boolean {
  let k = i + 1;
  if (ps[k]?.cls === SPACE) k++;
  const after = ps[k];
  return k < np && after !== undefined && after.cls === PUNCT && after.text === '|';
}

/** Words that open the statement after an answering "no" ("no it would stay dark", "no the mutant …"). */
const ANSWER_OPENERS = new Set([
  'it',
  'they',
  'the',
  'this',
  'that',
  'there',
  'theres',
  'he',
  'she',
  'we',
  'you',
]);

/** Punctuation that may end a bare "no" answering a table row ("| no, stays closed |", "| no. |"). */
const AFTER_BARE_NO = new Set([',', '.', ';', ':', '-', '–', '—', '!', ')']);

/**
 * The piece of a bare "no" answering the cell opened by the pipe at piece i: "no" (or "nope") alone,
 * or before punctuation ("| no, toxin is in the way |"); -1 otherwise, as for "| no Na+ flows in |",
 * a statement of its own. Bounded look-ahead.
 */
function bareNoAfter(ps: Piece[], i: number, np: number): number {
  let k = i + 1;
  if (ps[k]?.cls === SPACE) k++;
  const w = ps[k];
  if (
    w === undefined ||
    w.cls !== WORD ||
    !(w.text.toLowerCase() === 'no' || w.text.toLowerCase() === 'nope')
  )
    return -1;
  const at = k;
  k++;
  if (ps[k]?.cls === SPACE) k++;
  const after = ps[k];
  const bare =
    k >= np ||
    after === undefined ||
    after.cls === NEWLINE ||
    (after.cls === PUNCT && (after.text === '|' || AFTER_BARE_NO.has(after.text)));
  return bare ? at : -1;
}

/** The longest table heading emitted again before its cells: a heading is a name, not a sentence. */
const MAX_HEADING_TOKENS = 4;

/** True when column `c` of a table has a short heading with words. */
function hasHead(heads: readonly [number, number][], c: number): boolean {
  const h = heads[c];
  return h !== undefined && h[1] > h[0] && h[1] - h[0] <= MAX_HEADING_TOKENS;
}

/** Words after which an up or down arrow is the way along a gradient. */
const GRADIENT_WORDS = new Set(['gradient', 'gradients', 'grad', 'grads', 'conc', 'concentration']);
/** "in" or "out" of "in and out": both ways across the membrane, so neither direction alone. */
const BOTH_WAYS: WordInfo = infoOf('across');
/** "in" or "out" of "in or out": read "across" like {@link BOTH_WAYS}, but its own object for hedge.ts. */
export const EITHER_WAY: WordInfo = infoLike(infoOf('across'));

/** A word as itself but with no negation cue (its own object, so the per-word caches keep it apart). */
function withoutCue(word: string): WordInfo {
  return infoLike(infoOf(word), { cue: Cue.None });
}

/** Words that say "almost none" before an "any" ("barely any", "hardly use any"). */
const NEAR_NONE = new Set(['barely', 'hardly', 'scarcely']);
/** The "any" words that complete "barely any", "hardly use any". */
const ANY_WORDS = new Set(['any', 'anything', 'anyone', 'anybody']);

/** "nothing" in "for nothing" (in vain): the word, but no negation cue. */
const NOTHING_IN_VAIN = withoutCue('nothing');

/** "instead" and "rather" standing alone (not before "of" / "than"). */
const INSTEAD_ADVERB = withoutCue('instead');
const RATHER_ADVERB = withoutCue('rather');

/** Pronouns that close a "without …" phrase ("without it, …"). */
const PRONOUN_OBJECTS = new Set(['it', 'this', 'that', 'them', 'these', 'those']);
/** "without" heading its own short phrase: the word, but no negation cue. */
const WITHOUT_PHRASE = withoutCue('without');

/** True when the parenthesis opened at piece i holds just an ion ("positive ions come in (sodium)"). */
function ionAside(ps: Piece[], i: number): boolean {
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  const w = ps[j];
  if (w?.cls !== WORD || !isIonWord(w.text)) return false;
  let k = j + 1;
  while (isSign(ps[k])) k++;
  if (ps[k]?.cls === SPACE) k++;
  return isPunct(ps[k], ')');
}

/** Words after which a lone sign is the charge ("more +", "back to -", "inside gets +"). */
const SIGN_AFTER = new Set([
  // "making it +" (blind batch AR)
  'it',
  'more',
  'less',
  'to',
  'gets',
  'get',
  'becomes',
  'become',
  'goes',
  'is',
  'stays',
  'turns',
  'loses',
  'lose',
  'lost',
  'gains',
  // "cell goes back - ." (blind batch AJ)
  'back',
  // "inside − again", "inside +": the place, then its charge
  'inside',
  'outside',
  // "so its - again", "it's - again" (blind batch BZ): the typed "it is" before its charge
  'its',
  's',
]);

/** Places after which a spaced dash before a clause opener joins two statements ("outside - it …"). */
const PLACES_BEFORE_DASH = new Set(['inside', 'outside', 'back']);

/** Words that open a statement of their own after a dash: a subject pronoun or a connective. */
/** Denials that can close a statement on their own ("… and sometimes no"). */
const BARE_DENIALS = new Set(['no', 'not', 'none', 'never', 'nothing']);
/** "for example", "for instance". */
const EXAMPLE_WORDS = new Set(['example', 'instance', 'ex', 'eg']);

const CLAUSE_OPENERS = new Set([
  'it',
  'they',
  'this',
  'that',
  'which',
  'so',
  'and',
  'but',
  'then',
  'because',
  'since',
  'the',
]);

const INSIDE_OUTSIDE = new Set(['inside', 'outside']);

/** The verbs that open a cleft: "sodium IS the one that goes in". */
const CLEFT_VERBS = new Set(['is', 'are', 'was', 'were']);
/** The words of a cleft after its verb, one set per word: "the" "one(s)" "that/who/which". */
const CLEFT_REST: readonly ReadonlySet<string>[] = [
  new Set(['the']),
  new Set(['one', 'ones']),
  new Set(['that', 'who', 'which']),
];

/** At a cleft verb (piece i), the piece index of the cleft's last word ("… the one that"), or 0 when none follows. */
function cleftEnd(ps: Piece[], i: number): number {
  let j = i;
  for (const words of CLEFT_REST) {
    j++;
    if (ps[j]?.cls === SPACE) j++;
    const w = ps[j];
    if (w === undefined || w.cls !== WORD || !words.has(w.text)) return 0;
  }
  return j;
}

/**
 * Pairs of things an answer compares, by the letters a note-taker labels them with. Only a pair
 * whose two letters both stand as labels ("P:" and "A:" at the start of a line, sentence or item)
 * is read, so a lone "a:" (a question part) stays a letter.
 */
const LABEL_PAIRS: readonly (readonly [string, string, string, string])[] = [
  ['p', 'passive', 'a', 'active'],
  ['d', 'depolarization', 'r', 'repolarization'],
  ['pt', 'passive', 'at', 'active'],
];
const LABEL_AT = /(?:^|[\n.;/|(]\s*|\s-\s)([a-z]):/gi;
/** "PT:", "AT:" (capitals) opening a line or an item: passive and active transport abbreviated. */
const KIND_ABBREVIATION_AT = /(?:^|[\n.;/|(]\s*|\s-\s)(PT|AT)\s?:/g;

/** The label letters of `text` read as words (see {@link LABEL_PAIRS}), or undefined. */
function pairLabels(text: string): Map<string, string> | undefined {
  const seen = new Set<string>();
  for (const m of text.matchAll(LABEL_AT)) seen.add((m[1] as string).toLowerCase());
  for (const m of text.matchAll(KIND_ABBREVIATION_AT)) seen.add((m[1] as string).toLowerCase());
  let out: Map<string, string> | undefined;
  for (const [a, aWord, b, bWord] of LABEL_PAIRS) {
    if (!seen.has(a) || !seen.has(b)) continue;
    out ??= new Map();
    out.set(a, aWord);
    out.set(b, bWord);
  }
  return out;
}

/** "A = ACh": a capital letter, "=", and the word it stands for. */
const LEGEND_ENTRY = /(?<![A-Za-z0-9])([A-Z]) ?= ?([A-Za-z]{2,})(?![A-Za-z0-9+⁺])/g;

/**
 * The letters an answer defines in a legend ("A = ACh, R = receptor, T = toxin"), lower case, or
 * undefined. Two entries at least: a single "X = …" is more likely an equation or a label.
 */
function letterLegend(text: string): Map<string, string> | undefined {
  let out: Map<string, string> | undefined;
  let entries = 0;
  for (const m of text.matchAll(LEGEND_ENTRY)) {
    out ??= new Map();
    out.set((m[1] as string).toLowerCase(), (m[2] as string).toLowerCase());
    entries++;
  }
  return entries >= 2 ? out : undefined;
}

/** True when a word and a colon follow piece i ("| A: high→low"). */
function labelAfter(ps: Piece[], i: number): boolean {
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  return ps[j]?.cls === WORD && isPunct(ps[j + 1], ':');
}

/** True when the word just after piece i (spaces skipped) is in `set` (any case). */
function nextWordIn(ps: Piece[], i: number, set: ReadonlySet<string>): boolean {
  let j = i + 1;
  if (ps[j]?.cls === SPACE) j++;
  const w = ps[j];
  return w !== undefined && w.cls === WORD && set.has(w.text);
}

/** True when the word before the lone sign at piece i is a count or "net" ("1 +", "net +"). */
function chargeCountBefore(ps: Piece[], i: number): boolean {
  let j = i - 1;
  if (ps[j]?.cls === SPACE) j--;
  const w = ps[j];
  if (w === undefined || w.cls !== WORD) return false;
  // "net loss of + from inside" (blind batch CR): a loss or gain "of" a lone plus is of charge.
  if (w.text === 'of') return lastWordIn(ps, j, LOSS_WORDS);
  return isDigits(w.text) || CHARGE_COUNTS.has(w.text);
}

/** Nouns whose "of" before a lone plus makes it a charge ("loss of +"). */
const LOSS_WORDS = new Set(['loss', 'gain', 'lots', 'lot']);
/**
 * Words before a lone plus that make it a charge: "net +", "lose one + every round" (blind batch
 * BS), "u lose a + every time" (blind batch BY), "lose 1 extra + each cycle" (blind batch CP),
 * "more + out than in".
 */
const CHARGE_COUNTS = new Set(['net', 'one', 'two', 'three', 'a', 'extra', 'more']);

/** Nouns after a lone plus that make it the word "positive": "+ charge", "+ ions". */
const CHARGE_NOUNS = new Set(['charge', 'charges', 'ion', 'ions']);

/** True when the word just before piece i (spaces skipped) is in `set` (any case). */
function lastWordIn(ps: Piece[], i: number, set: ReadonlySet<string>): boolean {
  let j = i - 1;
  if (ps[j]?.cls === SPACE) j--;
  const w = ps[j];
  return w !== undefined && w.cls === WORD && set.has(w.text);
}

/**
 * The index of the ")" (or `close`) closing a short parenthesis opened at piece i (at most three
 * words, or four around a glued slash as in "the Na/K gradients", no punctuation inside but ion
 * signs, and with `abbreviated` an abbreviation's full stop before the bracket), or 0 when the
 * parenthesis is longer or not closed.
 */
function shortAside(ps: Piece[], i: number, np: number, close = ')', abbreviated = false): number {
  let words = 0;
  let slash = false;
  /** "(out of the cell)": an aside that says where may take four words (blind batch BO). */
  let where = false;
  /**
   * "a crowd of Na+ boards (moves into the cell)" (blind batch BT): an aside that restates the
   * verb before it as a movement may take five words; it is read in place, after that verb.
   */
  let move = false;
  /**
   * "the ACh skiers can't sit down (can't bind)" (blind batch BW): an aside that restates the verb
   * before it as a denial may take five words; it is read in place too.
   */
  let deny = false;
  for (let j = i + 1; j < np && j <= i + 16; j++) {
    const p = ps[j] as Piece;
    if (p.cls === NEWLINE) return 0;
    if (p.cls === WORD) {
      const lower = p.text;
      // The "t" of "can't" is part of its word.
      if (isPunct(ps[j - 1], "'") && ps[j - 2]?.cls === WORD) continue;
      if (++words === 1) {
        where = DIRECTIONS.has(lower);
        move = ENTER_LEAVE.has(lower) || (COMMA_MOVES.has(lower) && nextWordIn(ps, j, DIRECTIONS));
        deny = DENYING_OPENERS.has(lower);
      }
      if (words > (move || deny ? 5 : 4)) return 0;
    } else if (p.cls === PUNCT) {
      if (p.text === close) return words > 0 && (words <= 3 || slash || where || move || deny) ? j : 0;
      // "Na/K": a slash glued between two words joins them.
      if (p.text === '/' && ps[j - 1]?.cls === WORD && ps[j + 1]?.cls === WORD) slash = true;
      // (Curly apostrophes are folded to "'" before pieces are read.)
      else if (p.text === "'" && ps[j - 1]?.cls === WORD && ps[j + 1]?.cls === WORD) continue;
      // "outside (high conc.)": an abbreviation's full stop right before the closing bracket, in
      // an aside after a side (`abbreviated`).
      else if (abbreviated && p.text === '.' && ps[j - 1]?.cls === WORD && isPunct(ps[j + 1], close))
        continue;
      // "3Na+ (in->out), 2K+ (out->in)" (blind batch EJ): an arrow from one side to the other in
      // an aside that says where.
      else if (where && (p.text === '>' || p.text === '→')) continue;
      else if (p.text !== '+' && p.text !== '-' && p.text !== '⁺' && p.text !== '⁻') return 0;
    }
  }
  return 0;
}
