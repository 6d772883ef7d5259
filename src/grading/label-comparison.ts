import type { Pattern } from '../content/question-schema.js';
import type { Token } from './tokenize.js';

/**
 * Comparisons in plain-language labels: "There is more K⁺ inside the cell than outside",
 * "Diffusion is faster in small cells than in large cells".
 *
 * Read as a bag of words, such a label is met by its own reversal ("more K⁺ outside than inside"),
 * the blunder a teacher notices first. So the side after "than" is the reference: not required
 * (a student may write "K⁺ is higher inside"), but it must not be said before the comparative,
 * and the label's other words must not be said after "than".
 */

/** Comparative words that a "than" later in the clause completes. */
const COMPARATIVES = new Set(
  'more less fewer higher lower greater smaller larger bigger faster slower quicker stronger weaker longer shorter thicker thinner wider narrower farther further'.split(
    ' ',
  ),
);

/** Plain words of size or degree, and the comparative an answer says them with ("smaller cells"). */
const DEGREE: Readonly<Record<string, string>> = {
  small: 'smaller',
  large: 'larger',
  big: 'bigger',
  thin: 'thinner',
  thick: 'thicker',
  wide: 'wider',
  narrow: 'narrower',
  long: 'longer',
  short: 'shorter',
  warm: 'warmer',
  cold: 'colder',
  hot: 'hotter',
  fast: 'faster',
  slow: 'slower',
  strong: 'stronger',
  weak: 'weaker',
  young: 'younger',
  old: 'older',
  steep: 'steeper',
};

/** Whether a word compares ("more", "faster"): never the word a statement may do without. */
export function isComparative(word: string): boolean {
  return COMPARATIVES.has(word.toLowerCase());
}

/** Where a label's comparison lies, as token indices. */
export interface Comparison {
  readonly clause: number;
  /** The comparative ("more", "faster"). */
  readonly at: number;
  /** "than". */
  readonly than: number;
  /** One past the clause's last token. */
  readonly end: number;
}

/** The label's first comparison ("… more … than …" within one clause), if it has one. */
export function findComparison(tokens: readonly Token[]): Comparison | undefined {
  for (let h = 1; h < tokens.length; h++) {
    const t = tokens[h] as Token;
    if (t.norm !== 'than') continue;
    let at = -1;
    for (let k = h - 1; k >= 0 && (tokens[k] as Token).clause === t.clause; k--)
      if (COMPARATIVES.has((tokens[k] as Token).norm)) {
        at = k;
        break;
      }
    if (at < 0) continue;
    let end = h + 1;
    while (end < tokens.length && (tokens[end] as Token).clause === t.clause) end++;
    return { clause: t.clause, at, than: h, end };
  }
  return undefined;
}

/** Whether token i lies on the compared side: from the clause's start up to "than". */
export function onComparedSide(c: Comparison | undefined, tokens: readonly Token[], i: number): boolean {
  return c !== undefined && i < c.than && (tokens[i] as Token).clause === c.clause;
}

/**
 * One item of the compared side, guarded. The comparative: with "than", nothing of the reference
 * before it ("more K⁺ outside than inside" for "more K⁺ inside than outside"); without "than",
 * nothing of the reference in its clause ("K⁺ is higher outside"). Any other item: no "than" before
 * it in its clause ("… than inside" does not say where K⁺ is higher).
 */
export function guardCompared(p: Pattern, comparative: boolean, reference: readonly Pattern[]): Pattern {
  if (!comparative) {
    // "in small cells" is also said "in smaller cells"; and "smaller fragments move farther" is
    // said "small ones go farther" (teacher set 13).
    const degree = typeof p === 'string' ? DEGREE[p] : undefined;
    const plain = positivesIn(p);
    const said = degree !== undefined ? `${p}|${degree}` : plain.length > 0 ? [p, plain.join('|')] : p;
    return { all: [{ not: '=than' }, said], ordered: true, scope: 'clause' };
  }
  if (reference.length === 0) return p;
  const notRef = reference.map((r) => ({ not: r }));
  return [
    { all: [...notRef, p, ...notRef, '=than'], ordered: true, scope: 'clause' },
    { all: [p, { not: '=than' }, ...notRef], scope: 'clause' },
  ];
}

/** The plain forms ("small") of the comparatives ("smaller") a pattern lists as alternatives. */
function positivesIn(p: Pattern): string[] {
  const words =
    typeof p === 'string'
      ? p.split('|')
      : Array.isArray(p)
        ? p.filter((x) => typeof x === 'string').flatMap((x) => (x as string).split('|'))
        : [];
  const out: string[] = [];
  for (const w of words) {
    const plain = POSITIVE.get(w.replace(/^=/, ''));
    if (plain !== undefined && !out.includes(plain)) out.push(plain);
  }
  return out;
}

/** Comparative → plain form, from {@link DEGREE}. */
const POSITIVE = new Map(Object.entries(DEGREE).map(([plain, comparative]) => [comparative, plain]));
