import { CharClass } from './fold-char.js';
import type { Piece } from './piece-scanner.js';
import { pieceWordsOf } from './word-info.js';

/**
 * Self-repairs: a student who types one word, catches it and types the right one at once
 * ("Na+ flows out- sorry, IN", "K+ flows in (nvm, out)", "the water is hypertonic -- no wait,
 * HYPOtonic", "water moves out of -- I mean INTO the cell") means the sentence with the repair in
 * place of the slip. A reader reads "Na+ flows IN", so the grader does too: the slip and the
 * editing words ("sorry", "nvm", "no wait", "I mean") are not read at all, as struck-through
 * words are not.
 *
 * The repair is taken only when the slip and the repair are two different words of one closed
 * set of alternatives (a direction, a tonicity, an ion, a level, a count, a phase, a kind of
 * transport), with only punctuation and an editing phrase between them. Anything else ("Na+ goes
 * in, no ATP needed", "… in. Actually, in the cell …") is left as written, for the hedge rules.
 */

const WORD: CharClass = CharClass.Word;
const PUNCT: CharClass = CharClass.Punct;
const SPACE: CharClass = CharClass.Space;

/** Closed sets of alternatives a slip is corrected within; a word's set is its index here. */
const ALTERNATIVES: readonly string[] = [
  'in into inside out outside',
  'hypotonic hypertonic isotonic',
  'high low',
  'higher lower',
  'more less',
  'up down',
  'positive negative',
  'increase decrease',
  'increases decreases',
  'sodium potassium chloride calcium na k cl ca',
  'depolarization repolarization hyperpolarization depolarize repolarize hyperpolarize',
  'passive active',
  'enter enters leave leaves entering leaving',
  'two three 2 3',
  'presynaptic postsynaptic',
  'swells shrinks swell shrink',
];
const SET_OF = new Map<string, number>();
ALTERNATIVES.forEach((words, k) => {
  for (const w of words.split(' ')) SET_OF.set(w, k);
});

/** Editing words that by themselves mark a repair. */
const EDIT_CORE = new Set(['sorry', 'nvm', 'no', 'wait', 'actually', 'oops', 'whoops', 'correction']);
/** Two-word editing phrases: first word → second (also read by repaired.ts on tokens). */
export const EDIT_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['i', new Set(['mean', 'meant'])],
  ['never', new Set(['mind'])],
  ['scratch', new Set(['that'])],
  ['my', new Set(['bad'])],
  // "will depolarize less, or rather it won't depolarize at all" (stored batch BY)
  ['or', new Set(['rather'])],
]);
/** Hesitations that may stand beside an editing phrase but never make one alone. */
const HESITATIONS = new Set(['oh', 'um', 'uh', 'er', 'erm', 'hmm', 'ok', 'okay']);
/** At most this many editing words between a slip and its repair. */
const MAX_EDIT_WORDS = 4;

/** The piece index after spaces and punctuation from k (no line break crossed), or -1. */
function skipGaps(ps: readonly Piece[], k: number, np: number): number {
  while (k < np) {
    const c = (ps[k] as Piece).cls;
    if (c === SPACE || (c === PUNCT && (ps[k] as Piece).text !== '?')) k++;
    else return c === WORD ? k : -1;
  }
  return -1;
}

/**
 * At word piece i (a possible slip): the index of the repair word when the text reads "<slip>
 * <editing phrase> <repair>", so the pieces from i up to it are to be skipped; otherwise -1.
 */
