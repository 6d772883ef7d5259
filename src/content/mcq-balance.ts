import type { McqQuestion } from './question-schema.js';

/** Above this share of items with the correct option the longest, length gives the answer away. */
export const LONGEST_CORRECT_LIMIT = 0.4;

/** True when the correct option is strictly longer than every other option of the item. */
export function correctIsLongest(question: McqQuestion): boolean {
  const length = (text: string) => [...text.trim()].length;
  const correct = question.choices.find((c) => c.correct);
  if (!correct) return false;
  return question.choices.every((c) => c === correct || length(c.text) < length(correct.text));
}

/**
 * A warning for `tutor content check` when the correct option is the longest in more than 40% of a pack's
 * multiple-choice items: test-wise students learn to pick the longest option. Names the items, so an
 * author knows which to rebalance; undefined when the pack is fine.
 */
export function longestCorrectWarning(questions: readonly McqQuestion[]): string | undefined {
  if (questions.length === 0) return undefined;
  const giveaways = questions.filter(correctIsLongest);
  if (giveaways.length / questions.length <= LONGEST_CORRECT_LIMIT) return undefined;
  const share = Math.round((100 * giveaways.length) / questions.length);
  return (
    `warning: the correct option is the longest in ${giveaways.length} of ${questions.length} multiple-choice items (${share}%, above ${LONGEST_CORRECT_LIMIT * 100}%), ` +
    `so picking the longest option beats knowing the answer. Lengthen a wrong option or shorten the right one in: ${giveaways.map((q) => q.id).join(', ')}.`
  );
}
