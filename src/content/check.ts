import type { ContentError } from './content-error.js';
import { loadQuestionBank } from './question-loader.js';
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
