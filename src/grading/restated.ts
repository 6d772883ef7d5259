import { type Token, tokenize } from './tokenize.js';

/**
 * Sentences copied from the prompt. A student who writes the prompt's own sentence back ("The
 * neurotoxin binds to the receptors and keeps acetylcholine from binding to them") restates what
 * they were given; an AP reader credits nothing in it, however many rubric words it holds. The
 * test is word runs, not single words: a sentence counts as copied when runs of
 * {@link RUN} consecutive words that also stand consecutively in the prompt cover at least
 * {@link COVERED} of it. An answer that reuses the prompt's terms in its own sentences keeps them.
 */

/** Consecutive words (by stem) that must also stand together in the prompt. */
const RUN = 4;
/** Share of a sentence's words that copied runs must cover. */
const COVERED = 0.8;
/** Shorter sentences are never treated as copied ("ACh cannot bind" may echo any prompt). */
const MIN_WORDS = 6;

function gramKey(tokens: readonly Token[], from: number): string {
  let key = '';
  for (let k = from; k < from + RUN; k++) key += `${(tokens[k] as Token).info.stem} `;
  return key;
}

/** The prompt's runs of {@link RUN} words, by stem (sentence ends do not break a run). */
export function promptRuns(prompts: readonly string[]): ReadonlySet<string> {
  const runs = new Set<string>();
  for (const prompt of prompts) {
    const tokens = tokenize(prompt);
    for (let i = 0; i + RUN <= tokens.length; i++) runs.add(gramKey(tokens, i));
  }
  return runs;
}

/** Numbers of the answer's sentences copied from the prompt; undefined when none is. Linear in the answer. */
export function restatedSentences(
  tokens: readonly Token[],
  runs: ReadonlySet<string>,
): Set<number> | undefined {
  if (runs.size === 0) return undefined;
  let out: Set<number> | undefined;
  let i = 0;
  while (i < tokens.length) {
    const sent = (tokens[i] as Token).sent;
    let end = i;
    while (end < tokens.length && (tokens[end] as Token).sent === sent) end++;
    const length = end - i;
    if (length >= MIN_WORDS) {
      // coveredUntil: the first word not yet covered by a copied run.
      let covered = 0;
      let coveredUntil = i;
      for (let k = i; k + RUN <= end; k++) {
        if (!runs.has(gramKey(tokens, k))) continue;
        const from = Math.max(k, coveredUntil);
        covered += k + RUN - from;
        coveredUntil = k + RUN;
      }
      if (covered >= COVERED * length) {
        if (out === undefined) out = new Set();
        out.add(sent);
      }
    }
    i = end;
  }
  return out;
}
