import { type APIEmbed, ButtonStyle } from 'discord-api-types/v10';
import type { Assignment, ClassInfo } from '../../classes/types.js';
import type { FrqQuestion } from '../../content/question-schema.js';
import { plural } from '../../text/plural.js';
import { customId } from '../custom-id.js';
import { fitEmbed } from './embed-limits.js';
import { neutraliseMentions, safeUserText, truncate } from './escape.js';
import { button, buttonRows, type MessageView } from './payload.js';

/** The command that owns every class component. */
export const CLASS_COMMAND = 'class';

/** Component actions of /class. */
export const ClassAction = {
  answer: 'answer',
  submit: 'submit',
  feedback: 'feedback',
  close: 'close',
  remove: 'remove',
} as const;

const COLOUR = 0x2f7d6d;
const CLOSED_COLOUR = 0x7a7a7a;

/** A Discord timestamp: shown in each reader's own time zone and language. */
export function discordTime(ms: number, style: 'F' | 'R' | 'f' | 't' = 'F'): string {
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/**
 * The public assignment post: the question, the deadline as a Discord timestamp (absolute and
 * relative), how feedback is revealed and how many attempts each student has, and an Answer
 * button. Once closed the button is disabled and the post says so.
 */
export function assignmentPostView(
  assignment: Assignment,
  question: FrqQuestion,
  maxScore: number,
): MessageView {
  const closed = assignment.closedAt !== null;
  const parts =
    question.parts.length > 1
      ? question.parts.map((p, i) => `**(${p.label ?? String.fromCharCode(97 + i)})** ${p.prompt.trim()}`)
      : [];
  const reveal =
    assignment.reveal === 'on-submit'
      ? 'Feedback right after you submit.'
      : 'You get a receipt now; feedback when the assignment closes (press **My feedback** on the summary).';
  const embed: APIEmbed = {
    title: `📚 Assignment #${assignment.id}: ${question.title ?? 'Free response'}`,
    description: [question.prompt.trim(), ...(parts.length ? ['', ...parts] : [])].join('\n'),
    color: closed ? CLOSED_COLOUR : COLOUR,
    fields: [
      {
        name: closed ? 'Closed' : 'Due',
        value: closed
          ? `${discordTime(assignment.closedAt as number)} (was due ${discordTime(assignment.dueAt)})`
          : `${discordTime(assignment.dueAt)} (${discordTime(assignment.dueAt, 'R')})`,
      },
      {
        name: 'How it works',
        value: `${plural(maxScore, 'point')} · ${plural(assignment.attempts, 'attempt')} each · ${reveal} Nobody sees anyone else's answer.`,
      },
    ],
    footer: { text: `Question ${question.id}` },
  };
  const answer = button(
    customId(CLASS_COMMAND, ClassAction.answer, assignment.id),
    'Answer',
    ButtonStyle.Primary,
  );
  // Everyone sees it; only the class's teachers may press it (checked by the router on every press).
  const close = button(customId(CLASS_COMMAND, ClassAction.close, assignment.id), 'Close now (teacher)');
  if (closed) {
    answer.disabled = true;
    close.disabled = true;
  }
  return { embeds: [fitEmbed(embed)], components: buttonRows([answer, close]) };
}

/**
 * The line above on-submit feedback: which attempt this was and, while attempts are left, where
 * another one is sent from (the feedback has no button for it: the assignment post's Answer does).
 */
export function submittedLine(attempt: number, attempts: number, attemptsLeft: number): string {
  const left =
    attemptsLeft > 0
      ? ` You have ${plural(attemptsLeft, 'more attempt')}: press **Answer** on the assignment again; the latest one counts.`
      : '';
  return `✅ Submitted (attempt ${attempt} of ${attempts}).${left}`;
}

/** The receipt for a submission whose feedback comes after the deadline. */
export function receiptView(assignment: Assignment, attempt: number, attemptsLeft: number): MessageView {
  return {
    content: [
      `✅ Received your answer to assignment #${assignment.id} (attempt ${attempt} of ${assignment.attempts}).`,
      `Your feedback comes when it closes ${discordTime(assignment.dueAt, 'R')}: press **My feedback** on the class summary.`,
      attemptsLeft > 0
        ? `You may send ${plural(attemptsLeft, 'more attempt')} before then; the latest one counts.`
        : 'That was your last attempt.',
    ].join('\n'),
  };
}

/** Shows a student's text back in a copyable block (fences cannot close it, nothing pings). */
export function textBack(texts: readonly string[], max = 1500): string {
  const joined = texts.filter((t) => t.trim() !== '').join('\n\n');
  const safe = neutraliseMentions(truncate(joined.replace(/\r\n?/g, '\n'), max)).replace(
    /`(?=``)/g,
    '`\u200b',
  );
  return `\`\`\`\n${safe}\n\`\`\``;
}

/** A late submission: refused, with the deadline shown and the student's text given back. */
export function lateView(dueAt: number, texts: readonly string[]): MessageView {
  return {
    content: [
      `⏰ This assignment closed ${discordTime(dueAt)}, so your answer was not submitted.`,
      'Here is what you wrote, so nothing is lost:',
      textBack(texts),
    ].join('\n'),
  };
}

/** Every attempt used. */
export function usedUpView(attempts: number, texts: readonly string[]): MessageView {
  return {
    content: [
      `You have used all ${plural(attempts, 'attempt')} for this assignment; your latest one counts.`,
      'Here is what you wrote just now:',
      textBack(texts),
    ].join('\n'),
  };
}

/** An answer the grader would not take (empty, no words, too long): why, and the text back. */
export function notGradedView(message: string, texts: readonly string[]): MessageView {
  return { content: [`${message} It was not counted as an attempt.`, textBack(texts)].join('\n') };
}

/** The reply to a teacher who set up (or updated) a class. */
export function setupView(
  cls: ClassInfo,
  callerId: string,
  teacherRoleName: string | undefined,
  updated: boolean,
): MessageView {
  const teacher = cls.teacherId === callerId ? 'You are its teacher' : `<@${cls.teacherId}> is its teacher`;
  const who = teacherRoleName
    ? `${teacher}; members with the **${safeUserText(teacherRoleName, 80)}** role can teach it too.`
    : `${teacher}.`;
  return {
    content: [
      `${updated ? '🔁 Updated' : '🏫 Set up'} <#${cls.channelId}> as a class. ${who}`,
      'Next: `/class assign` posts a question with a deadline; `/class import` adds your own questions; `/class schedule daily` posts a question every day.',
    ].join('\n'),
  };
}
