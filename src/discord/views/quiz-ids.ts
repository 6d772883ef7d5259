import type { QuestionKind, QuizFilter } from '../../quiz/index.js';
import { CUSTOM_ID_MAX, customId } from '../custom-id.js';

/** The command that owns every custom_id the quiz views create. */
export const QUIZ_COMMAND = 'quiz';

/**
 * custom_id actions of /quiz. Every id carries the question and the filter the student asked for,
 * so "Next question" keeps their topic and kind without the bot remembering anything:
 *
 *   quiz:<action>:<questionId>:<topic key | ->:<frq | mcq | ->[:<choiceId>[:<order>]]
 *
 * e.g. `quiz:answer:nmj-depolarization:unit-4:frq`, `quiz:choose:mcq-pump-ratio:-:mcq:b:2031`. `order` is
 * the posted (shuffled) order of the choices as indexes into the question's list, so feedback can name the
 * letters the student saw.
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
  /** An MCQ choice button (the choice id, then the posted order). */
  choose: 'choose',
  /** "Post in channel" on a privately shown question: posts it for everyone. */
  post: 'post',
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
  order?: string,
): string {
  const tail = extra === undefined ? [] : order === undefined ? [extra] : [extra, order];
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
  /** The posted order of an MCQ's choices (indexes into its list), when the button carries it. */
  readonly order?: readonly number[];
}

/** Reads the args of a quiz custom_id; undefined when they are not ours (a stale or foreign id). */
export function parseQuizArgs(args: readonly string[]): QuizIdArgs | undefined {
  const [questionId, topic, kind, extra, order] = args;
  if (!questionId || topic === undefined || kind === undefined) return undefined;
  const parsedKind: QuestionKind | undefined = kind === 'frq' || kind === 'mcq' ? kind : undefined;
  return {
    questionId,
    filter: { topic: topic === NONE ? undefined : topic, kind: parsedKind },
    ...(extra === undefined ? {} : { extra }),
    ...(order !== undefined && /^\d+$/.test(order) ? { order: [...order].map(Number) } : {}),
  };
}
