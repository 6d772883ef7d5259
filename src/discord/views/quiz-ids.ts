import type { QuestionKind, QuizFilter } from '../../quiz/index.js';
import { CUSTOM_ID_MAX, customId } from '../custom-id.js';

/** The command that owns every custom_id the quiz views create. */
export const QUIZ_COMMAND = 'quiz';

/**
 * custom_id actions of /quiz. Every id carries the question and the filter the student asked for,
 * so "Next question" keeps their topic and kind without the bot remembering anything:
 *
 *   quiz:<action>:<questionId>:<topic key | ->:<frq | mcq | ->[:<choiceId>]
 *
 * e.g. `quiz:answer:nmj-depolarization:unit-4:frq`, `quiz:choose:mcq-pump-ratio:-:mcq:b`.
 */
export const QuizAction = {
  /** FRQ "Answer" button: opens the answer form. */
  answer: 'answer',
  /** The answer form's submit. */
  submit: 'submit',
  /** "Try again": the form again, with the previous answer in it. */
  retry: 'retry',
  /** "Next question": another question for the same filter. */
  next: 'next',
  /** "Model answer": shows the FRQ's model answer. */
  model: 'model',
  /** An MCQ choice button (the choice id is the last part). */
  choose: 'choose',
} as const;
/** One of {@link QuizAction}. */
export type QuizActionName = (typeof QuizAction)[keyof typeof QuizAction];

const NONE = '-';

/**
 * Builds a quiz custom_id. Topic keys are short kebab-case, but if question id + topic would
 * overflow Discord's 100 characters, the topic is dropped: "Next question" then draws from every
 * topic of the same kind, which beats a button Discord would reject.
 */
export function quizCustomId(
  action: QuizActionName,
  questionId: string,
  filter: QuizFilter,
  extra?: string,
): string {
  const tail = extra === undefined ? [] : [extra];
  const kind = filter.kind ?? NONE;
  const withTopic = [QUIZ_COMMAND, action, questionId, filter.topic ?? NONE, kind, ...tail].join(':');
  const topic = withTopic.length <= CUSTOM_ID_MAX ? (filter.topic ?? NONE) : NONE;
  return customId(QUIZ_COMMAND, action, questionId, topic, kind, ...tail);
}

/** The parts of a quiz custom_id after `quiz:<action>`. */
export interface QuizIdArgs {
  readonly questionId: string;
  readonly filter: QuizFilter;
  readonly extra?: string;
}

/** Reads the args of a quiz custom_id; undefined when they are not ours (a stale or foreign id). */
export function parseQuizArgs(args: readonly string[]): QuizIdArgs | undefined {
  const [questionId, topic, kind, extra] = args;
  if (!questionId || topic === undefined || kind === undefined) return undefined;
  const parsedKind: QuestionKind | undefined = kind === 'frq' || kind === 'mcq' ? kind : undefined;
  return {
    questionId,
    filter: { topic: topic === NONE ? undefined : topic, kind: parsedKind },
    ...(extra === undefined ? {} : { extra }),
  };
}
