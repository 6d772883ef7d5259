import { infoLike, infoOf, type WordInfo } from './word-info.js';

/**
 * Reading ordinary student prose and note form the same way in every question, after the
 * tokenizer has numbered clauses:
 *
 * - Discourse adverbs inside a clause ("water *therefore* moves in", "ACh *then* cannot bind",
 *   "Na+ *also* enters") neither end the clause nor separate the words of a phrase: they are
 *   skipped like articles. At the start of a clause they still start it.
 * - A clause-final "in" / "out" after a word ("water in", "Na+ out", "3 Na+ out and 2 K+ in")
 *   is note form for "enters" / "leaves": the token also carries that verb's meaning.
 *
 * One pass over the tokens; clause and segment numbers are shifted in place.
 */

/** What this pass reads and rewrites of a token (tokenize.ts's Token; named here to keep imports one-way). */
interface NoteToken {
  info: WordInfo;
  clause: number;
  seg: number;
  readonly sent: number;
}

/** Adverbs that join a clause without starting a new one when they stand inside it. */
const ALWAYS_TRANSPARENT = new Set(['therefore', 'thus', 'hence', 'consequently']);
/** Whether a word is an adverb that joins a clause without starting a new one ("therefore", "thus"). */
export function isTransparentAdverb(lower: string): boolean {
  return ALWAYS_TRANSPARENT.has(lower);
}
/** Quantity words after which "so" says how many or how much ("so many", "so few"). */
const SO_DEGREE = new Set(['many', 'much', 'few', 'little']);
/** Words that open an antecedent whose consequent a "then" starts ("if Na+ enters then …"). */
const ANTECEDENT_OPENERS = new Set(['if', 'when', 'whenever', 'once', 'after', 'before', 'as']);
/**
 * Auxiliaries and copulas: a "then" right after one sits inside its verb ("the tRNA is then
 * copied", "the membrane will then depolarize") and joins nothing.
 */
const AUXILIARIES = new Set(
  'is are was were be been can cannot could will would should must may might does do did has have had'.split(
    ' ',
  ),
);
/** Direction words: a clause holding one already says a movement ("Na+ in then K+ out"). */
const DIRECTION_WORDS = new Set(['in', 'out', 'into', 'inside', 'outside']);

/**
 * True when the clause before the "then" at token i is a short subject and nothing else: at most
 * three words, none a verb the pack reads after "then", a direction or a clause or segment word,
 * and not an antecedent ("if …", "when …"). "Na+ enters then K+ leaves", "if it binds then …" and
 * "… thats depolarization and then …" stay two clauses.
 */
function subjectOnlyBefore(tokens: readonly NoteToken[], i: number): boolean {
  const clause = (tokens[i - 1] as NoteToken).clause;
  let words = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as NoteToken;
    if (t.clause !== clause || t.sent !== (tokens[i] as NoteToken).sent) break;
    const norm = t.info.norm;
    // A clause or segment word ("thats depolarization and then …") joins statements: no bare subject.
    if (
      ++words > 3 ||
      t.info.boundary !== 0 ||
      VERBISH_AFTER_THEN.has(norm) ||
      DIRECTION_WORDS.has(norm) ||
      ANTECEDENT_OPENERS.has(norm)
    )
      return false;
  }
  return words > 0;
}

/** Words that are never clause words; inside a clause they are skipped like articles. */
const FILLERS = new Set(['also', 'first', 'basically', 'just', 'really', 'still', 'too']);
/**
 * "then" inside a clause is an adverb when a verb follows ("ACh then cannot bind", "sodium then
 * rushes in"); before a noun it joins two clauses ("Na+ enters then K+ leaves") and stays a break.
 */
const VERBISH_AFTER_THEN = new Set(
  'can cannot could will would does do did is are was were has have had must should may might not never also becomes become gets get moves move flows flow goes go comes come rushes rush enters enter leaves leave diffuses diffuse stays stay binds bind opens open closes close causes cause makes make starts start begins begin'.split(
    ' ',
  ),
);
/** Before a clause-final "in" these make it a place, not a movement ("K+ stays in"). */
const NOT_MOVEMENT_BEFORE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'stay',
  'stays',
  'remain',
  'remains',
  'kept',
  'keep',
  'keeps',
  'locked',
  'trapped',
]);
/**
 * Passive pump verbs whose clause-final "out" stays a plain direction ("pumped out"). A clause-final
 * "in" after them still reads as "into": "Potassium is pumped in" is the movement the label asks for.
 */
const PUMPED = new Set(['pumped', 'pumping']);
/** Verbs whose "out" is not a movement out of a cell ("gradients even out", "figure out"). */
const PHRASAL_OUT = new Set(
  'even level spread balance balanced cancel run wear die burn figure find point carry turn work sort stand phase evens levels balances cancels'.split(
    ' ',
  ),
);

