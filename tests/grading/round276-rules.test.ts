import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { earns, plain, question, rubric } from './helpers.js';

/*
 * Round 276 (Dec 2026), from teacher set 28's notes (tests/grading/teacher-questions/TEACHER-NOTES-28.md).
 */
describe('round 276: "=" and "*" on one word is refused with what to write instead', () => {
  it('"=dominan*" names both signs and offers "dominan*"', () => {
    expect(() => rubric('"partial|partially =dominan*"')).toThrow(
      /"=dominan\*" in "=dominan\*" uses both = \(exactly this word\) and \* \(any word that starts so\): use "dominan\*"/,
    );
  });

  it('"dominan*" alone meets "dominant" and "dominance"', () => {
    const r = rubric('"partially dominan*"');
    expect(earns(r, 'R is partially dominant')).toBe(true);
    expect(earns(r, 'it shows partially dominance')).toBe(true);
  });
});

/** A succession question whose misconception is about what comes first. */
function succession(atFirst: boolean) {
  return question(`
id: succession-test
kind: frq
topics: [ecology]
prompt: Describe how life returns to a bare lava field.
points:
  - id: pioneers
    label: Lichens and mosses arrive first (pioneer species)
    hint: What grows first?
misconceptions:
  - id: trees-first
    label: Thinks trees grow first
    pattern: "tree|trees ..2 grow|grows|come|comes"
${atFirst ? '    atFirst: true\n' : ''}    correction: Trees need soil, which the pioneers make first.
modelAnswer: Lichens and mosses arrive first and make soil.
`);
}

describe('round 276: a misconception about what comes first can be read in an "at first" sentence', () => {
  it('is read there with atFirst: true', () => {
    for (const a of ['At first, trees grow on the rock.', 'Trees grow on the rock right away.'])
      expect(
        grade(succession(true), a).misconceptions.map((m) => m.id),
        a,
      ).toEqual(['trees-first']);
  });

  it('is skipped there without it, as a misconception about the outcome is', () => {
    expect(grade(succession(false), 'At first, trees grow on the rock.').misconceptions).toEqual([]);
    expect(grade(succession(false), 'Later the trees grow.').misconceptions.map((m) => m.id)).toEqual([
      'trees-first',
    ]);
  });
});

describe('round 276: the noun and short forms of heterozygous and homozygous', () => {
  it('"The F1 plants are heterozygous" is met by "heterozygotes" and "hetero"', () => {
    const r = plain('The F1 plants are heterozygous');
    for (const a of ['the F1 plants are all heterozygotes', 'F1 plants are hetero'])
      expect(earns(r, a), a).toBe(true);
    expect(earns(r, 'the F1 plants are homozygous')).toBe(false);
  });

  it('"The parents are homozygous" is met by "homozygotes"', () => {
    expect(earns(plain('The parents are homozygous'), 'both parents are homozygotes')).toBe(true);
  });
});
