import type Database from 'better-sqlite3';
import type { Store } from '../store/open.js';
import { dayOf } from './streak.js';

/** The periods a leaderboard covers; weeks start on Monday, UTC. */
export type Period = 'week' | 'month' | 'all';

/** One ranked member. */
export interface LeaderboardEntry {
  readonly rank: number;
  readonly userId: string;
  /** Rubric points plus bonus points (challenge speed bonus). */
  readonly points: number;
  /** Rubric points earned ÷ available, 0–1. */
  readonly accuracy: number;
  readonly attempts: number;
}

/** One page of a leaderboard. */
export interface LeaderboardPage {
  readonly entries: LeaderboardEntry[];
  readonly page: number;
  readonly pages: number;
  readonly total: number;
}

/** Members per page. */
export const PAGE_SIZE = 10;

/** The first UTC day number of `period` containing `now` (0 for all time). */
export function periodStartDay(period: Period, now: Date): number {
  if (period === 'all') return 0;
  if (period === 'month') return dayOf(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const sinceMonday = (now.getUTCDay() + 6) % 7;
  return dayOf(now.getTime()) - sinceMonday;
}

/** The leaderboard query; exported so a test can check its plan uses an index. */
export const LEADERBOARD_SQL = `
  SELECT d.user_id AS userId, sum(d.points) AS points, sum(d.score) AS score, sum(d.max) AS max,
         sum(d.attempts) AS attempts
  FROM member_days d
  WHERE d.guild_id = ? AND d.day >= ?
    AND NOT EXISTS (SELECT 1 FROM members m WHERE m.guild_id = d.guild_id AND m.user_id = d.user_id
                    AND m.leaderboard_opt_out = 1)
  GROUP BY d.user_id`;

/** All time reads the running totals on the member rows (one row per member, the table is clustered by server). */
export const LEADERBOARD_ALL_SQL = `
  SELECT user_id AS userId, points, score, max, attempts
  FROM members
  WHERE guild_id = ? AND leaderboard_opt_out = 0 AND attempts > 0`;

interface Row {
  userId: string;
  points: number;
  score: number;
  max: number;
  attempts: number;
}

const statements = (db: Database.Database) => ({
  board: db.prepare<[string, number], Row>(LEADERBOARD_SQL),
  all: db.prepare<[string], Row>(LEADERBOARD_ALL_SQL),
});

/**
 * Ranks a server's members for a period by points (score + bonus); members who opted out never
 * appear. Ties share a rank (1, 1, 3); within a tie, higher accuracy, then fewer attempts, is listed
 * first. `page` is 0-based and clamped to the pages there are.
 */
export function leaderboard(
  store: Store,
  guildId: string,
  period: Period,
  now: Date,
  page = 0,
): LeaderboardPage {
  const q = store.repo(statements);
  const rows = period === 'all' ? q.all.all(guildId) : q.board.all(guildId, periodStartDay(period, now));
  const accuracy = (r: Row) => (r.max > 0 ? r.score / r.max : 0);
  rows.sort(
    (a, b) =>
      b.points - a.points ||
      accuracy(b) - accuracy(a) ||
      a.attempts - b.attempts ||
      (a.userId < b.userId ? -1 : 1),
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const entries: LeaderboardEntry[] = [];
  let rank = 0;
  for (let i = 0; i < Math.min(rows.length, (at + 1) * PAGE_SIZE); i++) {
    const r = rows[i] as Row;
    if (i === 0 || r.points !== rows[i - 1]?.points) rank = i + 1;
    if (i >= at * PAGE_SIZE) {
      entries.push({ rank, userId: r.userId, points: r.points, accuracy: accuracy(r), attempts: r.attempts });
    }
  }
  return { entries, page: at, pages, total: rows.length };
}
