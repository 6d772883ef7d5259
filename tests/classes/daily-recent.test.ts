import { describe, expect, it } from 'vitest';
import { recentClassQuestions } from '../../src/classes/daily.js';

const DAY = 24 * 60 * 60 * 1000;
const now = 100 * DAY;

describe('recentClassQuestions: what the next daily question avoids', () => {
  it('merges daily runs and this week’s assignments, most recent first, without repeats', () => {
    const runs = [
      { questionId: 'a', claimedAt: now - 3 * DAY },
      { questionId: 'b', claimedAt: now - 1 * DAY },
    ];
    const assignments = [
      { questionId: 'c', createdAt: now - 2 * DAY },
      { questionId: 'b', createdAt: now - 4 * DAY },
    ];
    expect(recentClassQuestions(runs, assignments, now)).toEqual(['b', 'c', 'a']);
  });

  it('forgets assignments older than a week and keeps only the last five daily questions', () => {
    const runs = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((id, i) => ({
      questionId: id,
      claimedAt: now - (6 - i) * DAY,
    }));
    const assignments = [{ questionId: 'old', createdAt: now - 8 * DAY }];
    expect(recentClassQuestions(runs, assignments, now)).toEqual(['r6', 'r5', 'r4', 'r3', 'r2']);
  });
});
