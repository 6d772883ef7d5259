import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callsWordRules, tokenize } from '../../src/grading/tokenize.js';

/*
 * The tokenizer calls its two functions of per-word rules only for words one of their rules
 * tests for (a bit table, for speed). A rule whose word is missing from the table would never
 * run, silently. These tests read the functions' source and check that every word they compare a
 * word's text with, and every set they look it up in, is in the table.
 */
const source = readFileSync(new URL('../../src/grading/tokenize.ts', import.meta.url), 'utf8');

/** The source of a top-level function of tokenize.ts, from its declaration to its closing brace. */
function body(name: string): string {
  const start = source.indexOf(`\nfunction ${name}(`);
  expect(start, `function ${name} in tokenize.ts`).toBeGreaterThan(0);
  return source.slice(start, source.indexOf('\n}\n', start));
}

/** Words a piece's own text is compared with (`p.text === 'x'`). */
function comparedWords(code: string): string[] {
  return [...code.matchAll(/\bp\.text === '([^']+)'/g)].map((m) => m[1] as string);
}

/** Sets a piece's own text is looked up in (`SET.has(p.text)`). */
function setsLookedUp(code: string): string[] {
  return [...code.matchAll(/\b([A-Z_]+)\.has\(p\.text\)/g)].map((m) => m[1] as string);
}

/** Sets named in buildTextBits' `mark([...], bit)` call for that bit. */
function setsMarked(bit: string): string[] {
  const build = body('buildTextBits');
  const call = [...build.matchAll(/mark\(\s*\[([\s\S]*?)\],\s*(TB_[A-Z_]+)\s*,?\s*\)/g)].find(
    (m) => m[2] === bit,
  );
  expect(call, `a mark([...], ${bit}) call in buildTextBits`).toBeDefined();
  return [...(call?.[1] ?? '').matchAll(/\.\.\.([A-Z_]+)/g)].map((m) => m[1] as string);
}

describe('the tokenizer calls its per-word rules for every word they test', () => {
  const early = `${body('clauseWordRules')}\n${body('wordRules')}`;
  const late = body('pronounWordRules');

  it('finds the rules it checks (the source scan still matches the code)', () => {
    expect(comparedWords(early).length).toBeGreaterThan(10);
    expect(comparedWords(late).length).toBeGreaterThan(10);
  });

  it('calls clauseWordRules (and wordRules) for every word they compare a word with', () => {
    const missing = comparedWords(early).filter((w) => !callsWordRules(w, 'early'));
    expect(missing).toEqual([]);
  });

  it('calls pronounWordRules for every word it compares a word with', () => {
    const missing = comparedWords(late).filter((w) => !callsWordRules(w, 'late'));
    expect(missing).toEqual([]);
  });

  it('marks every set the rules look a word up in', () => {
    const early_ = new Set(setsMarked('TB_EARLY'));
    // wordRules reads these two only after a last word in AFTER_RULE_WORDS, whose LB_ bit always
    // makes the call.
    const afterLast = new Set(['MAIN_SUBJECT_OPENERS', 'AFTER_ANYMORE']);
    expect(setsLookedUp(early).filter((s) => !early_.has(s) && !afterLast.has(s))).toEqual([]);
    const late_ = new Set(setsMarked('TB_LATE'));
    // BARE_MOVES is read only at a sentence's first word, for which the call is always made.
    expect(setsLookedUp(late).filter((s) => !late_.has(s) && s !== 'BARE_MOVES')).toEqual([]);
  });

  it('skips both calls for an ordinary word, and still reads the rules where they apply', () => {
    expect(callsWordRules('ribosome', 'early')).toBe(false);
    expect(callsWordRules('ribosome', 'late')).toBe(false);
    // clauseWordRules: spelled-out punctuation; pronounWordRules: text-speak "w/o".
    expect(tokenize('sodium enters comma potassium leaves').map((t) => t.clause)).toEqual([0, 0, 1, 1]);
    expect(tokenize('it moves w/o energy').map((t) => t.norm)).toEqual(['it', 'moves', 'without', 'energy']);
  });
});
