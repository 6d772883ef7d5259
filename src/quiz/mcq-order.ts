import type { McqQuestion } from '../content/question-schema.js';
import type { Random } from './pick.js';

/**
 * The order to post an MCQ's choices in, as indexes into its list: a fresh shuffle per post (so the
 * right answer's letter tells nothing), or the written order when the item says `shuffle: false`.
 */
export function choiceOrder(question: McqQuestion, random: Random): number[] {
  const order = question.choices.map((_, i) => i);
  if (question.shuffle === false) return order;
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** True when `order` is a permutation of the question's choices (a button from an older post may not be). */
export function isChoiceOrder(
  question: McqQuestion,
  order: readonly number[] | undefined,
): order is number[] {
  if (!order || order.length !== question.choices.length) return false;
  return [...order].sort((a, b) => a - b).every((n, i) => n === i);
}
