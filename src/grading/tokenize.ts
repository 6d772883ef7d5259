import { CharClass, foldChar } from './fold-char.js';
import { americanize, stemOf } from './stem.js';

/**
 * Turns an answer (or a rubric phrase) into tokens: folded words with their place in the
 * original text and the sentence / clause / negation segment they belong to. One left-to-right
 * pass over the characters and one over the pieces — linear in the text, no regular expressions
 * over the whole answer.
 */

/** Negation cue kinds: particles always negate; verb cues can be excused by a point that uses the verb. */
export const Cue = { None: 0, Particle: 1, Verb: 2 } as const;
/** One of the {@link Cue} values. */
export type Cue = (typeof Cue)[keyof typeof Cue];

/** One word of an answer. */
export interface Token {
  /** Folded text: lowercase, no accents, ions as "na+", "ca2+", "cl-". */
  readonly norm: string;
  /** Porter stem of `norm` (after -ise → -ize). */
  readonly stem: string;
  /** UTF-16 offsets of the original characters. */
  readonly start: number;
  readonly end: number;
  readonly sent: number;
  readonly clause: number;
  /** Negation segment: a clause further cut at "and"/"or". */
  readonly seg: number;
  readonly cue: Cue;
  readonly article: boolean;
}

interface Piece {
  cls: CharClass;
  text: string;
  start: number;
  end: number;
}

const ELEMENTS = new Set(['na', 'k', 'ca', 'cl', 'mg', 'h', 'li', 'fe', 'zn']);
const CLAUSE_WORDS = new Set(
  'but however whereas while although though because since so therefore thus which when whenever if unless until then after before'.split(
    ' ',
  ),
);
const SEGMENT_WORDS = new Set(['and', 'or']);
const PARTICLE_CUES = new Set(
  'not no never none nothing nobody neither nor without unable instead rather'.split(' '),
);
const VERB_CUE_STEMS = new Set(['block', 'prevent', 'stop', 'inhibit', 'fail']);
const NOT_A_CUE_AFTER_NOT = new Set(['only', 'just']);
const ARTICLES = new Set(['a', 'an', 'the']);
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
  }),
);
const NT_BASES: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };
const DROPPED_CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);
const TEXTSPEAK = new Map<string, string>([
  ['thru', 'through'],
  ['cuz', 'because'],
  ['coz', 'because'],
]);

/** The verb-cue stems, exported so the compiler can tell which cues a point's own words excuse. */
export const verbCueStems: ReadonlySet<string> = VERB_CUE_STEMS;

/** Splits text into pieces: runs of word characters, single punctuation marks, spaces, line breaks. */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isAsciiWord(c) || (c >= 128 && foldAt(text, i).cls === CharClass.Word)) {
      i = readWord(text, i, out);
      continue;
    }
    const cp = c < 0xd800 || c > 0xdbff ? c : (text.codePointAt(i) ?? c);
    const width = cp > 0xffff ? 2 : 1;
    const f = foldChar(cp);
    if (f.cls !== CharClass.Invisible) {
      const last = out[out.length - 1];
      // Runs of spaces collapse into one piece so lookahead stays constant-time.
      if (f.cls === CharClass.Space && last?.cls === CharClass.Space) last.end = i + width;
      else out.push({ cls: f.cls, text: f.text, start: i, end: i + width });
    }
    i += width;
  }
  return out;
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

function foldAt(text: string, i: number) {
  return foldChar(text.codePointAt(i) ?? 0);
}

/** Reads one word starting at i; plain ASCII words (the common case) are sliced, others folded per character. */
function readWord(text: string, i: number, out: Piece[]): number {
  const start = i;
  let ascii = true;
  const len = text.length;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isAsciiWord(c)) {
      i++;
      continue;
    }
    if (c < 128) break;
    const cp = text.codePointAt(i) ?? c;
    const f = foldChar(cp);
    if (f.cls !== CharClass.Word && f.cls !== CharClass.Invisible) break;
    ascii = false;
    i += cp > 0xffff ? 2 : 1;
  }
  let folded: string;
  if (ascii) folded = text.slice(start, i).toLowerCase();
  else {
    const parts: string[] = [];
    for (let j = start; j < i; ) {
      const cp = text.codePointAt(j) ?? 0;
      parts.push(foldChar(cp).text);
      j += cp > 0xffff ? 2 : 1;
    }
    folded = parts.join('');
  }
  out.push({ cls: CharClass.Word, text: folded, start, end: i });
  return i;
}

