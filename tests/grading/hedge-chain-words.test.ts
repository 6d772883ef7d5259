import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Hedges, hedgedSentences, setHedgeChainSkip } from '../../src/grading/hedge.js';
import { tokenize } from '../../src/grading/tokenize.js';
import './helpers.js';

/*
 * The hedge reader skips its rule chain for any word not in CHAIN_WORDS (most words), a speed-up
 * that is only right while every rule starts from a word in that set. A rule keyed on a new word
 * that is not added there would silently never run. This test reads every stored blind answer
 * with the shortcut and without it: the hedged ranges must be the same.
 */
const blindDir = join(import.meta.dirname, 'blind');

function storedAnswers(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(blindDir)) {
    if (!file.endsWith('.json')) continue;
    const data = JSON.parse(readFileSync(join(blindDir, file), 'utf8')) as
      | { answers: { text: string }[] }
      | { text: string }[];
    for (const a of Array.isArray(data) ? data : data.answers) texts.push(a.text);
  }
  return texts;
}

const show = (h: Hedges | undefined) =>
  h === undefined ? 'none' : `${[...h.lo]}|${[...h.hi]}|${[...h.lo2]}|${[...h.hi2]}`;

describe('the hedge rule chain shortcut', () => {
  afterEach(() => setHedgeChainSkip(true));

  it('changes no hedged range on any stored blind answer (every rule starts from a CHAIN_WORDS word)', () => {
    const texts = storedAnswers();
    expect(texts.length).toBeGreaterThan(20_000);
    const differ: string[] = [];
    for (const text of texts) {
      const tokens = tokenize(text, true);
      setHedgeChainSkip(true);
      const fast = show(hedgedSentences(tokens, text));
      setHedgeChainSkip(false);
      const full = show(hedgedSentences(tokens, text));
      if (fast !== full) differ.push(text.slice(0, 120));
    }
    expect(differ).toEqual([]);
  });

  it('compares real ranges: a hedged answer gives some', () => {
    // Without this, the comparison above could pass on two empty results. (Checked by hand: with
    // "maybe" taken out of CHAIN_WORDS, 138 stored answers differ and the test above fails.)
    const text = 'Sodium goes out of the cell idk.';
    const tokens = tokenize(text, true);
    expect(show(hedgedSentences(tokens, text))).not.toBe('none');
  });
});
