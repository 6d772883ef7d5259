import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { MEMORY, openStore } from '../../src/store/index.js';
import { memberRepo } from '../../src/store/members.js';
import {
  LEADERBOARD_ALL_SQL,
  LEADERBOARD_SQL,
  leaderboard,
  PAGE_SIZE,
  periodStartDay,
} from '../../src/study/leaderboard.js';
import { recordAttempt } from '../../src/study/record.js';
import { dayOf, streakOf } from '../../src/study/streak.js';

const G = 'g1';
const now = new Date(Date.UTC(2026, 11, 10, 12)); // a Thursday

function seeded(scores: Record<string, number[]>, opts: { bonus?: Record<string, number> } = {}) {
  const store = openStore(MEMORY);
  const clock = new ManualClock(now);
  for (const [user, list] of Object.entries(scores)) {
    for (const [i, score] of list.entries()) {
      recordAttempt(
        { store, clock },
        {
          guildId: G,
          userId: user,
          questionId: `q${i}`,
          kind: 'frq',
          source: i === 0 && opts.bonus?.[user] ? 'challenge' : 'quiz',
          answer: 'x',
          score,
          max: 4,
          bonus: i === 0 ? (opts.bonus?.[user] ?? 0) : 0,
        },
      );
    }
  }
  return store;
}

describe('leaderboard', () => {
  it('ties share a rank (1, 1, 1, 4) and challenge bonus points count', () => {
    const store = seeded({ ana: [4, 2], ben: [3, 3], cy: [1], dee: [0] }, { bonus: { cy: 5 } });
    const board = leaderboard(store, G, 'all', now);
    expect(board.entries.map((e) => [e.userId, e.rank, e.points])).toEqual([
      ['ana', 1, 6],
      ['ben', 1, 6],
      ['cy', 1, 6],
      ['dee', 4, 0],
    ]);
  });

  it('members who opted out never appear, in any period', () => {
    const store = seeded({ ana: [4], ben: [3] });
    store.repo(memberRepo).setLeaderboardOptOut(G, 'ben', true);
    for (const period of ['week', 'month', 'all'] as const) {
      expect(leaderboard(store, G, period, now).entries.map((e) => e.userId)).toEqual(['ana']);
    }
  });

  it('pages hold PAGE_SIZE members and ranks continue across pages', () => {
    const scores: Record<string, number[]> = {};
    for (let i = 0; i < PAGE_SIZE + 3; i++) scores[`u${String(i).padStart(2, '0')}`] = [i % 5];
    const store = seeded(scores);
    const first = leaderboard(store, G, 'week', now, 0);
    const second = leaderboard(store, G, 'week', now, 1);
    expect(first.pages).toBe(2);
    expect(first.entries).toHaveLength(PAGE_SIZE);
    expect(second.entries).toHaveLength(3);
    expect(second.entries[0]?.rank).toBeGreaterThanOrEqual(first.entries.at(-1)?.rank ?? 0);
    expect(leaderboard(store, G, 'week', now, 99).page).toBe(1);
  });

  it('weeks start on Monday and months on the 1st, in UTC', () => {
    expect(new Date(periodStartDay('week', now) * 86_400_000).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(new Date(periodStartDay('month', now) * 86_400_000).toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
  });

  it('both leaderboard queries search an index (a primary key), never a scan of attempts', () => {
    const store = openStore(MEMORY);
    const plan = (sql: string, ...args: unknown[]) =>
      (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    // Both tables are clustered so that a server's rows (and, for days, a range of days) are one
    // primary-key range: the rows themselves hold the totals, so no index is rewritten per answer.
    const period = plan(LEADERBOARD_SQL, G, 0);
    expect(period).toMatch(/SEARCH d USING PRIMARY KEY \(guild_id=\? AND day>\?\)/);
    expect(period).not.toMatch(/attempts|SCAN/);
    const all = plan(LEADERBOARD_ALL_SQL, G);
    expect(all).toMatch(/SEARCH members USING PRIMARY KEY \(guild_id=\?\)/);
    expect(all).not.toMatch(/SCAN/);
  });
});

describe('streaks (UTC days)', () => {
  const day = (iso: string) => dayOf(Date.parse(iso));
  it('counts the run ending today or yesterday, and the best run', () => {
    const days = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-08', '2026-12-09'].map(day);
    expect(streakOf(days, Date.parse('2026-12-10T08:00:00Z'))).toMatchObject({ current: 2, best: 3 });
    expect(streakOf(days, Date.parse('2026-12-11T08:00:00Z'))).toMatchObject({ current: 0, best: 3 });
    expect(streakOf([], now.getTime())).toEqual({ current: 0, best: 0, lastDay: null });
  });
});
