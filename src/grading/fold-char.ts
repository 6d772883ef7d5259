/**
 * Per-character folding for the tokenizer. Each code point of an answer is folded on its own so
 * that every folded character still knows where it stood in the original text (evidence spans
 * quote the student's own characters).
 */

/** How a folded character behaves in the tokenizer. */
export const CharClass = {
  /** Letters and digits: part of a word. */
  Word: 0,
  /** Combining marks and other characters that fold to nothing: invisible, even inside a word. */
  Invisible: 1,
  /** White space other than line breaks. */
  Space: 2,
  /** A line break: ends a sentence. */
  Newline: 3,
  /** Anything else: punctuation, symbols. */
  Punct: 4,
} as const;
/** One of the {@link CharClass} values. */
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

/** A folded character: its class and its folded text (lowercase, no accents; may be "" or several chars). */
export interface FoldedChar {
  readonly cls: CharClass;
  readonly text: string;
}

const cache = new Map<number, FoldedChar>();
const MAX_CACHE = 20_000;
const WORDISH = /^[\p{L}\p{N}]+$/u;
const MARKS = /\p{M}/gu;

/** Characters NFKD leaves alone that we still want to treat as their plain ASCII cousins. */
const SPECIAL: Record<number, string> = {
  8216: "'",
  8217: "'",
  8219: "'",
  700: "'",
  8242: "'",
  96: "'",
  180: "'",
  8208: '-',
  8209: '-',
  8210: '-',
  8211: '-',
  8212: '-',
  8213: '-',
  8722: '-',
  65123: '-',
  65293: '-',
  8220: '"',
  8221: '"',
  // Right arrows typed from symbol pickers or phone keyboards ("low ➝ high", blind batch BJ) read as
  // the plain "→" that note form knows: ➔ ➙ ➛ ➜ ➝ ➞ ➟ ➠ ➡ ➤ ⟶ ⇒ ⟹ ⇨ ⭢ 🡒
  // "≠" would fold to "=" (NFKD drops its stroke), reading "ACh ≠ bind" as an equation: kept as
  // itself so note form can read it "not" (blind batch BP).
  8800: '≠',
  // A ballot cross or cross mark before a word is a "not" too ("ACh ✗ bind", blind batch CA):
  // ✗ ✘ ✖ ❌ read as the not-equals sign that note form already reads.
  10007: '≠',
  10008: '≠',
  10006: '≠',
  10060: '≠',
  // The empty-set sign (and the diameter sign phones offer for it) before a word is "none of it":
  // "passive: ∅ ATP" (blind batch CP) reads "not ATP", as "≠ ATP" does.
  8709: '≠',
  8960: '≠',
  10132: '→',
  10137: '→',
  10139: '→',
  10140: '→',
  10141: '→',
  10142: '→',
  10143: '→',
  10144: '→',
  10145: '→',
  10148: '→',
  10230: '→',
  8658: '→',
  10233: '→',
  8680: '→',
  11106: '→',
  129106: '→',
};

const ASCII: FoldedChar[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let cls: CharClass;
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) cls = CharClass.Word;
  else if (c >= 65 && c <= 90) cls = CharClass.Word;
  else if (c === 10 || c === 13) cls = CharClass.Newline;
  else if (c === 32 || c === 9 || c === 11 || c === 12) cls = CharClass.Space;
  else if (c < 32 || c === 127) cls = CharClass.Invisible;
  else cls = CharClass.Punct;
  ASCII.push({ cls, text: cls === CharClass.Invisible ? '' : ch.toLowerCase() });
}

/** Folds one code point (cached; the cache is bounded so hostile input cannot grow it without limit). */
export function foldChar(cp: number): FoldedChar {
  if (cp < 128) return ASCII[cp] as FoldedChar;
  const hit = cache.get(cp);
  if (hit) return hit;
  const folded = classify(cp);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(cp, folded);
  return folded;
}

function classify(cp: number): FoldedChar {
  const special = SPECIAL[cp];
  if (special !== undefined) return { cls: CharClass.Punct, text: special };
  if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) return { cls: CharClass.Newline, text: '\n' };
  const raw = String.fromCodePoint(cp);
  if (/^\s$/u.test(raw)) return { cls: CharClass.Space, text: ' ' };
  const text = raw.normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (text === '') return { cls: CharClass.Invisible, text: '' };
  if (WORDISH.test(text)) return { cls: CharClass.Word, text };
  // e.g. "⁺" → "+", "⁻" → "−" → "-": keep the first folded character as punctuation.
  const first = text.codePointAt(0) ?? 0;
  const again = SPECIAL[first];
  return { cls: CharClass.Punct, text: again ?? String.fromCodePoint(first) };
}
