import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerFrq, answerMcq, checkAnswer, loadQuestionCatalogOrThrow } from '../../src/quiz/index.js';

const contentDir = process.env.CONTENT_DIR ?? join(import.meta.dirname, '..', '..', 'content');
const catalog = loadQuestionCatalogOrThrow(contentDir);
const nmj = catalog.frq('nmj-depolarization');
if (!nmj) throw new Error('nmj-depolarization is missing from the question bank');
const { question, rubric } = nmj;

describe('checking an answer before grading', () => {
  it.each([
    ['an empty answer', ''],
    ['a whitespace-only answer', '  \n\t  '],
  ])('given %s, it is refused as empty', (_, text) => {
    expect(checkAnswer(question, [text])?.reason).toBe('empty');
  });

  it.each([
    ['only emoji', '🧪🔥⚡️'],
    ['only punctuation', '?!?! ... ---'],
    ['only numbers', '-70 +30'],
  ])('given %s, it is refused as having no words', (_, text) => {
    const problem = checkAnswer(question, [text]);
    expect(problem?.reason).toBe('not-text');
    expect(problem?.message).toMatch(/any words/);
  });

  it('given an answer over the limit, it is refused with its length and the limit', () => {
    const problem = checkAnswer(question, ['sodium '.repeat(700)], 4000);
    expect(problem?.reason).toBe('too-long');
    expect(problem?.message).toContain('4,900 characters');
    expect(problem?.message).toContain('4,000');
  });

  it('given words in a non-Latin script, it is an answer', () => {
    expect(checkAnswer(question, ['натрий входит в клетку'])).toBeUndefined();
  });
});

describe('answering an FRQ', () => {
  it('given the model-style answer, cause and effect are earned with the words that earned them', () => {
    const outcome = answerFrq(question, rubric, [
      'ACh binds, the channel opens, sodium rushes in and the inside becomes less negative',
    ]);
    if (outcome.kind !== 'graded') throw new Error(outcome.message);
    const earned = new Map(outcome.result.points.map((p) => [p.id, p]));
    expect(earned.get('cause')?.earned).toBe(true);
    expect(earned.get('effect')?.earned).toBe(true);
    expect(
      earned
        .get('cause')
        ?.evidence.map((e) => e.text)
        .join(' '),
    ).toMatch(/sodium/);
  });

  it('given the reversed answer, neither is earned and the misconception is named', () => {
    const outcome = answerFrq(question, rubric, ['sodium leaves and the cell becomes more negative']);
    if (outcome.kind !== 'graded') throw new Error(outcome.message);
    expect(outcome.result.score).toBe(0);
    expect(outcome.result.misconceptions.map((m) => m.id)).toContain('sodium-leaves');
  });

  it('given an empty answer, nothing is graded and the reason is meant for the student', () => {
    const outcome = answerFrq(question, rubric, ['   ']);
    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'empty' });
  });

  it('given the wrong number of parts, the grader refusal comes back as a message, not a throw', () => {
    const outcome = answerFrq(question, rubric, ['sodium enters', 'extra part']);
    expect(outcome.kind).toBe('rejected');
  });
});

describe('answering an MCQ', () => {
  const mcq = catalog.mcq('mcq-pump-ratio');
  if (!mcq) throw new Error('mcq-pump-ratio is missing');
  const right = mcq.choices.find((c) => c.correct);
  const wrong = mcq.choices.find((c) => !c.correct);

  it('given the correct choice, it is correct; given another, it is not and names the right one', () => {
    expect(answerMcq(mcq, right?.id ?? '')?.correct).toBe(true);
    const result = answerMcq(mcq, wrong?.id ?? '');
    expect(result?.correct).toBe(false);
    expect(result?.correctChoice.id).toBe(right?.id);
  });

  it('given a choice that does not exist (a stale button), there is no result', () => {
    expect(answerMcq(mcq, 'zz')).toBeUndefined();
  });
});
