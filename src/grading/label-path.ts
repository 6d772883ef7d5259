import type { Pattern } from '../content/question-schema.js';
import type { Token } from './tokenize.js';

/**
 * Paths in plain-language labels: "Water moves from high water potential to low water potential",
 * "Protons flow from the intermembrane space to the matrix".
 *
 * After a bare verb of motion the path is the whole statement ("water moves" says nothing), so
 * the words after "from" and "to" are required there, not optional places, and their order is
 * kept: what the label names only at the end of the path must not be followed in the answer by
 * what it names only at the start ("from low to high water potential" is the reversal).
 */

/** Where a label's path lies, as token indices. */
export interface Path {
  readonly clause: number;
  /** "from". */
  readonly from: number;
  /** "to", "into" or "towards". */
  readonly to: number;
  /** One past the clause's last token. */
  readonly end: number;
}

const PATH_ENDS = new Set(['to', 'into', 'towards', 'toward']);

/**
 * The label's first "from … to …" right after a verb of motion (`isMotion` on the nearest word
 * before "from" that is not grammar), if it has one.
 */
export function findPath(
  tokens: readonly Token[],
  isContent: (i: number) => boolean,
  isMotion: (t: Token) => boolean,
): Path | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.norm !== 'from') continue;
    let verb = i - 1;
    while (verb >= 0 && !isContent(verb) && (tokens[verb] as Token).clause === t.clause) verb--;
    if (verb < 0 || (tokens[verb] as Token).clause !== t.clause || !isMotion(tokens[verb] as Token)) continue;
    let to = -1;
    let end = i + 1;
    for (; end < tokens.length && (tokens[end] as Token).clause === t.clause; end++)
      if (to < 0 && PATH_ENDS.has((tokens[end] as Token).norm)) to = end;
    if (to < 0 || to === i + 1 || to === end - 1) continue;
    return { clause: t.clause, from: i, to, end };
  }
  return undefined;
}

/**
 * The guard on one item of a path's end: nothing named only at the start may follow it in the
 * clause. `startOnly` are the patterns of the items named only at the start.
 */
export function guardPathEnd(p: Pattern, startOnly: readonly Pattern[]): Pattern {
  if (startOnly.length === 0) return p;
  return { all: [p, ...startOnly.map((s) => ({ not: s }))], ordered: true, scope: 'clause' };
}
