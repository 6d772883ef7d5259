import { CharClass, foldChar } from './fold-char.js';
import {
  ALL_RUBRIC_WORDS,
  type GlueWords,
  internalized,
  NO_GLUE_WORDS,
  type PieceWords,
  pieceWordsOf,
  sharedWordsVersion,
  startsItem,
  type WordInfo,
} from './word-info.js';

/**
 * The tokenizer's first pass: splits text into pieces (runs of word characters, single
 * punctuation marks, spaces, line breaks) in one left-to-right pass over the characters. Plain
 * ASCII words are found in a hashed word table without making a string; words glued by a lost
 * line break are split here.
 */

/** One run of the text: a word, a punctuation mark, a run of spaces or a line break. */
export interface Piece {
  cls: PieceClass;
  /**
   * The folded characters. A word's are always lowercase (ASCII words are lowercased whole, others
   * folded per character), so the tokenizer's per-word tests need not lowercase them again.
   */
  text: string;
  start: number;
  end: number;
  /**
   * For a plain ASCII word found in the word table: the information it is emitted with (saves a
   * look-up, and the tokenizer reaches it without going through a PieceWords object).
   */
  info: WordInfo | undefined;
  /** With `info`: whether a "not" is emitted after it (a negated form written without its apostrophe, "doesnt"). */
  thenNot: boolean;
}

// Module-local copies of the imported constants and functions: under tsx's CommonJS output every
// use of an imported binding is a getter call, which showed up as several percent of a profile.
const WORD: CharClass = CharClass.Word;
const INVISIBLE: CharClass = CharClass.Invisible;
const SPACE: CharClass = CharClass.Space;
const NEWLINE: CharClass = CharClass.Newline;
const fold = foldChar;
const pieceWordsOf$ = pieceWordsOf;

/** A piece's class: a character class, or the end-of-text sentinel. */
export type PieceClass = CharClass | typeof END;
/** The class of the end-of-text sentinel piece. */
export const END = 5;
/** Stands after the last piece (three times, for lookahead), where an array would give undefined. */
const END_PIECE: Piece = Object.freeze({
  cls: END,
  text: '',
  start: 0,
  end: 0,
  info: undefined,
  thenNot: false,
}) as Piece;

/*
 * Pieces live in one pool reused by every call (tokenize is synchronous and never re-entered),
 * so a long answer does not allocate an object per word and space: allocation per answer was
 * what made young-generation collections land on the slowest percentile.
 */
/** The pieces of the last text given to {@link pieces}. */
export const pool: Piece[] = [];
let poolCount = 0;
/** Pools grown by an unusually long text are dropped rather than kept. */
export const MAX_POOLED = 32_768;
/** Whether {@link putAscii} splits glued words: for answers, never for rubric text. */
let splitting = false;

function put(
  cls: PieceClass,
  text: string,
  start: number,
  end: number,
  info: WordInfo | undefined,
  thenNot: boolean,
): void {
  const p = pool[poolCount];
  if (p === undefined || p === END_PIECE) pool[poolCount] = { cls, text, start, end, info, thenNot };
  else {
    p.cls = cls;
    p.text = text;
    p.start = start;
    p.end = end;
    p.info = info;
    p.thenNot = thenNot;
  }
  poolCount++;
}

/**
 * Splits text into pieces (in `pool`, returning how many): runs of word characters, single
 * punctuation marks, spaces, line breaks; three END_PIECEs follow the last. `splitGlued`: the text
 * is an answer, whose glued words split at the content words of `glue` (the question's rubric's;
 * every rubric's compiled so far when none is given). Other text splits none.
 */
export function pieces(text: string, splitGlued = false, glue: GlueWords = ALL_RUBRIC_WORDS): number {
  poolCount = 0;
  splitting = splitGlued;
  wordGlue = splitGlued ? glue : NO_GLUE_WORDS;
  // Split decisions are the table's glue words': another rubric's answer, or words this rubric
  // learnt since, make them stale; so does a new shared misspelling list (every word's reading).
  if (
    sharedWordsVersion() !== tableShared ||
    (splitGlued && (glue !== tableGlue || glue.version !== tableGlueVersion))
  )
    clearTable(splitGlued ? glue : tableGlue);
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isAsciiWord(c) || (c >= 128 && foldAt(text, i).cls === WORD)) {
      i = readWord(text, i);
      continue;
    }
    const cp = c < 0xd800 || c > 0xdbff ? c : (text.codePointAt(i) ?? c);
    const width = cp > 0xffff ? 2 : 1;
    const f = fold(cp);
    if (f.cls !== INVISIBLE) {
      const last = poolCount > 0 ? pool[poolCount - 1] : undefined;
      // Runs of spaces collapse into one piece so lookahead stays constant-time.
      if (f.cls === SPACE && last?.cls === SPACE) last.end = i + width;
      else put(f.cls, f.text, i, i + width, undefined, false);
    }
    i += width;
  }
  const n = poolCount;
  for (let k = 0; k < 3; k++) pool[n + k] = END_PIECE;
  return n;
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

