import type { FrqQuestion, McqQuestion } from '../content/question-schema.js';
import { checkAnswerTexts, type RejectReason } from '../grading/answer-check.js';
import {
  type CompiledRubric,
  type GradeResult,
  GradingInputError,
  grade,
  gradeMcq,
  MAX_PART_CHARS,
  type McqResult,
} from '../grading/index.js';

/** Why an answer was not graded. */
export type { RejectReason } from '../grading/answer-check.js';

/** The outcome of submitting an FRQ answer: a grade, or a clear reason it was not graded. */
export type FrqOutcome =
  | { readonly kind: 'graded'; readonly result: GradeResult }
  | { readonly kind: 'rejected'; readonly reason: RejectReason | 'invalid'; readonly message: string };

/**
 * Checks an answer before grading: something was written, no part is over the grader's limit, and
 * there is at least one word (an answer of only emoji, punctuation or digits is not an
 * explanation). Returns undefined when the answer may be graded. The rules and messages are the
 * grader's own (src/grading/answer-check.ts), plus the need for words.
 */
export function checkAnswer(
  question: FrqQuestion,
  texts: readonly string[],
  maxChars = MAX_PART_CHARS,
): { reason: RejectReason; message: string } | undefined {
  const problem = checkAnswerTexts(
    texts,
    question.parts.map((p) => p.label),
    { maxChars, requireWords: true },
  );
  return problem ? { reason: problem.reason, message: problem.message } : undefined;
}

/**
 * Checks and grades one FRQ answer (one text per part). Never throws for a bad answer: anything the
 * grader refuses comes back as `rejected` with a message meant for the student.
 */
export function answerFrq(
  question: FrqQuestion,
  rubric: CompiledRubric,
  texts: readonly string[],
): FrqOutcome {
  const problem = checkAnswer(question, texts);
  if (problem) return { kind: 'rejected', ...problem };
  try {
    return { kind: 'graded', result: grade(rubric, texts) };
  } catch (error) {
    if (error instanceof GradingInputError) {
      return { kind: 'rejected', reason: 'invalid', message: error.publicMessage };
    }
    throw error;
  }
}

/** Grades an MCQ pick; undefined when the choice is not one of the question's (a stale button). */
export function answerMcq(question: McqQuestion, choiceId: string): McqResult | undefined {
  try {
    return gradeMcq(question, choiceId);
  } catch (error) {
    if (error instanceof GradingInputError) return undefined;
    throw error;
  }
}
