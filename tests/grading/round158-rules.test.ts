import { describe, expect, it } from 'vitest';
import { promptRuns, restatedTokens } from '../../src/grading/restated.js';
import { tokenize } from '../../src/grading/tokenize.js';

/*
 * Round 158 (Dec 2026): general rules found by reading the misses on the third set of teacher-written
 * questions (tests/grading/teacher-questions/set-3.yaml) after it had been graded once, untouched.
 * Each rule is for every question.
 */

const prompt = promptRuns([
  "Explain why cells are usually this small. In your answer, describe what happens to a cell's surface area-to-volume ratio as the cell grows.",
]);
const copiedWords = (answer: string): number => {
  const flags = restatedTokens(tokenize(answer), prompt);
  return flags === undefined ? 0 : flags.reduce((n, f) => n + f, 0);
};

describe('round 158: the prompt named as the subject, answered in the student\'s own verb', () => {
  it('"The surface area to volume ratio decreases" answers the question; it does not copy it', () => {
    expect(copiedWords('The surface area to volume ratio decreases.')).toBe(0);
    expect(copiedWords('The surface area to volume ratio shrinks.')).toBe(0);
  });

  it('a last word the prompt has only finishes the copy', () => {
    // "… ratio as the cell grows" is the prompt's own clause: the words after the copy are its words.
    expect(copiedWords("A cell's surface area to volume ratio as the cell grows.")).toBeGreaterThan(0);
  });
});
