import type { ContentError } from './content-error.js';
import { longestCorrectWarning } from './mcq-balance.js';
import { loadQuestionBank } from './question-loader.js';
import type { McqQuestion } from './question-schema.js';
import { loadTerms } from './term-loader.js';

/**
 * Validates a whole content pack and returns every problem, each naming file and line; an empty
 * list means the pack is good. This is what `tutor content check` prints (exiting non-zero on any
 * problem), so authors see exactly what the bot would refuse at start-up.
 * Covers term cards, the lexicon and every question (including running each question's examples
 * through the grader, so a rubric is tested like code).
 */
export function checkContent(contentDir: string): ContentError[] {
  return [...loadTerms(contentDir).errors, ...loadQuestionBank(contentDir).errors];
}

/**
 * Advice that does not stop the pack loading, printed by `tutor content check` after the problems: today,
 * multiple-choice items whose correct option is too often the longest.
 */
export function contentWarnings(contentDir: string): string[] {
  const mcqs = loadQuestionBank(contentDir).questions.filter((q): q is McqQuestion => q.kind === 'mcq');
  const warning = longestCorrectWarning(mcqs);
  return warning ? [warning] : [];
}
