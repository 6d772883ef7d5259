import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { grade } from '../../src/grading/grade.js';
import { nmjHeldOut, nmjAnswers as tuning } from './nmj-answers.js';

/** Both batches: the one the rubric was tuned on and the one written afterwards. */
const nmjAnswers = [...tuning, ...nmjHeldOut];

const bank = loadQuestionBank(join(import.meta.dirname, '../../content'));
const rubric = bank.rubrics.get('nmj-depolarization');

/** Share of answers where the grader's decision on `point` equals the teacher's label. */
function accuracy(point: 'cause' | 'effect'): { rate: number; wrong: string[] } {
  if (!rubric) throw new Error('nmj-depolarization did not load');
  const wrong: string[] = [];
  for (const answer of nmjAnswers) {
    const earned = grade(rubric, answer.text).points.find((p) => p.id === point)?.earned ?? false;
    if (earned !== answer[point])
      wrong.push(`${answer[point] ? 'missed' : 'wrongly earned'}: ${answer.text}`);
  }
  return { rate: 1 - wrong.length / nmjAnswers.length, wrong };
}

describe('nmj-depolarization on a realistic, teacher-labelled answer set', () => {
  it('has at least 160 varied answers', () => {
    expect(nmjAnswers.length).toBeGreaterThanOrEqual(160);
    expect(new Set(nmjAnswers.map((a) => a.text)).size).toBe(nmjAnswers.length);
  });

  for (const point of ['cause', 'effect'] as const) {
    it(`decides "${point}" as a teacher would for at least 95% of answers`, () => {
      const { rate, wrong } = accuracy(point);
      // Printed so the figure can be reported; the assertion is the requirement.
      console.info(
        `nmj ${point}: ${(rate * 100).toFixed(1)}% of ${nmjAnswers.length}\n  ${wrong.join('\n  ')}`,
      );
      expect(rate).toBeGreaterThanOrEqual(0.95);
    });
  }
});
