import type { APIEmbed } from 'discord-api-types/v10';
import {
  type Challenge,
  podiumOf,
  type RevealResult,
  type Standing,
  standingsOf,
  summarizeQuestion,
  totalOf,
} from '../../challenges/index.js';
import { ChallengeAction, challengeCustomId } from './challenge-ids.js';
import { fitEmbed } from './embed-limits.js';
import { truncate } from './escape.js';
import { button, buttonRows, type MessageView } from './payload.js';
import { choiceLetter } from './quiz-question.js';

/** Turns a member id into a display name that is safe to show (escaped, no mentions). */
export type NameOf = (userId: string) => string;

const REVEAL_COLOUR = 0x38a169;
const FINAL_COLOUR = 0xd69e2e;
/** Standings lines shown in a reveal; the final results show more. */
const REVEAL_STANDINGS = 10;
const FINAL_STANDINGS = 20;
const MEDALS = ['🥇', '🥈', '🥉'] as const;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "3 pts + 0.42 speed" (or "3 pts" with no bonus). */
export function pointsText(s: Pick<Standing, 'points' | 'bonusCenti'>): string {
  const pts = `${s.points} pt${s.points === 1 ? '' : 's'}`;
  return s.bonusCenti > 0 ? `${pts} + ${(s.bonusCenti / 100).toFixed(2)} speed` : pts;
}

/** Standings as lines: place, name, points, correct answers; shared places show the same number. */
export function standingsLines(standings: readonly Standing[], nameOf: NameOf, max: number): string {
  if (standings.length === 0) return 'Nobody has answered yet.';
  const lines = standings
    .slice(0, max)
    .map((s) => `**${s.place}.** ${nameOf(s.userId)}: ${pointsText(s)} · ${s.correct}/${s.answered} correct`);
  if (standings.length > max) lines.push(`…and ${standings.length - max} more`);
  return lines.join('\n');
}

/** The right answer: the correct choice and its explanation, or the model answer. */
function rightAnswer(result: RevealResult): string {
  const content = result.content;
  if (content.kind === 'mcq') {
    const i = content.choices.findIndex((c) => c.correct);
    const choice = content.choices[i];
    const why = choice?.explanation ? `\n${choice.explanation}` : '';
    return `**${choiceLetter(i)}.** ${choice?.text ?? ''}${why}`;
  }
  return truncate(content.modelAnswer.trim(), 900);
}

/**
 * The reveal of one question: the correct choice or model answer, how many got it, the fastest
 * correct answer and the standings so far (a duel's reveal keeps the scores for the end).
 */
export function revealView(result: RevealResult, nameOf: NameOf): MessageView {
  const { challenge, question } = result;
  const summary = summarizeQuestion(result.answers);
  const fields = [
    { name: result.content.kind === 'mcq' ? 'Correct answer' : 'Model answer', value: rightAnswer(result) },
    {
      name: 'How many got it',
      value:
        summary.answered === 0
          ? 'Nobody answered in time.'
          : `${summary.correct} of ${summary.answered} answer${summary.answered === 1 ? '' : 's'} earned full marks${
              result.content.kind === 'frq'
                ? ` · ${(summary.earned / summary.answered).toFixed(1)} of ${summary.possible / summary.answered} points on average`
                : ''
            }`,
      inline: true,
    },
    {
      name: 'Fastest correct',
      value: summary.fastest
        ? `${nameOf(summary.fastest.userId)} in ${seconds(summary.fastest.elapsedMs)}`
        : '—',
      inline: true,
    },
  ];
  if (challenge.mode === 'round') {
    fields.push({
      name: result.finished ? 'Final standings' : 'Standings so far',
      value: standingsLines(standingsOf(result.allAnswers), nameOf, REVEAL_STANDINGS),
      inline: false,
    });
  }
  const embed: APIEmbed = {
    title: `📣 Question ${question.index + 1} of ${challenge.questionCount}: the answer`,
    color: REVEAL_COLOUR,
    fields,
    footer: { text: result.finished ? 'That was the last question.' : 'Next question below.' },
  };
  if (result.content.kind === 'mcq') return { embeds: [fitEmbed(embed)] };
  // A written answer was graded point by point, but only a score was shown: each player can see
  // their own points here, privately, once the question is closed.
  return {
    embeds: [fitEmbed(embed)],
    components: buttonRows([
      button(challengeCustomId(ChallengeAction.feedback, challenge.id, question.index), 'My feedback'),
    ]),
  };
}

/** The final results of a round: podium, standings, and (attached by the caller) the chart. */
export function finalView(
  challenge: Challenge,
  standings: readonly Standing[],
  nameOf: NameOf,
  opts: { stopped?: boolean; stoppedBy?: string; chartName?: string } = {},
): MessageView {
  const podium = podiumOf(standings).map(
    (s) =>
      `${MEDALS[s.place - 1] ?? `${s.place}.`} ${nameOf(s.userId)}: ${totalOf(s).toFixed(2)} (${pointsText(s)})`,
  );
  const lead = opts.stopped
    ? `Stopped${opts.stoppedBy ? ` by ${opts.stoppedBy}` : ''} after ${Math.min(challenge.current + 1, challenge.questionCount)} of ${challenge.questionCount} questions; results so far.`
    : `All ${challenge.questionCount} questions done.`;
  const embed: APIEmbed = {
    title: opts.stopped ? '🛑 Challenge stopped' : '🏆 Challenge over: the podium',
    description: [lead, '', ...(podium.length > 0 ? podium : ['Nobody scored this time.'])].join('\n'),
    color: FINAL_COLOUR,
    fields: [{ name: 'Standings', value: standingsLines(standings, nameOf, FINAL_STANDINGS) }],
    footer: {
      text: 'Points: rubric points earned (multiple choice 1) + a speed bonus worth under 1 point per round. Every answer counts toward /progress and /leaderboard.',
    },
    ...(opts.chartName ? { image: { url: `attachment://${opts.chartName}` } } : {}),
  };
  return { embeds: [fitEmbed(embed)] };
}

/** A duel's result in the channel: the winner (or a draw) with both scores. */
export function duelResultView(
  challenge: Challenge,
  standings: readonly Standing[],
  nameOf: NameOf,
): MessageView {
  const [first, second] = standings;
  const draw = first !== undefined && second !== undefined && first.place === second.place;
  const head = !first
    ? 'The duel is over.'
    : draw
      ? `🤝 It's a draw between ${nameOf(first.userId)} and ${nameOf(second?.userId ?? '')}!`
      : `🏆 ${nameOf(first.userId)} wins the duel!`;
  const lines = standings.map(
    (s) =>
      `${nameOf(s.userId)}: ${totalOf(s).toFixed(2)} (${pointsText(s)} · ${s.correct}/${challenge.questionCount} correct)`,
  );
  return {
    embeds: [
      fitEmbed({
        title: '⚔️ Duel result',
        description: [head, '', ...lines].join('\n'),
        color: FINAL_COLOUR,
        footer: { text: 'Points: rubric points earned (multiple choice 1) + a small speed bonus.' },
      }),
    ],
  };
}
