import { ButtonStyle } from 'discord-api-types/v10';
import type { LeaderboardPage, Period } from '../../study/index.js';
import { customId } from '../custom-id.js';
import { button, buttonRows, type MessageView } from './payload.js';

export const LEADERBOARD_COMMAND = 'leaderboard';
export const LeaderboardAction = { page: 'page' } as const;

const TITLES: Record<Period, string> = { week: 'This week', month: 'This month', all: 'All time' };
const MEDALS = ['🥇', '🥈', '🥉'];

/** The leaderboard page with ◀ ▶ buttons; members are shown as mentions (embeds never ping). */
export function leaderboardView(board: LeaderboardPage, period: Period): MessageView {
  const lines = board.entries.map((e) => {
    const medal = MEDALS[e.rank - 1] ?? `**${e.rank}.**`;
    return `${medal} <@${e.userId}> — **${e.points}** pt${e.points === 1 ? '' : 's'} · ${Math.round(e.accuracy * 100)}% · ${e.attempts} attempt${e.attempts === 1 ? '' : 's'}`;
  });
  const pageButton = (label: string, page: number, disabled: boolean) => ({
    ...button(
      customId(LEADERBOARD_COMMAND, LeaderboardAction.page, period, page),
      label,
      ButtonStyle.Secondary,
    ),
    disabled,
  });
  return {
    embeds: [
      {
        title: `Leaderboard — ${TITLES[period]}`,
        color: 0xfaa61a,
        description:
          lines.length > 0
            ? lines.join('\n')
            : // Members who left the board may have answered: say who is missing, not "nobody".
              'No one on the leaderboard has answered in this period yet. `/quiz` to be the first!',
        footer: {
          text: `Page ${board.page + 1} of ${board.pages} · ${board.total} member${board.total === 1 ? '' : 's'} · points = rubric points earned in quizzes, reviews, assignments and challenges · /privacy settings leaderboard:off to leave it`,
        },
      },
    ],
    components:
      board.pages > 1
        ? buttonRows([
            pageButton('◀ Previous', board.page - 1, board.page === 0),
            pageButton('Next ▶', board.page + 1, board.page >= board.pages - 1),
          ])
        : [],
  };
}