export function repairAt(ps: readonly Piece[], i: number, np: number): number {
  const slip = (ps[i] as Piece).text;
  const set = SET_OF.get(slip);
  if (set === undefined) return -1;
  let k = i + 1;
  // "out of -- I mean INTO": the "of" of "out of" belongs to the slip.
  if (slip === 'out' && ps[k]?.cls === SPACE && ps[k + 1]?.text === 'of') k += 2;
  // An ion's sign belongs to its symbol ("K+ -- no, Na+").
  else if ((ps[k] as Piece | undefined)?.text === '+' || (ps[k] as Piece | undefined)?.text === '-') {
    if (slip.length <= 2 && ps[k + 1]?.cls !== WORD) k++;
  }
  // An editing phrase is set off from the slip by punctuation ("out- sorry", "in (nvm", "hypertonic
  // -- no wait"), not by a colon or an equals sign: "passive: no, active: yes" and "passive no,
  // active yes" answer a yes/no part; nothing in them is corrected.
  let j = skipGaps(ps, k, np);
  if (j < 0) return -1;
  // "Na+ goes out of the cell... no sorry, into the cell", "more negative because— wait no, actually
  // LESS negative" (blind batch BV): a few words may stand between the slip and its editing phrase
  // when the repair goes on with the first of them, so the repair is read in the slip's place.
  let carried = '';
  if (!setOff(ps, k, j)) {
    const edit = carriedWords(ps, j, np);
    if (edit < 0) return -1;
    carried = (ps[j] as Piece).text;
    j = edit;
  }
  let core = false;
  let words = 0;
  for (;;) {
    const w = (ps[j] as Piece).text;
    const second = EDIT_PAIRS.get(w);
    if (second !== undefined) {
      const n2 = j + 2;
      if (ps[j + 1]?.cls !== SPACE || !second.has(ps[n2]?.text ?? '')) break;
      core = true;
      words += 2;
      j = n2;
    } else if (EDIT_CORE.has(w)) {
      core = true;
      words++;
    } else if (HESITATIONS.has(w)) words++;
    else break;
    if (words > MAX_EDIT_WORDS) return -1;
    const next = skipGaps(ps, j + 1, np);
    if (next < 0) return -1;
    j = next;
  }
  if (!core) return -1;
  const repair = (ps[j] as Piece).text;
  if (repair === slip || SET_OF.get(repair) !== set) return -1;
  // "passive - no, active - yes": a yes or a no after the second word answers for it, as the "no"
  // answered for the first.
  const after = skipGaps(ps, j + 1, np);
  const w = after < 0 ? '' : (ps[after] as Piece).text;
  if (carried !== '' && (w !== carried || setOff(ps, j + 1, after))) return -1;
  // "Passive needs a little ATP, but less than active... actually no, passive doesn't need any"
  // (blind batch CB): a repair that opens a clause of its own ("passive doesn't …") after a slip
  // that ended a statement takes the statement back, not one word; the hedge rules read it.
  if (CLAUSE_VERBS.has(w.toLowerCase()) && !opensStatement(ps, i)) return -1;
  return w === 'yes' || w === 'no' ? -1 : j;
}

/** Verbs and auxiliaries that, right after a repair word, make it the subject of a new clause. */
const CLAUSE_VERBS = new Set(
  'does doesnt doesn do dont don did didnt didn is isnt isn are arent aren was wasnt wasn were werent weren needs need uses use requires require has have can cant cannot will wont won would should'.split(
    ' ',
  ),
);

/** At most this many words between a slip and its editing phrase, when the repair repeats them. */
const MAX_CARRIED = 3;

/**
 * From word piece j (right after a slip, only spaces between): the index of the editing word
 * after at most MAX_CARRIED words joined by spaces and then set off by punctuation, or -1.
 */
function carriedWords(ps: readonly Piece[], j: number, np: number): number {
  for (let words = 0; words < MAX_CARRIED; words++) {
    const w = (ps[j] as Piece).text;
    if (EDIT_CORE.has(w) || EDIT_PAIRS.has(w)) return -1;
    const from = j + 1;
    const next = skipGaps(ps, from, np);
    if (next < 0) return -1;
    if (setOff(ps, from, next))
      return EDIT_CORE.has((ps[next] as Piece).text) || EDIT_PAIRS.has((ps[next] as Piece).text) ? next : -1;
    j = next;
  }
  return -1;
}

/** True when word piece k has an ion's sign glued after it ("Na+", "Cl-"). */
function ionSign(ps: readonly Piece[], k: number): boolean {
  const sign = ps[k + 1];
  return (
    sign !== undefined &&
    sign.cls === PUNCT &&
    (sign.text === '+' || sign.text === '-') &&
    ps[k + 2]?.cls !== WORD
  );
}

/** True when word piece i opens its statement: only spaces stand between it and a full stop, a line break or the text's start. */
function opensStatement(ps: readonly Piece[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (ps[k] as Piece).cls === SPACE) k--;
  if (k < 0) return true;
  const p = ps[k] as Piece;
  return (
    p.cls === CharClass.Newline || (p.cls === PUNCT && (p.text === '.' || p.text === '!' || p.text === '?'))
  );
}

/** True when the pieces [from, to) hold a punctuation mark other than a colon or an equals sign. */
function setOff(ps: readonly Piece[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = ps[k] as Piece;
    if (p.cls === PUNCT && p.text !== ':' && p.text !== '=') return true;
  }
  return false;
}