/** Substances whose "out of the cell is …" is a place: "the water out of the cell is hypotonic". */
const PLACE_NOUNS = new Set([
  'water',
  'h2o',
  'solution',
  'fluid',
  'liquid',
  'solute',
  'solutes',
  'concentration',
]);
const CELL_WORDS = new Set(['cell', 'cells', 'rbc', 'neuron', 'membrane']);
/** Verbs after "the water out of the cell" that make it a place being described ("… is", "… has more"). */
const PLACE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have']);
const OUTSIDE_INFO = infoOf('outside');

/** "to", read for the "into" of "out into". */
const TO_INFO = infoOf('to');

/** Objects that may stand between such a verb and its "out": "even things out", "figure it out". */
const PHRASAL_OBJECTS = new Set(['things', 'it', 'them', 'this', 'that', 'everything', 'stuff', 'all']);

/**
 * Verbs whose "up" belongs to the verb ("sets up", "keeps up"), not to a gradient. Not "speeds up":
 * the lexicon reads that whole as an increase (teacher set 18), and "up" there names no gradient
 * either way ("speeds up the gradient" is no answer anyone wrote).
 */
const PHRASAL_UP = new Set(['set', 'sets', 'setting', 'keep', 'keeps', 'kept', 'keeping']);
/** Words that say a number is approximate ("about 0 mV"). */
const APPROXIMATORS = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'approx',
  'circa',
  'nearly',
  'almost',
  // "drifting up to like 0" (blind batch AE): the filler "like" before a number
  'like',
]);
/** A signed or plain number as the tokenizer writes it ("0", "-70", "+30"; "0mv" is "0" then "mv"): a digit, perhaps after a sign. */
function isNumberWord(norm: string): boolean {
  // Character tests, not a regular expression: this runs for most words of every answer.
  const c = norm.charCodeAt(0);
  const d = c === 43 /* + */ || c === 45 /* - */ ? norm.charCodeAt(1) : c;
  return d >= 48 && d <= 57;
}

/** What a cell sits in: "out of the beaker" is no movement out of the cell. */
const SURROUNDINGS = new Set(['beaker', 'solution', 'surroundings', 'environment', 'medium', 'bath', 'dish']);
/** The "out" of "out of the beaker": a word no rubric phrase names. */
const OUT_OF_SURROUNDINGS: WordInfo = infoLike(infoOf('out_'));

/** The "up" of a phrasal verb: a word no rubric phrase names. */
const PARTICLE_UP: WordInfo = infoLike(infoOf('up_'));

/** Words that can follow a note-form "in"/"out" ("3 K+ in using ATP", "2 K+ in for every 3 out"). */
const LINKS_AFTER = new Set([
  'by',
  'with',
  'without',
  'through',
  'via',
  'to',
  'for',
  'because',
  'per',
  'each',
  'every',
  'down',
  'against',
  'up',
  'across',
  // "Na out K in uses ATP", "it moves potassium in only"
  'uses',
  'use',
  'needs',
  'requires',
  'only',
  // "moves sodium out and potassium in at a 3 to 2 ratio" (blind batch AV)
  'at',
  // "Na out K in ATP" (blind batch AX)
  'atp',
]);
/** A count after a note-form word ("K+ in x2", "Na+ out 3"). */
const isCount = (norm: string): boolean => /^x?\d+$/.test(norm);

const fillerInfos = new Map<string, WordInfo>();
/** A word's info, marked as skippable and starting nothing. */
function filler(info: WordInfo): WordInfo {
  let f = fillerInfos.get(info.norm);
  if (f === undefined) {
    f = infoLike(info, { article: true, boundary: 0 });
    fillerInfos.set(info.norm, f);
  }
  return f;
}

/** "in" read as note form: the word itself, also meaning "enter"; "out" likewise "leave". */
export const NOTE_IN: WordInfo = infoLike(infoOf('in'), { also: 'enter' });
export const NOTE_OUT: WordInfo = infoLike(infoOf('out'), { also: 'leave' });

