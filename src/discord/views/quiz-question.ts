import {
  type APIButtonComponent,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
} from 'discord-api-types/v10';
import type { FrqQuestion, McqQuestion, Question } from '../../content/question-schema.js';
import { humanizeTopic, type QuestionKind, type QuizFilter, type TopicTarget } from '../../quiz/index.js';
import { plural } from '../../text/plural.js';
import { sliceGraphemes } from '../../text/truncate.js';
import { fitEmbed } from './embed-limits.js';
import { safeUserText } from './escape.js';
import { type ModalField, modalView } from './modal.js';
import { button, buttonRows, type MessageView } from './payload.js';
import { QuizAction, quizCustomId } from './quiz-ids.js';

/** Colour of a question card. */
const QUESTION_COLOUR = 0x3182ce;

/** "A", "B", … for the choice at `index`. */
export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** "(a) " before a lettered part's text; nothing for the single unlabelled part. */
export function partPrefix(label: string): string {
  return label ? `(${label}) ` : '';
}

/** The letter a part goes by: its own label, else (a), (b)… by position. */
export function partLetter(label: string, index: number): string {
  return label || choiceLetter(index).toLowerCase();
}

/** The text-input custom_id of part `index` in the answer form. */
export function answerFieldId(index: number): string {
  return `part-${index}`;
}

function footerOf(question: Question, lead: string): string {
  const where = [question.unit, question.topics.map(humanizeTopic).join(', ')].filter(Boolean);
  return [lead, ...where].join(' · ');
}

/**
 * An FRQ as posted in the channel: the scenario, each part labelled (a), (b)… with its points, the
 * points available, and an "Answer" button that opens the answer form.
 */
export function frqQuestionView(question: FrqQuestion, maxScore: number, carry: QuizFilter): MessageView {
  const lettered = question.parts.length > 1 || question.parts.some((p) => p.prompt.trim() !== '');
  const lines = [question.prompt.trim()];
  if (lettered) {
    question.parts.forEach((part, i) => {
      const worth = part.points.reduce((sum, p) => sum + p.value, 0);
      const prefix = partPrefix(partLetter(part.label, i));
      lines.push('', `**${prefix}**${part.prompt.trim()} *(${plural(worth, 'point')})*`);
    });
  }
  const embed: APIEmbed = {
    title: `📝 ${question.title ?? 'Free response'}`,
    description: lines.join('\n'),
    color: QUESTION_COLOUR,
    footer: { text: footerOf(question, `Free response · ${plural(maxScore, 'point')} available`) },
  };
  const answer = button(quizCustomId(QuizAction.answer, question.id, carry), 'Answer', ButtonStyle.Primary);
  return { embeds: [fitEmbed(embed)], components: buttonRows([answer]) };
}

/**
 * An MCQ as posted in the channel: the stem, lettered choices in `order` (indexes into the question's
 * list: a fresh shuffle per post), and one button per choice that carries the order so feedback can name
 * the letters the student saw.
 */
export function mcqQuestionView(
  question: McqQuestion,
  carry: QuizFilter,
  order: readonly number[] = question.choices.map((_, i) => i),
): MessageView {
  const shown = order.map((i) => question.choices[i]).filter((c) => c !== undefined);
  const choices = shown.map((c, i) => `**${choiceLetter(i)}.** ${c.text}`);
  const embed: APIEmbed = {
    title: `🔘 ${question.title ?? 'Multiple choice'}`,
    description: [question.stem.trim(), '', ...choices].join('\n'),
    color: QUESTION_COLOUR,
    footer: { text: footerOf(question, 'Multiple choice · your first press counts') },
  };
  const orderKey = order.join('');
  const buttons = shown.map((c, i) =>
    button(quizCustomId(QuizAction.choose, question.id, carry, c.id, orderKey), choiceLetter(i)),
  );
  return { embeds: [fitEmbed(embed)], components: buttonRows(buttons) };
}

/**
 * A question shown only to the student who asked for it ("Next question" from private feedback), with a
 * button to post it in the channel if they want others to try it too.
 */
export function privateQuestionView(view: MessageView, questionId: string, carry: QuizFilter): MessageView {
  const post = button(quizCustomId(QuizAction.post, questionId, carry), 'Post in channel');
  const buttons = (view.components ?? []).flatMap((row) => row.components).filter((c) => c.type === 2);
  return { ...view, components: buttonRows([...(buttons as APIButtonComponent[]), post]) };
}

/**
 * The answer form: one paragraph field per part (the catalog refuses questions with more parts than
 * a form holds). `previous` refills the fields, so "Try again" starts from the student's own words.
 */
export function answerModalView(
  question: FrqQuestion,
  carry: QuizFilter,
  previous?: readonly string[],
): APIModalInteractionResponseCallbackData {
  const single = question.parts.length === 1;
  const fields = question.parts.map((part, i): ModalField => {
    const value = previous?.[i];
    return {
      id: answerFieldId(i),
      label: single ? 'Your answer' : `${partPrefix(partLetter(part.label, i))}${part.prompt}`,
      placeholder: single ? 'Explain what happens and why, in your own words.' : part.prompt,
      style: 'paragraph',
      // With several parts a student may answer some now; an all-empty form is refused on submit.
      required: single,
      ...(value?.trim() ? { value } : {}),
    };
  });
  return modalView(
    quizCustomId(QuizAction.submit, question.id, carry),
    question.title ?? 'Your answer',
    fields,
  );
}

/** The reply when a typed topic names nothing we have: what was typed (escaped) and what exists. */
export function unknownTopicView(typed: string, available: readonly TopicTarget[]): MessageView {
  return {
    content: `I have no questions on “${safeUserText(typed, 80)}”. ${availableText(available)}`,
  };
}

/** The reply when a topic exists but has no question of the kind asked for (or the bank is empty). */
export function noQuestionView(
  target: TopicTarget | undefined,
  kind: QuestionKind | undefined,
  available: readonly TopicTarget[],
): MessageView {
  const what =
    kind === 'frq' ? 'free-response questions' : kind === 'mcq' ? 'multiple-choice questions' : 'questions';
  const on = target ? ` on ${target.kind === 'unit' ? target.name : `“${target.name}”`}` : '';
  return { content: `I have no ${what}${on} yet. ${availableText(available)}` };
}

/** Lists topics that would work, within a message's 2,000 characters. */
function availableText(available: readonly TopicTarget[]): string {
  if (available.length === 0) return 'The question bank has nothing to offer right now.';
  // Units are typed by key ("unit-4"); the name after "Unit 4:" says what the unit is.
  const units = available
    .filter((t) => t.kind === 'unit')
    .map((t) => `\`${t.key}\` ${t.name.replace(/^\s*unit\s+\d+\s*[:.-]?\s*/i, '')}`.trim());
  const topics = available.filter((t) => t.kind === 'topic').map((t) => `\`${t.key}\``);
  const lines = ['Try one of these with `/quiz topic:`'];
  if (units.length > 0) lines.push(`**Units:** ${units.join(' · ')}`);
  if (topics.length > 0) lines.push(`**Topics:** ${topics.join(', ')}`);
  const text = lines.join('\n');
  return text.length <= 1700 ? text : `${sliceGraphemes(text, 1699).replace(/,[^,]*$/, '')}, …`;
}