const isDigits = (s: string) => {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
};
const isSign = (p: Piece | undefined) => p?.cls === CharClass.Punct && (p.text === '+' || p.text === '-');
const isPunct = (p: Piece | undefined, t: string) => p?.cls === CharClass.Punct && p.text === t;
const isGap = (p: Piece | undefined) =>
  p === undefined || p.cls === CharClass.Space || p.cls === CharClass.Newline;

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
  if (digits === '' && ps[j]?.cls === CharClass.Space && ps[j + 1]?.text.length === 1) {
    // "Na 1+": a space is allowed only before a one-digit charge followed by its sign.
    if (isDigits(ps[j + 1]?.text ?? '') && isSign(ps[j + 2])) {
      digits = ps[j + 1]?.text ?? '';
      j += 2;
    }
  }
  if (isPunct(ps[j], '^')) j++;
  const paren = isPunct(ps[j], '(');
  if (paren) j++;
  if (
    digits === '' &&
    ps[j]?.cls === CharClass.Word &&
    /^[0-9]$/.test(ps[j]?.text ?? '') &&
    isSign(ps[j + 1])
  ) {
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
  if (digits === '' && ps[j]?.cls === CharClass.Word && /^[0-9]$/.test(ps[j]?.text ?? '')) {
    digits = ps[j]?.text ?? '';
    j++;
  }
  if (paren) {
    if (!isPunct(ps[j], ')')) return undefined;
    j++;
  }
  // "Na-K pump": a minus glued to a following word is a hyphen, not a charge.
  if (sign === '-' && ps[j]?.cls === CharClass.Word) return undefined;
  const magnitude = digits === '' ? count : Number(digits);
  return { norm: `${symbol}${magnitude > 1 ? magnitude : ''}${sign}`, last: j - 1 };
}

/** Tokenizes text. Deterministic; linear in the length of `text`. */
export function tokenize(text: string): Token[] {
  const ps = pieces(text);
  const out = new TokenSink();
  const emit = out.emit;
  const sentenceBreak = out.sentenceBreak;
  const clauseBreak = out.clauseBreak;
  const emitWord = out.emitWord;

  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as Piece;
    const prev = ps[i - 1];
    const next = ps[i + 1];
    if (p.cls === CharClass.Newline) {
      sentenceBreak();
      continue;
    }
    if (p.cls === CharClass.Space) continue;
    if (p.cls === CharClass.Punct) {
      const t = p.text;
      if (t === '.' || t === '!' || t === '?') sentenceBreak();
      else if (',;:()[]{}→>'.includes(t)) clauseBreak();
      else if (t === '-' && isGap(prev) && isGap(next)) clauseBreak();
      else if (
        (t === '-' || t === '+') &&
        isGap(prev) &&
        next?.cls === CharClass.Word &&
        isDigits(next.text)
      ) {
        // A signed number such as "-70" (mV).
        const num = readNumber(ps, i + 1);
        emit(`${t}${num.text}`, p.start, num.end);
        i = num.last;
      } else if (t === '&') emit('and', p.start, p.end);
      continue;
    }
    // A word piece.
    const ion = readIon(ps, i);
    if (ion) {
      emit(ion.norm, p.start, (ps[ion.last] as Piece).end);
      i = ion.last;
      continue;
    }
    if (isDigits(p.text)) {
      // List markers ("1." "2)") start a new item; they are not words.
      if (
        p.text.length <= 2 &&
        (prev === undefined || prev.cls !== CharClass.Word) &&
        (isPunct(next, '.') || isPunct(next, ')')) &&
        !(ps[i + 2]?.cls === CharClass.Word && isDigits(ps[i + 2]?.text ?? ''))
      ) {
        sentenceBreak();
        i++;
        continue;
      }
      const num = readNumber(ps, i);
      emit(num.text, p.start, num.end);
      i = num.last;
      continue;
    }
    // Text-speak with slashes: w/o, w/, b/c.
    if ((p.text === 'w' || p.text === 'b') && isPunct(next, '/')) {
      const after = ps[i + 2];
      if (p.text === 'w' && after?.cls === CharClass.Word && after.text === 'o') {
        emit('without', p.start, after.end);
        i += 2;
        continue;
      }
      if (p.text === 'b' && after?.cls === CharClass.Word && after.text === 'c') {
        emit('because', p.start, after.end);
        i += 2;
        continue;
      }
      if (p.text === 'w') {
        emit('with', p.start, (next as Piece).end);
        i += 1;
        continue;
      }
    }
    // Contractions: "doesn't" → does + not; "cell's" → cell.
    if (isPunct(next, "'") && ps[i + 2]?.cls === CharClass.Word) {
      const clitic = (ps[i + 2] as Piece).text;
      if (clitic === 't' && p.text.endsWith('n') && p.text.length > 1) {
        const base = p.text.slice(0, -1);
        emit(NT_BASES[base] ?? base, p.start, p.end);
        emit('not', (next as Piece).start, (ps[i + 2] as Piece).end);
        i += 2;
        continue;
      }
      if (DROPPED_CLITICS.has(clitic)) {
        emitWord(p.text, p.start, p.end);
        i += 2;
        continue;
      }
    }
    emitWord(p.text, p.start, p.end);
  }
  markNonCues(out.tokens);
  return out.tokens;
}