/** Applies the note-form and discourse-adverb readings to freshly made tokens (in place). */
export function readNoteForm(tokens: NoteToken[]): void {
  let shift = 0;
  /** How many of the `shift` clause merges kept their segment break (see subjectOnlyBefore). */
  let segOnly = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as NoteToken;
    if (shift !== 0) {
      t.clause -= shift;
      // A "then" read as an adverb after a short subject keeps its negation segment.
      t.seg -= shift - segOnly;
    }
    const norm = t.info.norm;
    const prev = i > 0 ? (tokens[i - 1] as NoteToken) : undefined;
    const inside = prev !== undefined && prev.sent === t.sent;
    if (inside && FILLERS.has(norm) && prev.clause === t.clause) {
      t.info = filler(t.info);
      continue;
    }
    // "water moves out of the beaker into the cell": leaving the surroundings is entering the cell.
    if (norm === 'out' && tokens[i + 1]?.info.norm === 'of') {
      const k = tokens[i + 2]?.info.norm === 'the' ? i + 3 : i + 2;
      if (SURROUNDINGS.has(tokens[k]?.info.norm ?? '')) {
        t.info = OUT_OF_SURROUNDINGS;
        continue;
      }
    }
    // "drifts upward to about 0 mV", "stays at around -70": an approximation before a number is
    // skipped like an article, so every rubric's "to 0" or "at -70" reads through it.
    // (The number test first: it is cheaper than the set look-up and rarely passes.)
    // So is one before a likeness: "Na and K will end up about the same inside and outside" (blind
    // batch DI), "almost equal".
    const nx = tokens[i + 1]?.info.norm ?? '';
    if (
      inside &&
      (isNumberWord(nx) ||
        nx === 'same' ||
        nx === 'equal' ||
        (nx === 'the' && tokens[i + 2]?.info.norm === 'same')) &&
      APPROXIMATORS.has(norm)
    ) {
      t.info = filler(t.info);
      continue;
    }
    // "the pump sets up the gradients": the "up" of a phrasal verb is no direction ("up the gradient").
    if (inside && norm === 'up' && PHRASAL_UP.has(prev.info.norm)) {
      t.info = PARTICLE_UP;
      continue;
    }
    if (inside && t.info.boundary === 2 && prev.clause === t.clause - 1) {
      // The word itself started this clause (no punctuation before it).
      const next = tokens[i + 1];
      const transparent =
        ALWAYS_TRANSPARENT.has(norm) ||
        (norm === 'then' &&
          next !== undefined &&
          next.sent === t.sent &&
          (VERBISH_AFTER_THEN.has(next.info.norm) || AUXILIARIES.has(prev.info.norm))) ||
        // "only so many carriers", "so much ATP": "so" before a quantity is a degree, not "therefore".
        (norm === 'so' && next !== undefined && next.sent === t.sent && SO_DEGREE.has(next.info.norm));
      if (transparent) {
        shift++;
        t.clause -= 1;
        t.seg -= 1;
        t.info = filler(t.info);
      } else if (
        norm === 'then' &&
        next !== undefined &&
        next.sent === t.sent &&
        subjectOnlyBefore(tokens, i)
      ) {
        // "cAMP then activates PKA", "the G protein then turns on adenylyl cyclase" (teacher-written
        // questions, Dec 2026): after a short subject with no verb of its own, "then" is an adverb
        // before the verb, whatever the verb is, so the subject stays in its clause. It still opens
        // a negation segment, as "and" does.
        shift++;
        t.clause -= 1;
        t.info = filler(t.info);
        segOnly++;
      }
    }
  }
  // "keeps ACh from binding" says what "prevents ACh (from) binding" says: the verb is read as
  // "prevent", so every rubric's prevent/negation wording applies to it.
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as NoteToken;
    // Every form of "keep" starts with "k": a cheap test before the map look-up, for every word.
    if (t.info.norm.charCodeAt(0) !== 107 /* k */) continue;
    const form = KEEP_FORMS.get(t.info.norm);
    if (form !== undefined && keptFrom(tokens, i)) t.info = infoOf(form);
  }
  // One pass over each "out" (blind batch BN):
  // - "the water goes out into the pure water": the "into" right after says where the leaving ends
  //   up; it is read "to", so no rubric reads it as entering;
  // - "the water out of the cell is hypotonic": a substance "out of the cell" followed by "is" names
  //   where it is, not a movement; read "outside".
  for (let i = 0; i + 1 < n; i++) {
    const t = tokens[i] as NoteToken;
    if (t.info.norm !== 'out') continue;
    const next = tokens[i + 1] as NoteToken;
    if (next.info.norm === 'into' && next.seg === t.seg) next.info = TO_INFO;
    else if (next.info.norm === 'of' && PLACE_NOUNS.has(tokens[i - 1]?.info.norm ?? '')) {
      const k = tokens[i + 2]?.info.article ? i + 3 : i + 2;
      const copula = tokens[k + 1];
      if (
        CELL_WORDS.has(tokens[k]?.info.norm ?? '') &&
        copula !== undefined &&
        PLACE_VERBS.has(copula.info.norm)
      )
        t.info = OUTSIDE_INFO;
    }
  }
  // Second pass: clause-final "in"/"out" (segment numbers are final now). A run of note-form
  // moves without punctuation ("3 Na+ out 2 K+ in") is split after each direction: `add` counts
  // the clauses opened so far and shifts the tokens after them, keeping the pass linear.
  let add = 0;
  for (let i = 1; i < n; i++) {
    const t = tokens[i] as NoteToken;
    if (add !== 0) {
      t.clause += add;
      t.seg += add;
    }
    const norm = t.info.norm;
    if (norm !== 'in' && norm !== 'out') continue;
    const prev = tokens[i - 1] as NoteToken;
    if (prev.seg !== t.seg || prev.info.article) continue;
    const next = tokens[i + 1];
    if (
      isIonWord(prev.info.norm) &&
      next !== undefined &&
      next.seg + add === t.seg &&
      startsIonMove(tokens, i + 1)
    ) {
      t.info = norm === 'in' ? NOTE_IN : NOTE_OUT;
      add++;
      continue;
    }
    if (
      next !== undefined &&
      next.seg + add === t.seg &&
      !LINKS_AFTER.has(next.info.norm) &&
      !next.info.norm.endsWith('ing') &&
      !isCount(next.info.norm)
    )
      continue;
    if (norm === 'in' && NOT_MOVEMENT_BEFORE.has(prev.info.norm)) continue;
    if (norm === 'out' && PHRASAL_OUT.has(prev.info.norm)) continue;
    // "Na+ can't be pumped out": a pump's passive names what is done to the ion, not the ion
    // leaving down its gradient (stored batches AC, AW, H, I, O, U: writers do not read it as a leak).
    if (norm === 'out' && PUMPED.has(prev.info.norm)) continue;
    // "Water wants to even things out so it moves in": the verb's object between (blind batch BL).
    if (
      norm === 'out' &&
      PHRASAL_OBJECTS.has(prev.info.norm) &&
      PHRASAL_OUT.has(tokens[i - 2]?.info.norm ?? '')
    )
      continue;
    t.info = norm === 'in' ? NOTE_IN : NOTE_OUT;
  }
}

