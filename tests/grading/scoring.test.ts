import { describe, expect, it } from 'vitest';
import { maxScoreOf, scoreOf } from '../../src/grading/compile-question.js';
import { grade } from '../../src/grading/grade.js';
import { confusionMatrix, exactAgreement, quadraticWeightedKappa } from '../../src/grading/metrics.js';
import { lexicon, question } from './helpers.js';

const ones = (n: number) => Array.from({ length: n }, () => ({ value: 1 }));

describe('scoring rules', () => {
  it('sum adds earned values and applies the cap', () => {
    expect(scoreOf({ rule: 'sum' }, [{ value: 2 }, { value: 1 }])).toBe(3);
    expect(scoreOf({ rule: 'sum', cap: 3 }, ones(5))).toBe(3);
    expect(maxScoreOf({ rule: 'sum', cap: 3 }, ones(11))).toBe(3);
    expect(maxScoreOf({ rule: 'sum' }, [{ value: 2 }, { value: 1 }])).toBe(3);
  });

  it('count maps the number of earned points as ASAP item 5 does (4+→3, 3→2, 1–2→1, 0→0)', () => {
    const rule = { rule: 'count' as const, map: { '0': 0, '1': 1, '3': 2, '4': 3 } };
    expect([0, 1, 2, 3, 4, 5, 8].map((n) => scoreOf(rule, ones(n)))).toEqual([0, 1, 1, 2, 3, 3, 3]);
    expect(maxScoreOf(rule, ones(8))).toBe(3);
  });

  it('a graded answer reports score and maximum', () => {
    const lex = lexicon('concepts:\n  x: [alpha]\n');
    const r = question(
      `
id: q
kind: frq
topics: [t]
prompt: P
modelAnswer: M
points:
  - {id: a, label: A, hint: h, pattern: alpha, value: 2}
  - {id: b, label: B, hint: h, pattern: beta}
  - {id: c, label: C, hint: h, pattern: gamma}
scoring: {rule: sum, cap: 3}
`,
      lex,
    );
    const result = grade(r, 'alpha and beta and gamma');
    expect([result.score, result.maxScore]).toEqual([3, 3]);
    expect(grade(r, 'beta only').score).toBe(1);
  });
});

describe('agreement metrics (hand-computed)', () => {
  it('exact agreement is the share of identical ratings', () => {
    expect(exactAgreement([0, 1, 2, 3], [0, 1, 1, 3])).toBe(0.75);
  });

  it('the confusion matrix counts (human, grader) pairs', () => {
    expect(confusionMatrix([0, 0, 1, 2], [0, 1, 1, 2], 0, 2)).toEqual([
      [1, 1, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('QWK is 1 for perfect agreement', () => {
    expect(quadraticWeightedKappa([0, 1, 2, 3], [0, 1, 2, 3], 0, 3)).toBe(1);
  });

  it('QWK matches a hand computation', () => {
    // a = [0,0,1,1], b = [0,1,1,1], k = 2, w(0,1) = 1.
    // O: (0,0)=1, (0,1)=1, (1,1)=2 → Σ w·O = 1.
    // hist a = [2,2], hist b = [1,3], E(0,1) = 2·3/4 = 1.5, E(1,0) = 2·1/4 = 0.5 → Σ w·E = 2.
    // κ = 1 − 1/2 = 0.5
    expect(quadraticWeightedKappa([0, 0, 1, 1], [0, 1, 1, 1], 0, 1)).toBeCloseTo(0.5, 12);
  });

  it('QWK matches a three-category hand computation', () => {
    // a = [0,1,2], b = [0,2,2]; weights (i−j)²/4. Σ w·O = w(1,2) = 0.25.
    // hist a = [1,1,1], hist b = [1,0,2], E = outer/3.
    // Σ w·E = (1/3)[w01·0 + w02·2 + w10·1 + w12·2 + w20·1 + w21·0] = (1/3)(2 + 0.25 + 0.5 + 1) = 1.25
    // κ = 1 − 0.25/1.25 = 0.8
    expect(quadraticWeightedKappa([0, 1, 2], [0, 2, 2], 0, 2)).toBeCloseTo(0.8, 12);
  });

  it('rejects ratings outside the range', () => {
    expect(() => quadraticWeightedKappa([0, 4], [0, 1], 0, 3)).toThrow(/not an integer in \[0, 3\]/);
  });
});
