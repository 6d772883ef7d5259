import type { FrqQuestion } from '../content/question-schema.js';
import { type GradeResult, grade } from '../grading/index.js';
import { answerParts } from '../study/record.js';
import { challengeRepo } from './repo.js';
import type { ChallengeDeps } from './service.js';

/** A member's own answer to a revealed free-response question, graded point by point again. */
export type FeedbackOutcome =
  | {
      readonly ok: true;
      readonly question: FrqQuestion;
      readonly result: GradeResult;
      readonly texts: string[];
    }
  | { readonly ok: false; readonly reason: 'gone' | 'not-revealed' | 'not-answered' };

/**
 * "My feedback" on a challenge's free-response question: which rubric points the member's stored
 * answer earned, with the words that earned them. Only after the reveal, so nobody learns the
 * rubric while the question is open; graded again from the stored text, as class feedback is.
 */
export function feedbackOn(
  deps: ChallengeDeps,
  req: { readonly challengeId: number; readonly index: number; readonly userId: string },
): FeedbackOutcome {
  const repo = deps.store.repo(challengeRepo);
  const question = repo.question(req.challengeId, req.index);
  const frq = question && deps.questions.frq(question.questionId);
  if (!question || !frq) return { ok: false, reason: 'gone' };
  if (question.revealedAt === null) return { ok: false, reason: 'not-revealed' };
  const mine = repo.answersTo(req.challengeId, req.index).find((a) => a.userId === req.userId);
  if (!mine) return { ok: false, reason: 'not-answered' };
  const parts = frq.question.parts.length;
  const texts = answerParts(mine.answer, parts);
  return {
    ok: true,
    question: frq.question,
    result: grade(frq.rubric, texts.length === parts ? texts : mine.answer),
    texts,
  };
}