/**
 * Collects tokens and tracks sentence/clause/segment numbers. Methods are arrow properties so
 * `tokenize` can call them unbound; one sink per call, no closures created per token.
 */
class TokenSink {
  readonly tokens: Token[] = [];
  private sent = 0;
  private clause = 0;
  private seg = 0;

  readonly emit = (norm: string, start: number, end: number): void => {
    if (CLAUSE_WORDS.has(norm)) {
      this.clause++;
      this.seg++;
    } else if (SEGMENT_WORDS.has(norm)) this.seg++;
    const stem = stemOf(norm);
    this.tokens.push({
      norm,
      stem,
      start,
      end,
      sent: this.sent,
      clause: this.clause,
      seg: this.seg,
      cue: PARTICLE_CUES.has(norm) ? Cue.Particle : VERB_CUE_STEMS.has(stem) ? Cue.Verb : Cue.None,
      article: ARTICLES.has(norm),
    });
  };

  readonly sentenceBreak = (): void => {
    this.sent++;
    this.clause++;
    this.seg++;
  };

  readonly clauseBreak = (): void => {
    this.clause++;
    this.seg++;
  };

  readonly emitWord = (word: string, start: number, end: number): void => {
    const negBase = NEGATED_FORMS.get(word);
    if (negBase !== undefined) {
      this.emit(negBase, start, end);
      this.emit('not', start, end);
      return;
    }
    this.emit(TEXTSPEAK.get(word) ?? americanize(word), start, end);
  };
}

/** Reads "70" or "3.5" starting at piece i. */
function readNumber(ps: Piece[], i: number): { text: string; end: number; last: number } {
  const p = ps[i] as Piece;
  const dot = ps[i + 1];
  const frac = ps[i + 2];
  if (isPunct(dot, '.') && frac?.cls === CharClass.Word && isDigits(frac.text)) {
    return { text: `${p.text}.${frac.text}`, end: frac.end, last: i + 2 };
  }
  return { text: p.text, end: p.end, last: i };
}

/** "not only", "not just" are emphasis, not negation. */
function markNonCues(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm === 'not' && NOT_A_CUE_AFTER_NOT.has((tokens[i + 1] as Token).norm)) {
      tokens[i] = { ...t, cue: Cue.None };
    }
  }
}
