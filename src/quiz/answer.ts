import type { FrqQuestion, McqQuestion } from '../content/question-schema.js';
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
export type RejectReason = 'empty' | 'too-long' | 'not-text';

/** The outcome of submitting an FRQ answer: a grade, or a clear reason it was not graded. */
export type FrqOutcome =
  | { readonly kind: 'graded'; readonly result: GradeResult }
  | { readonly kind: 'rejected'; readonly reason: RejectReason | 'invalid'; readonly message: string };

const LETTER = /\p{L}/u;

/** "(a) " for a lettered part, "" for the single unlabelled one. */
function partName(question: FrqQuestion, index: number): string {
  const label = question.parts[index]?.label;
  return label ? `Part (${label})` : 'Your answer';
}

/**
 * Checks an answer before grading: something was written, no part is over the grader's limit, and
 * there is at least one word (an answer of only emoji, punctuation or digits is not an
 * explanation). Returns undefined when the answer may be graded.
 */
export function checkAnswer(
  question: FrqQuestion,
  texts: readonly string[],
  maxChars = MAX_PART_CHARS,
): { reason: RejectReason; message: string } | undefined {
  const long = texts.findIndex((t) => t.length > maxChars);
  if (long >= 0) {
    const length = (texts[long] ?? '').length.toLocaleString('en-US');
    return {
      reason: 'too-long',
      message: `${partName(question, long)} is ${length} characters long; the limit is ${maxChars.toLocaleString('en-US')}. Trim it to the key ideas and send it again.`,
    };
  }
  if (texts.every((t) => t.trim() === '')) {
    return {
      reason: 'empty',
      message: 'Your answer is empty. Write a sentence or two explaining your reasoning, then send it again.',
    };
  }
  if (!texts.some((t) => LETTER.test(t))) {
    return {
      reason: 'not-text',
      message:
        'I could not find any words in your answer, only symbols, numbers or emoji. Explain your reasoning in sentences and send it again.',
    };
  }
  return undefined;
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
