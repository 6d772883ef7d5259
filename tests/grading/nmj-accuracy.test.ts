import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { grade } from '../../src/grading/grade.js';
import { type LabelledAnswer, nmjHeldOut, nmjAnswers as tuning } from './nmj-answers.js';
import { nmjRound3 } from './nmj-answers-round3.js';
import { nmjRound4 } from './nmj-answers-round4.js';
import { nmjRound5 } from './nmj-answers-round5.js';
import { nmjRound6 } from './nmj-answers-round6.js';
import { nmjRound7 } from './nmj-answers-round7.js';

/**
 * Every batch: the one the rubric was tuned on, the one written afterwards, and rounds 3, 4, 5, 6 and 7
 * (each written blind, before reading the patterns). Each batch is also checked on its own, so a later fix that
 * helps the big tuning set cannot hide a regression on a smaller, unseen one.
 */
const batches: Readonly<Record<string, readonly LabelledAnswer[]>> = {
  tuning,
  'held-out': nmjHeldOut,
  'round 3': nmjRound3,
  'round 4': nmjRound4,
  'round 5': nmjRound5,
  'round 6': nmjRound6,
  'round 7': nmjRound7,
};
const nmjAnswers = Object.values(batches).flat();

const bank = loadQuestionBank(join(import.meta.dirname, '../../content'));
const rubric = bank.rubrics.get('nmj-depolarization');

/** Share of `answers` where the grader's decision on `point` equals the teacher's label. */
function accuracy(
  point: 'cause' | 'effect',
  answers: readonly LabelledAnswer[],
): { rate: number; wrong: string[] } {
  if (!rubric) throw new Error('nmj-depolarization did not load');
  const wrong: string[] = [];
  for (const answer of answers) {
    const earned = grade(rubric, answer.text).points.find((p) => p.id === point)?.earned ?? false;
    if (earned !== answer[point])
      wrong.push(`${answer[point] ? 'missed' : 'wrongly earned'}: ${answer.text}`);
  }
  return { rate: 1 - wrong.length / answers.length, wrong };
}

describe('nmj-depolarization on a realistic, teacher-labelled answer set', () => {
  it('has at least 400 varied answers', () => {
    expect(nmjAnswers.length).toBeGreaterThanOrEqual(400);
    expect(new Set(nmjAnswers.map((a) => a.text)).size).toBe(nmjAnswers.length);
  });

  for (const point of ['cause', 'effect'] as const) {
    it(`decides "${point}" as a teacher would for at least 95% of answers`, () => {
      const { rate, wrong } = accuracy(point, nmjAnswers);
      // Printed so the figure can be reported; the assertion is the requirement.
      console.info(
        `nmj ${point}: ${(rate * 100).toFixed(1)}% of ${nmjAnswers.length}\n  ${wrong.join('\n  ')}`,
      );
      expect(rate).toBeGreaterThanOrEqual(0.95);
    });

    for (const [name, answers] of Object.entries(batches)) {
      it(`decides "${point}" correctly for at least 95% of the ${name} batch`, () => {
        const { rate } = accuracy(point, answers);
        console.info(`nmj ${point}, ${name}: ${(rate * 100).toFixed(1)}% of ${answers.length}`);
        expect(rate).toBeGreaterThanOrEqual(0.95);
      });
    }
  }
});