/** An ion written as a symbol ("na+", "k+", "ca2+", "cl-", bare "na"/"k") or named ("sodium", "potassium"). */
export function isIonWord(norm: string): boolean {
  return /^[a-z]{1,2}\d?[+-]$/.test(norm) || ION_NAMES.has(norm);
}
// Bare symbols too: phone-typed note form drops the charge ("3 na out 2 k in").
const ION_NAMES = new Set(['sodium', 'potassium', 'calcium', 'chloride', 'na', 'k', 'ca', 'cl']);

/**
 * The ion a word names, by kind: "na" for "sodium", "na+" or "na", and likewise "k", "cl" and
 * "ca"; "" for any other word. (A map look-up: it runs on every token of some passes.)
 */
export function ionKind(norm: string): string {
  return ION_KINDS.get(norm) ?? '';
}
const ION_KINDS: ReadonlyMap<string, string> = new Map([
  ['sodium', 'na'],
  ['na+', 'na'],
  ['na', 'na'],
  ['potassium', 'k'],
  ['k+', 'k'],
  ['k', 'k'],
  ['chloride', 'cl'],
  ['cl-', 'cl'],
  ['cl', 'cl'],
  ['calcium', 'ca'],
  ['ca2+', 'ca'],
  ['ca+', 'ca'],
  ['ca', 'ca'],
]);

/** True when tokens[j] starts another ion's note-form move: an ion, or a count then an ion ("2 K+"). */
function startsIonMove(tokens: readonly NoteToken[], j: number): boolean {
  const a = tokens[j];
  if (a === undefined) return false;
  if (isIonWord(a.info.norm)) return true;
  const b = tokens[j + 1];
  return isCount(a.info.norm) && b !== undefined && b.sent === a.sent && isIonWord(b.info.norm);
}

/** Forms of "keep" and the form of "prevent" they stand for before "from …ing". */
const KEEP_FORMS = new Map([
  ['keep', 'prevent'],
  ['keeps', 'prevents'],
  ['kept', 'prevented'],
  ['keeping', 'preventing'],
]);

/** True when "from" and then an -ing word follow token i within four words of its clause. */
function keptFrom(tokens: readonly NoteToken[], i: number): boolean {
  const clause = (tokens[i] as NoteToken).clause;
  for (let j = i + 2; j <= i + 5; j++) {
    const t = tokens[j];
    if (t === undefined || t.clause !== clause) return false;
    if (t.info.norm === 'from') {
      const next = tokens[j + 1];
      return next !== undefined && next.clause === clause && next.info.norm.endsWith('ing');
    }
  }
  return false;
}