/** Most words a gloss ("pared celular, I mean cell wall") restates. */
const MAX_GLOSS_WORDS = 3;

/** Where a gloss found by {@link glossAt} ends: the first repair word, and the comma after the repair (or -1). */
export interface Gloss {
  readonly repair: number;
  readonly close: number;
}

/**
 * Glosses: a student who writes a word in another language, misspells it or uses a near word,
 * then restates it at once ("move the sodio, I mean sodium, to outside", "don't have pared
 * celular, I mean cell wall, so …", "it stays hyperpolarized... I mean polarized, at rest"),
 * means the sentence with the restatement in its place. A reader reads "move the sodium to
 * outside", so the grader does too: the glossed words and "I mean" are not read, and neither is
 * the comma that closes the restatement (the sentence goes on through it). Without this the
 * correction rule for "X, I mean Y" took back the whole clause before it, and with it the verb
 * and the denial the restatement depends on (blind batch BX: "don't have … cell wall" read as
 * "has a cell wall").
 *
 * Taken only when the restated words and the restatement have the same number of words (at most
 * three), the restatement ends at a punctuation mark or the line's end, and at least one restated
 * word is one the grader reads as another word (a listed Spanish or Portuguese word, a listed
 * misspelling, a British spelling) or contains the restating word ("hyperpolarized" →
 * "polarized"). "water leaves the cell, I mean enters" is left to the correction rule.
 */
export function glossAt(ps: readonly Piece[], i: number, np: number): Gloss | undefined {
  // The restated words: joined by single spaces, then set off by punctuation.
  let k = i;
  let n = 0;
  let glossed = false;
  const restated: string[] = [];
  for (;;) {
    const w = (ps[k] as Piece).text;
    restated.push(w);
    n++;
    if (pieceWordsOf(w).first.norm !== w) glossed = true;
    // An ion's sign belongs to its symbol ("The Na+ channels, I mean …").
    const from = ionSign(ps, k) ? k + 2 : k + 1;
    const next = skipGaps(ps, from, np);
    if (next < 0) return undefined;
    if (setOff(ps, from, next)) {
      k = next;
      break;
    }
    if (n >= MAX_GLOSS_WORDS) return undefined;
    k = next;
  }
  // "I mean" / "I meant".
  if ((ps[k] as Piece).text !== 'i' || ps[k + 1]?.cls !== SPACE) return undefined;
  const mean = ps[k + 2]?.text;
  if (mean !== 'mean' && mean !== 'meant') return undefined;
  const repair = skipGaps(ps, k + 3, np);
  if (repair < 0 || setOff(ps, k + 3, repair)) return undefined;
  // The restatement: as many words, then punctuation or the end of the line.
  let j = repair;
  for (let m = 0; m < n; m++) {
    const p = ps[j] as Piece;
    if (p.cls !== WORD) return undefined;
    const w = p.text;
    const was = restated[m] as string;
    if (w.length >= 4 && was !== w && was.includes(w)) glossed = true;
    if (ionSign(ps, j)) j++;
    j++;
    if (m < n - 1) {
      if (ps[j]?.cls !== SPACE || ps[j + 1]?.cls !== WORD) return undefined;
      j++;
    }
  }
  // "The Na+ channels, I mean the ACh receptors, won't open" (blind batch BY): restated words that
  // open their statement are all of it so far, so the restatement is its subject; reading it in
  // their place takes back no more than the correction rule did, and keeps the verb after it.
  if (!glossed && !opensStatement(ps, i)) return undefined;
  if (ps[j]?.cls === SPACE) j++;
  const end = ps[j] as Piece | undefined;
  if (end === undefined || end.cls === WORD) return undefined;
  return { repair, close: end.cls === PUNCT && end.text === ',' ? j : -1 };
}

/** Where a reassignment found by {@link reassignAt} puts its subject and what it skips. */
export interface Reassignment {
  /** The subject the statement is said of after all ("active"). */
  readonly word: string;
  /** The pieces [from, to) of the correction ("wait no, that's active"), not read. */
  readonly from: number;
  readonly to: number;
}

/** The alternatives a statement's subject may be reassigned within: the kinds of transport, the phases. */
const SUBJECT_SETS = new Set([SET_OF.get('passive'), SET_OF.get('depolarization')]);
/** Most pieces looked ahead from a subject for its reassignment (its sentence and the next one's opening). */
const REASSIGN_REACH = 80;

