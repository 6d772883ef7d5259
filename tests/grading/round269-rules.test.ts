import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { grade } from '../../src/grading/grade.js';
import { question } from './helpers.js';

/*
 * Round 269 (Dec 2026): two leftovers named in the last closing note — a restrictive "which"
 * (set 25's notes, from set 24's chromatin point) and batch FN's one flagged full-mark answer.
 */

/** A one-point question whose point needs "genes" and "packed" in one clause, as set 24's chromatin point. */
function packed() {
  return question(`
id: packed-which-test
kind: frq
topics: [test]
prompt: Why do two cells with the same DNA differ?
modelAnswer: Model.
points:
  - id: p
    label: Tightly packed chromatin silences genes
    hint: A hint.
    accept:
      - { all: ["genes", "packed"], scope: clause }
`);
}

const earned = (r: ReturnType<typeof packed>, a: string) => grade(r, a).points[0]?.earned;

describe('round 269: a restrictive "which" keeps its noun in the clause', () => {
  it('"the genes which are used get packed" is one clause, as with "that"', () => {
    const r = packed();
    expect(earned(r, 'The genes that are not used get packed tightly.')).toBe(true);
    expect(earned(r, 'The genes which are not used get packed tightly.')).toBe(true);
    expect(earned(r, 'The genes which are used get packed tightly.')).toBe(true);
  });

  it('a "which" that comments on the whole statement still opens a clause', () => {
    const r = packed();
    // After a comma, and without a participle and a main verb, "which" starts a clause of its own.
    expect(earned(r, 'They switch off the genes, which are packed away.')).toBe(false);
    expect(earned(r, 'The cell silences genes which makes the chromatin packed.')).toBe(false);
  });
});

describe('round 269: the pump denied as the one doing the work (batch FN)', () => {
  const r = loadQuestionBank('content').rubrics.get('depolarization-vs-repolarization');
  const flags = (a: string) => (r ? grade(r, a).misconceptions.map((m) => m.id) : ['no rubric']);

  it('"the pump isnt what does it" credits the pump with nothing', () => {
    expect(
      flags(
        'during repolarization K+ flows out through channels and theyre alike because both are just diffusion, the sodium potassium pump isnt what does it so no ATP is used',
      ),
    ).toEqual([]);
  });

  it('"the pump is what does it" still does', () => {
    expect(flags('During repolarization the pump is what does it.')).toContain('pump-repolarizes');
  });
});