function foldAt(text: string, i: number) {
  return fold(text.codePointAt(i) ?? 0);
}

/**
 * Reads one word starting at i; plain ASCII words (the common case) come from the word table, others
 * are folded per character. An ASCII word with a capital after its first letter may be several
 * words glued by lost line breaks ("cellExocytosis"): {@link readGlued} reads those.
 */
function readWord(text: string, i: number): number {
  const start = i;
  let ascii = true;
  let hash = 0x811c9dc5;
  // Bit 32 is set in every ASCII lowercase letter and digit and clear in every capital, so it
  // survives this AND only if no capital follows the first letter: one AND per character, no branch.
  let noCapital = 32;
  const len = text.length;
  const first = text.charCodeAt(i);
  if (first < 128) {
    hash = Math.imul(hash ^ (first | 32), 16777619);
    i++;
  }
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isAsciiWord(c)) {
      // FNV-1a over the lowercased character (| 32 lowercases ASCII letters, keeps digits).
      hash = Math.imul(hash ^ (c | 32), 16777619);
      noCapital &= c;
      i++;
      continue;
    }
    if (c < 128) break;
    const cp = text.codePointAt(i) ?? c;
    const f = fold(cp);
    if (f.cls !== WORD && f.cls !== INVISIBLE) break;
    ascii = false;
    i += cp > 0xffff ? 2 : 1;
  }
  if (ascii) {
    // A capital inside a word the rubrics know stresses a letter ("outside hypOtonic", blind batch
    // EC) rather than marking a lost line break.
    if (noCapital === 0 && i - start >= 6 && !wordGlue.has(text.slice(start, i).toLowerCase()))
      readGlued(text, start, i);
    else putAscii(text, start, i, hash);
    return i;
  }
  const parts: string[] = [];
  for (let j = start; j < i; ) {
    const cp = text.codePointAt(j) ?? 0;
    parts.push(fold(cp).text);
    j += cp > 0xffff ? 2 : 1;
  }
  put(WORD, parts.join(''), start, i, undefined, false);
  return i;
}

/**
 * Puts the ASCII word text[start, end) (its FNV-1a hash given), from the word table. In an answer
 * ({@link pieces} asked to split), a word that is two known words glued together by a lost line
 * break ({@link GlueWords.splitAt}: "ribosomeenters", "acidsthe") is put as the two.
 */
function putAscii(text: string, start: number, end: number, hash: number): void {
  const at = tableSlot(text, start, end, hash);
  const key = table[at + KEY] as string | undefined;
  const info = table[at + INFO] as WordInfo | undefined;
  if (key === undefined || info === undefined) {
    putNew(text, start, end, hash);
    return;
  }
  // Kept this small so it stays inlined in the hot loop; splits are rare and handled apart.
  const flags = table[at + FLAGS] as number;
  if (splitting && flags >= SPLIT_UNIT) putSplit(key, start, end, Math.floor(flags / SPLIT_UNIT));
  else put(WORD, key, start, end, info, (flags & THEN_NOT) !== 0);
}

/** {@link putAscii} for a word not in the table yet: reads it and remembers it. */
function putNew(text: string, start: number, end: number, hash: number): void {
  // Internalized: the tokenizer compares each piece's text with many literals (see internalized).
  const key = internalized(text.slice(start, end).toLowerCase());
  const words = pieceWordsOf$(key);
  let split = tableGlue.splitAt(key);
  if (split > 127) split = 0;
  tableInsert(text, start, end, hash, key, words, split);
  if (splitting && split !== 0) putSplit(key, start, end, split);
  else put(WORD, key, start, end, words.first, words.thenNot);
}

/** Puts a word piece as `words` says it is emitted. */
function putWords(text: string, start: number, end: number, words: PieceWords): void {
  put(WORD, text, start, end, words.first, words.thenNot);
}