/**
 * Reassignments: "Passive transport uses ATP - wait no, that's active." and "Passive transport
 * needs energy from the cell. wait no, that's active." (blind batches EA, EG) take back which
 * subject the statement is about, not the statement: a reader reads "Active transport uses ATP".
 * At word piece i, a subject of a closed set (a kind of transport, a phase) that opens its
 * statement: the other subject, and the correction's pieces, when an editing phrase set off by
 * punctuation ("- wait no,", ". wait no,", "— no wait,") follows within the sentence or opens the
 * next one, and "that's <other subject>" (an optional "transport" or "phase") ends its clause.
 * Another subject of the same set before the correction leaves the sentence as written.
 */
export function reassignAt(ps: readonly Piece[], i: number, np: number): Reassignment | undefined {
  const subject = (ps[i] as Piece).text;
  const set = SET_OF.get(subject);
  if (!SUBJECT_SETS.has(set) || !opensStatement(ps, i)) return undefined;
  let ends = 0;
  const last = Math.min(np, i + REASSIGN_REACH);
  for (let k = i + 1; k < last; k++) {
    const p = ps[k] as Piece;
    if (
      p.cls === CharClass.Newline ||
      (p.cls === PUNCT && (p.text === '.' || p.text === '!' || p.text === '?'))
    ) {
      // The correction may open the next sentence, not stand further on.
      if (++ends > 1) return undefined;
      continue;
    }
    if (p.cls !== WORD) continue;
    if (SET_OF.get(p.text) === set) return undefined;
    if (!EDIT_CORE.has(p.text)) {
      if (ends > 0) return undefined;
      continue;
    }
    if (!setOff(ps, i + 1, k) || !punctuationBefore(ps, k)) return undefined;
    return correctionAt(ps, k, np, subject, set, ends > 0);
  }
  return undefined;
}

/** True when, spaces skipped, a punctuation mark or a line break stands right before piece k. */
function punctuationBefore(ps: readonly Piece[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (ps[j] as Piece).cls === SPACE) j--;
  return j >= 0 && ((ps[j] as Piece).cls === PUNCT || (ps[j] as Piece).cls === CharClass.Newline);
}

/**
 * From the editing word at piece k: the reassignment "wait no, that's <other>" reads, or undefined.
 * `ownSentence`: the correction is a sentence of its own, so its full stop goes with it (the
 * statement before keeps its own and the sentence after it stays the next one).
 */
function correctionAt(
  ps: readonly Piece[],
  k: number,
  np: number,
  subject: string,
  set: number | undefined,
  ownSentence: boolean,
): Reassignment | undefined {
  let j = k;
  let words = 0;
  while (EDIT_CORE.has((ps[j] as Piece).text) || HESITATIONS.has((ps[j] as Piece).text)) {
    if (++words > MAX_EDIT_WORDS) return undefined;
    const next = skipGaps(ps, j + 1, np);
    if (next < 0) return undefined;
    j = next;
  }
  // "that's", "thats", "that is"
  const w = (ps[j] as Piece).text;
  let after: number;
  if (w === 'thats') after = j + 1;
  else if (w === 'that' && ps[j + 1]?.text === "'" && ps[j + 2]?.text === 's') after = j + 3;
  else if (w === 'that' && ps[j + 1]?.cls === SPACE && ps[j + 2]?.text === 'is') after = j + 3;
  else return undefined;
  if (ps[after]?.cls !== SPACE) return undefined;
  const o = after + 1;
  const other = (ps[o] as Piece | undefined)?.text ?? '';
  if (other === subject || SET_OF.get(other) !== set) return undefined;
  let end = o + 1;
  // "that's active transport", "that's repolarization phase": the subject's own noun may follow it.
  if (ps[end]?.cls === SPACE && (ps[end + 1]?.text === 'transport' || ps[end + 1]?.text === 'phase'))
    end += 2;
  const close = ps[end];
  if (close !== undefined && close.cls !== PUNCT && close.cls !== CharClass.Newline) return undefined;
  if (
    close !== undefined &&
    close.cls === PUNCT &&
    close.text !== '.' &&
    close.text !== ',' &&
    close.text !== '!' &&
    close.text !== ';'
  )
    return undefined;
  return { word: other, from: k, to: ownSentence && close?.text === '.' ? end + 1 : end };
}
