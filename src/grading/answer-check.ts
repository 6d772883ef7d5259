/**
 * The one check of an answer before it is graded, shared by the grader (which refuses what it
 * cannot grade) and the quiz (which tells the student why): one set of rules, one set of messages.
 */

/** Longest answer part graded, in characters. Longer input is refused, not truncated. */
export const MAX_PART_CHARS = 4000;

/** Why an answer was not graded. */
export type RejectReason = 'empty' | 'too-long' | 'not-text';

/** A refused answer: the reason, and a message meant for the student. */
export interface AnswerProblem {
  readonly reason: RejectReason;
  readonly message: string;
}

const LETTER = /\p{L}/u;

/**
 * Checks the answer texts (one per part; `labels` are the parts' labels, "" for an unlabelled
 * single part). Returns the first problem, or undefined when the answer may be graded.
 * `requireWords`: an answer of only symbols, digits or emoji is refused too (the quiz asks for an
 * explanation; the grader itself scores such an answer 0 rather than refusing it).
 */
export function checkAnswerTexts(
  texts: readonly unknown[],
  labels: readonly string[],
  options: { readonly maxChars?: number; readonly requireWords?: boolean } = {},
): AnswerProblem | undefined {
  const maxChars = options.maxChars ?? MAX_PART_CHARS;
  if (texts.some((t) => typeof t !== 'string'))
    return { reason: 'not-text', message: 'Your answer must be text.' };
  const strings = texts as readonly string[];
  const long = strings.findIndex((t) => t.length > maxChars);
  if (long >= 0) {
    const label = labels[long];
    const name = label ? `Part (${label})` : 'Your answer';
    const length = (strings[long] ?? '').length.toLocaleString('en-US');
    return {
      reason: 'too-long',
      message: `${name} is too long: ${length} characters; the limit is ${maxChars.toLocaleString('en-US')}. Trim it to the key ideas and send it again.`,
    };
  }
  if (strings.every((t) => t.trim() === '')) {
    return {
      reason: 'empty',
      message: 'Your answer is empty. Write a sentence or two explaining your reasoning, then send it again.',
    };
  }
  if (options.requireWords && !strings.some((t) => LETTER.test(t))) {
    return {
      reason: 'not-text',
      message:
        'I could not find any words in your answer, only symbols, numbers or emoji. Explain your reasoning in sentences and send it again.',
    };
  }
  return undefined;
}
