import {
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
} from 'discord-api-types/v10';
import type { OpenQuestion } from '../../challenges/index.js';
import type { FrqQuestion, Question } from '../../content/question-schema.js';
import { ChallengeAction, challengeCustomId } from './challenge-ids.js';
import { fitEmbed } from './embed-limits.js';
import { type ModalField, modalView } from './modal.js';
import { button, buttonRows, type MessageView } from './payload.js';
import { answerFieldId, choiceLetter, partLetter, partPrefix } from './quiz-question.js';

/** Colour of challenge question cards. */
const CHALLENGE_COLOUR = 0xdd6b20;

/** A Discord timestamp that every client shows in its own time zone, relative ("in 30 seconds"). */
export function relativeTime(ms: number): string {
  return `<t:${Math.floor(ms / 1000)}:R>`;
}

/** "Question 2 of 5". */
function numbered(open: OpenQuestion): string {
  return `Question ${open.question.index + 1} of ${open.challenge.questionCount}`;
}

/** The question's text: an MCQ stem with lettered choices, or an FRQ prompt with its parts. */
function body(content: Question): string {
  if (content.kind === 'mcq') {
    return [
      content.stem.trim(),
      '',
      ...content.choices.map((c, i) => `**${choiceLetter(i)}.** ${c.text}`),
    ].join('\n');
  }
  const lines = [content.prompt.trim()];
  const lettered = content.parts.length > 1 || content.parts.some((p) => p.prompt.trim() !== '');
  if (lettered) {
    content.parts.forEach((part, i) => {
      lines.push('', `**${partPrefix(partLetter(part.label, i))}**${part.prompt.trim()}`);
    });
  }
  return lines.join('\n');
}

/** The answer buttons: one per choice, or **Answer** for a written question. */
function answerButtons(open: OpenQuestion) {
  const { challenge, question, content } = open;
  if (content.kind === 'mcq') {
    return buttonRows(
      content.choices.map((c, i) =>
        button(challengeCustomId(ChallengeAction.pick, challenge.id, question.index, c.id), choiceLetter(i)),
      ),
    );
  }
  return buttonRows([
    button(
      challengeCustomId(ChallengeAction.answer, challenge.id, question.index),
      'Answer',
      ButtonStyle.Primary,
    ),
  ]);
}

function howTo(content: Question): string {
  return content.kind === 'mcq'
    ? 'Multiple choice · your first press counts'
    : 'Free response · press Answer, graded by the rubric';
}

/**
 * A round's question as posted in the channel: the question, the time left as a Discord timestamp,
 * and the answer buttons. Anyone in the channel may answer; answers stay private until the reveal.
 */
export function roundQuestionView(open: OpenQuestion): MessageView {
  const deadline = open.question.deadline ?? 0;
  const embed: APIEmbed = {
    title: `🏁 Challenge · ${numbered(open)}`,
    description: `${body(open.content)}\n\n⏱ Time is up ${relativeTime(deadline)} (${open.challenge.seconds} s per question)`,
    color: CHALLENGE_COLOUR,
    footer: { text: `${howTo(open.content)} · answers stay private until the reveal` },
  };
  return { embeds: [fitEmbed(embed)], components: answerButtons(open) };
}

/**
 * A duel's question as posted in the channel: only who is playing and when time is up, with a
 * **Show question** button that shows the question privately to each duelist.
 */
export function duelQuestionPostView(open: OpenQuestion, names: readonly [string, string]): MessageView {
  const deadline = open.question.deadline ?? 0;
  return {
    content: `⚔️ Duel · ${numbered(open)} for ${names[0]} and ${names[1]}: press **Show question** to answer privately. Time is up ${relativeTime(deadline)}.`,
    components: buttonRows([
      button(
        challengeCustomId(ChallengeAction.show, open.challenge.id, open.question.index),
        'Show question',
        ButtonStyle.Primary,
      ),
    ]),
  };
}

/** A duel's question as one duelist sees it (ephemeral): the full question and its buttons. */
export function duelQuestionView(open: OpenQuestion): MessageView {
  const deadline = open.question.deadline ?? 0;
  const embed: APIEmbed = {
    title: `⚔️ Duel · ${numbered(open)}`,
    description: `${body(open.content)}\n\n⏱ Time is up ${relativeTime(deadline)}`,
    color: CHALLENGE_COLOUR,
    footer: { text: `${howTo(open.content)} · your opponent cannot see your answer` },
  };
  return { embeds: [fitEmbed(embed)], components: answerButtons(open) };
}

/** The answer form of a challenge FRQ: one paragraph field per part. */
export function challengeAnswerModal(
  challengeId: number,
  index: number,
  question: FrqQuestion,
): APIModalInteractionResponseCallbackData {
  const single = question.parts.length === 1;
  const fields = question.parts.map(
    (part, i): ModalField => ({
      id: answerFieldId(i),
      label: single ? 'Your answer' : `${partPrefix(partLetter(part.label, i))}${part.prompt}`,
      placeholder: single ? 'Explain what happens and why, in your own words.' : part.prompt,
      style: 'paragraph',
      required: single,
    }),
  );
  return modalView(
    challengeCustomId(ChallengeAction.submit, challengeId, index),
    `Challenge · ${question.title ?? 'Your answer'}`,
    fields,
  );
}
