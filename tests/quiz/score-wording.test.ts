import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frqFeedbackView, nextStep, scoringRule } from '../../src/discord/views/quiz-feedback.js';
import { grade } from '../../src/grading/index.js';
import { loadQuestionCatalogOrThrow } from '../../src/quiz/index.js';

const catalog = loadQuestionCatalogOrThrow(
  process.env.CONTENT_DIR ?? join(import.meta.dirname, '..', '..', 'content'),
);
const asap5 = catalog.frq('asap-sas-5');
if (!asap5) throw new Error('asap-sas-5 is missing');
const { question, rubric } = asap5;

const ONE = 'The mRNA exits the nucleus through a nuclear pore.';
const TWO = `${ONE} Then the mRNA travels to a ribosome in the cytoplasm.`;

describe('score wording on a "describe any N" rubric (ASAP 5: 1 → 1, 3 → 2, 4 → 3)', () => {
  it('states the counting rule once, the same way in the footer and the hint', () => {
    expect(scoringRule(question.scoring, rubric.maxScore)).toBe('1 described → 1/3, 3 → 2/3, 4 → 3/3');
  });

  it('with one point described, says two more reach 2/3 (not "can still go up by 2")', () => {
    const result = grade(rubric, [ONE]);
    expect(result.score).toBe(1);
    const embed = frqFeedbackView(question, result, [ONE], {}).embeds?.[0];
    expect(embed?.title).toMatch(/^Score 1\/3/);
    expect(embed?.footer?.text).toMatch(
      /^1 of \d+ key points described \(any combination counts: 1 described → 1\/3, 3 → 2\/3, 4 → 3\/3\)/,
    );
    const hint = embed?.fields?.find((f) => f.name.startsWith('➕'))?.value ?? '';
    expect(hint).toContain('Describe 2 more of these in your own words to reach 2/3.');
    expect(hint).not.toMatch(/go up by/);
  });

  it('with two points described the score is still 1/3, and the hint says one more reaches 2/3', () => {
    const result = grade(rubric, [TWO]);
    expect(result.points.filter((p) => p.earned)).toHaveLength(2);
    expect(result.score).toBe(1);
    expect(nextStep(question.scoring, result)).toEqual({ more: 1, reaches: 2 });
  });
});