/** Puts a glued word as its two words (split at `split`). */
function putSplit(key: string, start: number, end: number, split: number): void {
  const left = key.slice(0, split);
  const right = key.slice(split);
  putWords(left, start, start + split, pieceWordsOf$(left));
  // A list item's first word after the glue ("acidsthe") marks the lost line break; two content
  // words ("ribosomeenters") are only split.
  if (startsItem(right)) put(NEWLINE, '\n', start + split, start + split, undefined, false);
  putWords(right, start + split, end, pieceWordsOf$(right));
}

/**
 * Puts the ASCII word text[start, end), split where {@link gluedAt} finds a second word glued on
 * ("waterDiffusion" → "water", "Diffusion"). The glue is a lost line break between list items, so
 * a zero-width line break goes between the parts: it ends the sentence as the break would have
 * (on ASAP item 6 dev rows a sentence break beat a plain word split, QWK 0.903 vs 0.901), and
 * each part keeps its own characters for evidence. One pass, so linear however many glues.
 */
function readGlued(text: string, start: number, end: number): void {
  let from = start;
  let hash = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (k - from >= 3 && ((c >= 65 && c <= 90 && gluedAt(text, k)) || rnaGluedAt(text, k))) {
      // "protienmRna": the seam is before the m of "mRna", not at its capital.
      const at = c === 82 && mixedRnaAt(text, k) && k - 1 - from >= 3 ? k - 1 : k;
      if (at < k) hash = hashOf(text, from, at);
      putAscii(text, from, at, hash);
      put(NEWLINE, '\n', at, at, undefined, false);
      from = at;
      hash = at < k ? Math.imul(0x811c9dc5 ^ (text.charCodeAt(at) | 32), 16777619) : 0x811c9dc5;
    }
    hash = Math.imul(hash ^ (c | 32), 16777619);
  }
  putAscii(text, from, end, hash);
}

const isLower = (c: number) => c >= 97 && c <= 122;

/** FNV-1a of the lowercased text[from, to), as {@link readWord} computes it. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let k = from; k < to; k++) hash = Math.imul(hash ^ (text.charCodeAt(k) | 32), 16777619);
  return hash;
}

/** Whether the capital R at `i` is the R of an "mRna" / "tRna" written with a lowercase "na". */
function mixedRnaAt(text: string, i: number): boolean {
  const m = text.charCodeAt(i - 1);
  return (
    (m === 109 || m === 116 || m === 114) &&
    (text.charCodeAt(i + 1) | 32) === 110 &&
    (text.charCodeAt(i + 2) | 32) === 97
  );
}

/**
 * Whether the capital at `i` starts a second word glued to the first by a lost line break
 * ("waterDiffusion", "cellExocytosis"): 3+ lowercase letters before it, 2+ after it. Biology's
 * mixed-case tokens never qualify: mRNA, snRNA, cAMP, pH, mV and iPhone have at most two
 * lowercase letters before the capital, ATPase has none, NaCl and McDonald one.
 */
function gluedAt(text: string, i: number): boolean {
  return (
    isLower(text.charCodeAt(i - 1)) &&
    isLower(text.charCodeAt(i - 2)) &&
    isLower(text.charCodeAt(i - 3)) &&
    isLower(text.charCodeAt(i + 1)) &&
    isLower(text.charCodeAt(i + 2))
  );
}

const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * Whether a nucleic acid's name glued to a neighbouring word by a lost line break starts or ends
 * at `i`: "nucleusmRNA" (3+ lowercase letters, then m/t/r + "RNA"), "tRNAtRNA" (two names) or
 * "tRNAamino" ("RNA"/"DNA", then 3+ lowercase letters). The capitals of RNA/DNA mark the seam that
 * {@link gluedAt} cannot see; "mRNAs", "RNase" and "snRNA" (two lowercase letters at most) stay whole.
 */
function rnaGluedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (
    (c === 109 || c === 116 || c === 114) &&
    text.startsWith('RNA', i + 1) &&
    ((isLower(text.charCodeAt(i - 1)) &&
      isLower(text.charCodeAt(i - 2)) &&
      isLower(text.charCodeAt(i - 3))) ||
      // "tRNAtRNA", "DNAmRNA": one name's capitals end where the next one's letter starts
      text.startsWith('RNA', i - 3) ||
      text.startsWith('DNA', i - 3))
  )
    return true;
  return (
    isLower(c) &&
    isLower(text.charCodeAt(i + 1)) &&
    isLower(text.charCodeAt(i + 2)) &&
    text.charCodeAt(i - 1) === 65 &&
    isUpper(text.charCodeAt(i - 2)) &&
    (text.startsWith('RNA', i - 3) || text.startsWith('DNA', i - 3))
  );
}

