import type { Choice, McqQuestion } from '../content/question-schema.js';
import { GradingInputError } from './grade.js';

/** The verdict on a multiple-choice answer, with the explanations to show. */
export interface McqResult {
  readonly correct: boolean;
  readonly chosen: Choice;
  readonly correctChoice: Choice;
  /** 1 when correct, else 0; MCQs are worth one point. */
  readonly score: number;
  readonly maxScore: number;
}

/** Grades a multiple-choice answer; an unknown choice id is a {@link GradingInputError}. */
export function gradeMcq(question: McqQuestion, choiceId: string): McqResult {
  const chosen = question.choices.find((c) => c.id === choiceId);
  if (!chosen) throw new GradingInputError(`"${choiceId}" is not one of the choices.`);
  // The schema guarantees exactly one correct choice.
  const correctChoice = question.choices.find((c) => c.correct) as Choice;
  const correct = chosen.id === correctChoice.id;
  return { correct, chosen, correctChoice, score: correct ? 1 : 0, maxScore: 1 };
}
