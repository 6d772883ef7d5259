import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { checkExamples } from '../../src/grading/examples.js';
import { contentDir } from './helpers.js';

/*
 * Every question file under content/questions is loaded, compiled and its examples run through
 * the grader — new questions are covered without touching this test.
 */
const bank = loadQuestionBank(contentDir);
const files = readdirSync(join(contentDir, 'questions')).filter((f) => f.endsWith('.yaml'));

describe('every question in content/questions', () => {
  it('the lexicon and every question load without content errors', () => {
    expect(bank.errors.map((e) => e.message)).toEqual([]);
  });

  for (const file of files) {
    const id = file.replace(/\.yaml$/, '');
    it(`${id}: loads, and every example agrees with the grader`, () => {
      const question = bank.questions.find((q) => q.id === id);
      expect(question, `${file} did not load`).toBeDefined();
      const rubric = bank.rubrics.get(id);
      if (question?.kind === 'frq') {
        expect(rubric).toBeDefined();
        if (rubric) expect(checkExamples(rubric).map((f) => f.message)).toEqual([]);
      }
    });
  }
});