/*
 * The word table: plain ASCII words seen before, found from the answer's characters without
 * making a string (no slice, no lowercasing, no string hashing) — the tokenizer's hottest
 * step. Open addressing on an FNV-1a hash; cleared when half full, so it stays bounded.
 */
// 16,384 words before it is cleared: the pathological "distinct misspelt words" bench (10,000
// of them in one answer) cleared a table half this size on every pass and re-read every word.
const TABLE_SIZE = 1 << 15;
const TABLE_MASK = TABLE_SIZE - 1;
/*
 * A slot's four fields stand side by side in one array (at 4 × slot): its key (the lowercased
 * word, or undefined when the slot is empty), the WordInfo it is emitted with, its hash (an
 * int32, stored unboxed as a small integer) and its flags: where the word splits when it is two
 * glued words ({@link GlueWords.splitAt}, under `tableGlue`; else 0) times SPLIT_UNIT, plus THEN_NOT when a "not" is
 * emitted after it. A probe and its hit then read one cache line instead of one line in each of
 * four arrays: with words hashed all over the table, those misses were most of the look-up's cost.
 */
const SLOT_FIELDS = 4;
const KEY = 0;
const INFO = 1;
const HASH = 2;
const FLAGS = 3;
const THEN_NOT = 1;
const SPLIT_UNIT = 2;
const table: unknown[] = new Array(TABLE_SIZE * SLOT_FIELDS).fill(undefined);
let tableCount = 0;
/** Where the filled slots start, so a clear costs the words in the table, not its size. */
const filled: number[] = [];
/** The glue words (and their version) the table's split decisions were made under. */
let tableGlue: GlueWords = ALL_RUBRIC_WORDS;
let tableGlueVersion = -1;
/** The shared word lists' version the table's words were read under. */
let tableShared = -1;
/** The glue words that say which words with a capital inside are rubric words ("hypOtonic"). */
let wordGlue: GlueWords = NO_GLUE_WORDS;

/**
 * Empties the table. Only the filled slots are reset: loading the content compiles many rubrics,
 * each new word list clearing the table again while it holds few words.
 */
function clearTable(glue: GlueWords): void {
  for (let k = 0; k < filled.length; k++) {
    const at = filled[k] as number;
    table[at + KEY] = undefined;
    table[at + INFO] = undefined;
    table[at + HASH] = undefined;
    table[at + FLAGS] = undefined;
  }
  filled.length = 0;
  tableCount = 0;
  tableGlue = glue;
  tableGlueVersion = glue.version;
  tableShared = sharedWordsVersion();
}

/**
 * Where the slot holding the lowercased text[start, end) starts in `table`, or where the empty
 * slot it would go to does.
 */
function tableSlot(text: string, start: number, end: number, hash: number): number {
  const n = end - start;
  for (let slot = hash & TABLE_MASK; ; slot = (slot + 1) & TABLE_MASK) {
    const at = slot * SLOT_FIELDS;
    const key = table[at + KEY] as string | undefined;
    if (key === undefined) return at;
    if (table[at + HASH] === hash && key.length === n) {
      let j = 0;
      while (j < n && key.charCodeAt(j) === (text.charCodeAt(start + j) | 32)) j++;
      if (j === n) return at;
    }
  }
}

function tableInsert(
  text: string,
  start: number,
  end: number,
  hash: number,
  key: string,
  words: PieceWords,
  split: number,
): void {
  if (tableCount >= TABLE_SIZE >> 1) clearTable(tableGlue);
  const at = tableSlot(text, start, end, hash);
  table[at + KEY] = key;
  table[at + INFO] = words.first;
  table[at + HASH] = hash;
  table[at + FLAGS] = split * SPLIT_UNIT + (words.thenNot ? THEN_NOT : 0);
  filled.push(at);
  tableCount++;
}

/**
 * For a folded word that is `minLetters`+ (default 3) letters followed by a one- or two-digit
 * number ("nucleus2", "step3"), the number of letters; otherwise 0.
 */
export function gluedMarkerAt(word: string, minLetters = 3): number {
  const n = word.length;
  let d = 0;
  while (d < n && d < 3) {
    const c = word.charCodeAt(n - 1 - d);
    if (c < 48 || c > 57) break;
    d++;
  }
  if (d === 0 || d > 2 || n - d < minLetters) return 0;
  for (let k = 0; k < n - d; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) return 0;
  }
  return n - d;
}
