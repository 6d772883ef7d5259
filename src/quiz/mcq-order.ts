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

/** How many first answers are kept before the oldest are forgotten (memory stays bounded). */
const FIRST_ANSWERS_KEPT = 50_000;

/**
 * The first choice each member pressed on each posted MCQ: that one counts; later presses only show
 * explanations. Kept in memory for the life of the app.
 */
export class FirstAnswers {
  private readonly byKey = new Map<string, string>();

  /** Records `choiceId` unless the member already answered this post; returns the choice that counts. */
  answer(memberId: string, postId: string, choiceId: string): { counted: string; first: boolean } {
    const key = `${memberId}:${postId}`;
    const earlier = this.byKey.get(key);
    if (earlier !== undefined) return { counted: earlier, first: false };
    this.byKey.set(key, choiceId);
    if (this.byKey.size > FIRST_ANSWERS_KEPT) {
      const oldest = this.byKey.keys().next().value;
      if (oldest !== undefined) this.byKey.delete(oldest);
    }
    return { counted: choiceId, first: true };
  }
}
