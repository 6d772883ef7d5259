import { describe, expect, it } from 'vitest';
import {
  maxBonusCenti,
  podiumOf,
  speedBonusCenti,
  standingsOf,
  summarizeQuestion,
} from '../../src/challenges/scoring.js';
import type { ChallengeAnswer } from '../../src/challenges/types.js';

function answer(
  userId: string,
  index: number,
  earned: number,
  opts: Partial<ChallengeAnswer> = {},
): ChallengeAnswer {
  return {
    challengeId: 1,
    index,
    userId,
    answer: 'a',
    earned,
    max: opts.max ?? 1,
    correct: earned >= (opts.max ?? 1),
    bonusCenti: 0,
    elapsedMs: 1000,
    at: 1000 * index,
    ...opts,
  };
}

describe('speed bonus', () => {
  it('gives nothing to an answer that earned nothing, however fast', () => {
    expect(speedBonusCenti(0, 1, 0, 30_000, 3)).toBe(0);
  });

  it('gives more for a quicker correct answer and nothing at the deadline', () => {
    const quick = speedBonusCenti(1, 1, 1_000, 30_000, 3);
    const slow = speedBonusCenti(1, 1, 25_000, 30_000, 3);
    expect(quick).toBeGreaterThan(slow);
    expect(speedBonusCenti(1, 1, 30_000, 30_000, 3)).toBe(0);
  });

  it('scales with the share of rubric points earned', () => {
    expect(speedBonusCenti(1, 4, 0, 30_000, 3)).toBe(Math.floor(maxBonusCenti(3) / 4));
  });

  it('can never outweigh correctness: all bonuses of a round together stay under one point', () => {
    for (const count of [3, 5, 7, 10, 20]) {
      const fastest = Array.from({ length: count }, () => speedBonusCenti(1, 1, 0, 15_000, count));
      expect(fastest.reduce((a, b) => a + b, 0)).toBeLessThan(100);
    }
    // A member with one more correct answer, answered at the last moment, still leads one who
    // answered everything else instantly.
    const count = 3;
    const slowButRight = [0, 1, 2].map((i) => answer('slow', i, 1, { bonusCenti: 0 }));
    const fastButWrong = [0, 1].map((i) =>
      answer('fast', i, 1, { bonusCenti: speedBonusCenti(1, 1, 0, 15_000, count) }),
    );
    fastButWrong.push(answer('fast', 2, 0));
    const [first] = standingsOf([...fastButWrong, ...slowButRight]);
    expect(first?.userId).toBe('slow');
  });
});

describe('standings', () => {
  it('ranks by points then bonus, and equal totals share a place (1, 1, 3)', () => {
    const rows = standingsOf([
      answer('ann', 0, 1, { bonusCenti: 10 }),
      answer('bob', 0, 1, { bonusCenti: 10 }),
      answer('cy', 0, 0),
      answer('dee', 0, 1, { bonusCenti: 20 }),
    ]);
    expect(rows.map((r) => [r.userId, r.place])).toEqual([
      ['dee', 1],
      ['ann', 2],
      ['bob', 2],
      ['cy', 4],
    ]);
  });

  it('puts everyone sharing third place on the podium', () => {
    const rows = standingsOf([
      answer('a', 0, 2, { max: 2 }),
      answer('b', 0, 1, { max: 2, correct: false }),
      answer('c', 0, 0),
      answer('d', 0, 0),
    ]);
    expect(podiumOf(rows).map((r) => r.userId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists named players who never answered with nothing', () => {
    const rows = standingsOf([answer('a', 0, 1)], ['a', 'b']);
    expect(rows.map((r) => [r.userId, r.points, r.place])).toEqual([
      ['a', 1, 1],
      ['b', 0, 2],
    ]);
  });
});

describe('question summary', () => {
  it('counts full-marks answers and names the fastest correct one', () => {
    const summary = summarizeQuestion([
      answer('slow', 0, 1, { elapsedMs: 9000 }),
      answer('wrong-but-quick', 0, 0, { elapsedMs: 100 }),
      answer('quick', 0, 1, { elapsedMs: 2000 }),
    ]);
    expect(summary).toEqual({
      answered: 3,
      correct: 2,
      earned: 2,
      possible: 3,
      fastest: { userId: 'quick', elapsedMs: 2000 },
    });
  });

  it('has no fastest when nobody got it', () => {
    expect(summarizeQuestion([answer('a', 0, 0)]).fastest).toBeUndefined();
  });
});
