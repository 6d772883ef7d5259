import { describe, expect, it } from 'vitest';
import { admitAnswer, checkDuel, everyoneAnswered, planQuestions } from '../../src/challenges/rules.js';
import type { Challenge, ChallengeQuestion } from '../../src/challenges/types.js';

const round: Challenge = {
  id: 7,
  guildId: 'g',
  channelId: 'c',
  mode: 'round',
  starterId: 'starter',
  opponentId: null,
  topic: null,
  kind: 'mixed',
  seconds: 30,
  questionCount: 3,
  status: 'running',
  current: 1,
  createdAt: 0,
  inviteExpiresAt: null,
  endedAt: null,
  messageId: null,
};

const open: ChallengeQuestion = {
  challengeId: 7,
  index: 1,
  questionId: 'q',
  openedAt: 100_000,
  deadline: 130_000,
  revealedAt: null,
  messageId: 'm1',
};

const attempt = { userId: 'u', index: 1, now: 105_000, messageId: 'm1', alreadyAnswered: false };

describe('admitting an answer', () => {
  it('accepts an in-time first answer on the open question and says how long it took', () => {
    expect(admitAnswer(round, open, attempt)).toEqual({ ok: true, elapsedMs: 5_000 });
  });

  it.each([
    ['a second answer from the same member', round, open, { alreadyAnswered: true }, 'already'],
    ['an answer after the time is up', round, open, { now: 130_001 }, 'late'],
    ['an answer to a question already revealed', round, { ...open, revealedAt: 120_000 }, {}, 'revealed'],
    ['a press on an earlier question of the same round', { ...round, current: 2 }, open, {}, 'revealed'],
    [
      'a press on a message from a round that is over',
      { ...round, status: 'finished' as const },
      open,
      {},
      'ended',
    ],
    ['a custom_id naming no challenge', undefined, undefined, {}, 'forged'],
    ['a custom_id naming a question the challenge lacks', round, undefined, {}, 'forged'],
    ['a valid id pasted onto another message', round, open, { messageId: 'other' }, 'forged'],
    [
      'a question that has not been opened',
      { ...round, current: 0 },
      { ...open, openedAt: null, deadline: null },
      {},
      'forged',
    ],
  ])('refuses %s', (_what, challenge, question, change, reason) => {
    expect(admitAnswer(challenge, question, { ...attempt, ...change })).toEqual({ ok: false, reason });
  });

  it('refuses a duel answer from someone outside the duel, and before it is accepted', () => {
    const duel = { ...round, mode: 'duel' as const, opponentId: 'b', starterId: 'a' };
    expect(admitAnswer(duel, open, { ...attempt, userId: 'c' })).toEqual({
      ok: false,
      reason: 'not-duelist',
    });
    expect(admitAnswer({ ...duel, status: 'invited' }, open, { ...attempt, userId: 'a' })).toEqual({
      ok: false,
      reason: 'not-started',
    });
    // Duel questions are answered on private copies, so the message id is not checked.
    expect(admitAnswer(duel, open, { ...attempt, userId: 'b', messageId: 'ephemeral' }).ok).toBe(true);
  });
});

describe('early reveal', () => {
  it('never cuts the first question of a round short', () => {
    expect(everyoneAnswered(round, new Set(), new Set(['a', 'b']))).toBe(false);
  });

  it('reveals once every earlier player has answered; newcomers do not hold it up or trigger it alone', () => {
    const earlier = new Set(['a', 'b']);
    expect(everyoneAnswered(round, earlier, new Set(['a', 'new']))).toBe(false);
    expect(everyoneAnswered(round, earlier, new Set(['a', 'b']))).toBe(true);
  });

  it('reveals a duel question when both duelists have answered', () => {
    const duel = { ...round, mode: 'duel' as const, starterId: 'a', opponentId: 'b' };
    expect(everyoneAnswered(duel, new Set(), new Set(['a']))).toBe(false);
    expect(everyoneAnswered(duel, new Set(), new Set(['a', 'b']))).toBe(true);
  });
});

describe('question plan', () => {
  const pool = [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, kind: 'mcq' as const })),
    { id: 'f0', kind: 'frq' as const },
  ];
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };

  it('draws different questions, and a mixed round has both kinds', () => {
    for (let run = 0; run < 20; run++) {
      const plan = planQuestions(pool, 3, 'mixed', random);
      expect(new Set(plan.map((q) => q.id)).size).toBe(3);
      expect(plan.some((q) => q.kind === 'frq')).toBe(true);
      expect(plan.some((q) => q.kind === 'mcq')).toBe(true);
    }
  });

  it('returns what there is when the pool is smaller than asked', () => {
    expect(planQuestions(pool, 20, 'mcq', random)).toHaveLength(7);
  });
});

describe('duel checks', () => {
  const ok = {
    starterId: 'a',
    opponentId: 'b',
    opponentIsBot: false,
    starterBusy: false,
    opponentBusy: false,
  };
  it('refuses yourself, a bot, and members already in a duel', () => {
    expect(checkDuel(ok)).toBeUndefined();
    expect(checkDuel({ ...ok, opponentId: 'a' })).toBe('self');
    expect(checkDuel({ ...ok, opponentIsBot: true })).toBe('bot');
    expect(checkDuel({ ...ok, starterBusy: true })).toBe('busy-starter');
    expect(checkDuel({ ...ok, opponentBusy: true })).toBe('busy-opponent');
  });
});
