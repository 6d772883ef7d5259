import { ButtonStyle } from 'discord-api-types/v10';
import type { Challenge, ChallengeAnswer, Refusal } from '../../challenges/index.js';
import type { Question } from '../../content/question-schema.js';
import { ChallengeAction, challengeCustomId } from './challenge-ids.js';
import { relativeTime } from './challenge-question.js';
import type { NameOf } from './challenge-results.js';
import { safeUserText } from './escape.js';
import { button, buttonRows, type MessageView } from './payload.js';
import { choiceLetter } from './quiz-question.js';

/** What the member sent, for showing back: "B" for a choice, their words for a written answer. */
export function sentText(
  content: Question | undefined,
  sent: { choiceId?: string; texts?: readonly string[] },
): string {
  if (sent.choiceId !== undefined) {
    const i = content?.kind === 'mcq' ? content.choices.findIndex((c) => c.id === sent.choiceId) : -1;
    return i >= 0 ? `choice ${choiceLetter(i)}` : `choice "${safeUserText(sent.choiceId, 20)}"`;
  }
  const text = (sent.texts ?? []).filter((t) => t.trim() !== '').join('\n\n');
  // Shown in a quote block so the student can copy it; mentions and markdown neutralised line by line.
  const quoted = text
    .slice(0, 1500)
    .split('\n')
    .map((line) => `> ${safeUserText(line, 400)}`)
    .join('\n');
  return text.trim() === '' ? '(nothing)' : `\n${quoted}${text.length > 1500 ? '\n> …' : ''}`;
}

/** The private reply to an answer that counts: locked in, results at the reveal. */
export function lockedInView(
  answer: ChallengeAnswer,
  content: Question,
  deadline: number,
  revealedNow = false,
  duel = false,
): MessageView {
  const what =
    content.kind === 'mcq'
      ? `your answer is ${sentText(content, { choiceId: answer.answer })}`
      : 'your written answer is in';
  // In a duel "everyone playing" is one person: say who.
  const others = duel ? 'your opponent has' : 'everyone playing has';
  const when = revealedNow
    ? `${duel ? 'Your opponent has answered too' : 'Everyone playing has now answered'}, so the answer is revealed in the channel.`
    : `It stays private until the reveal, when time is up ${relativeTime(deadline)} or ${others} answered.`;
  return { content: `🔒 Locked in: ${what}. ${when}` };
}

const REFUSALS: Record<Refusal, string> = {
  forged: "That button doesn't belong to a question of this challenge, so nothing was counted.",
  ended:
    'That challenge is over; presses on its old messages no longer count. Start a new one with `/challenge start`.',
  'not-started': 'This duel has not been accepted yet.',
  revealed: "Time is up: that question has already been revealed, so this answer doesn't count.",
  late: "Time was up for that question, so this answer doesn't count.",
  already: 'You already answered this question; your first answer is the one that counts.',
  'not-duelist': 'Only the two duelists can answer in this duel.',
};

/** The private reply to a refused answer: why, and (for late answers) what they sent, so nothing is lost. */
export function refusalView(reason: Refusal, shownBack?: string): MessageView {
  const back = shownBack ? `\nYou sent: ${shownBack}` : '';
  return { content: `⚠️ ${REFUSALS[reason]}${back}` };
}

/** A written answer that could not be graded (empty, only symbols…): it does not count yet. */
export function unreadableView(message: string, shownBack: string): MessageView {
  return {
    content: `⚠️ ${message} This did not count yet; press **Answer** again before time is up.\nYou sent: ${shownBack}`,
  };
}

/** The reply when a round is already running in the channel: where it is. */
export function busyView(running: Challenge, link: string | undefined): MessageView {
  const where = link ? ` (${link})` : '';
  return {
    content: `A challenge is already running in this channel${where}: question ${Math.min(running.current + 1, running.questionCount)} of ${running.questionCount}. Join in there, or wait for it to finish.`,
  };
}

/** The invitation to a duel, with Accept and Decline for the invited member. */
export function inviteView(challenge: Challenge, nameOf: NameOf): MessageView {
  const opponent = nameOf(challenge.opponentId ?? '');
  return {
    content: `⚔️ ${nameOf(challenge.starterId)} challenges ${opponent} to a duel: ${challenge.questionCount} questions, ${challenge.seconds} s each, answered privately. ${opponent}, accept or decline; the invitation expires ${relativeTime(challenge.inviteExpiresAt ?? 0)}.`,
    components: buttonRows([
      button(challengeCustomId(ChallengeAction.accept, challenge.id), 'Accept', ButtonStyle.Success),
      button(challengeCustomId(ChallengeAction.decline, challenge.id), 'Decline', ButtonStyle.Danger),
    ]),
  };
}

/** The invitation once answered or lapsed: the buttons go away and the text says what happened. */
export function inviteClosedView(challenge: Challenge, nameOf: NameOf): MessageView {
  const a = nameOf(challenge.starterId);
  const b = nameOf(challenge.opponentId ?? '');
  const text =
    challenge.status === 'declined'
      ? `⚔️ ${b} declined the duel with ${a}.`
      : challenge.status === 'expired'
        ? `⚔️ The duel invitation from ${a} to ${b} expired unanswered.`
        : `⚔️ ${b} accepted the duel with ${a}. Good luck to both!`;
  return { content: text, components: [] };
}
