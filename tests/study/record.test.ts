import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.js';
import { attemptRepo, MEMORY, openStore } from '../../src/store/index.js';
import { DM_GUILD, recordAttempt } from '../../src/study/index.js';

const store = openStore(MEMORY);
afterEach(() => store.db.exec('DELETE FROM attempts; DELETE FROM members;'));

describe('recordAttempt', () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 1, 12));

  it('stores the attempt with its points and misconceptions, and the member', () => {
    const rec = recordAttempt(
      { store, clock },
      {
        guildId: 'g1',
        userId: 'u1',
        questionId: 'nmj-depolarization',
        kind: 'frq',
        source: 'quiz',
        answer: 'Sodium leaves the cell',
        score: 1,
        max: 3,
        points: [
          { id: 'ach', earned: true },
          { id: 'na-in', earned: false },
        ],
        misconceptions: ['sodium-leaves'],
      },
    );
    const repo = store.repo(attemptRepo);
    expect(rec.firstTry).toBe(true);
    const row = repo.get(rec.id);
    expect(row).toMatchObject({
      guildId: 'g1',
      userId: 'u1',
      score: 1,
      max: 3,
      bonus: 0,
      at: clock.now().getTime(),
    });
    expect(repo.points(rec.id)).toEqual([
      { id: 'ach', earned: true },
      { id: 'na-in', earned: false },
    ]);
    expect(repo.misconceptions(rec.id)).toEqual(['sodium-leaves']);
    const again = recordAttempt({ store, clock }, { ...rowInput(), questionId: 'nmj-depolarization' });
    expect(again.firstTry).toBe(false);
  });

  it('keeps a DM answer under the DM guild and a challenge bonus', () => {
    const rec = recordAttempt(
      { store, clock },
      { ...rowInput(), guildId: null, source: 'challenge', bonus: 2 },
    );
    expect(store.repo(attemptRepo).get(rec.id)).toMatchObject({
      guildId: DM_GUILD,
      source: 'challenge',
      bonus: 2,
    });
  });

  it('keeps rubric order (a missed point between earned ones) and distinct, sorted misconceptions on the row', () => {
    const rec = recordAttempt(
      { store, clock },
      {
        ...rowInput(),
        kind: 'frq',
        score: 2,
        max: 3,
        points: [
          { id: 'z-last-id', earned: true },
          { id: 'b-missed', earned: false },
          { id: 'a-first-id', earned: true },
        ],
        misconceptions: ['sodium-leaves', 'k-enters', 'sodium-leaves'],
      },
    );
    const repo = store.repo(attemptRepo);
    expect(repo.points(rec.id)).toEqual([
      { id: 'z-last-id', earned: true },
      { id: 'b-missed', earned: false },
      { id: 'a-first-id', earned: true },
    ]);
    expect(repo.misconceptions(rec.id)).toEqual(['k-enters', 'sodium-leaves']);
    expect(store.db.prepare('SELECT points, misconceptions FROM attempts WHERE id = ?').get(rec.id)).toEqual({
      points: 'z-last-id !b-missed a-first-id',
      misconceptions: 'k-enters sodium-leaves',
    });
  });

  it.each([['has space'], ['!bang'], ['']])(
    'refuses a point id %j that the row cannot hold, storing nothing',
    (id) => {
      expect(() =>
        recordAttempt({ store, clock }, { ...rowInput(), points: [{ id, earned: true }] }),
      ).toThrow(/cannot be stored/);
      expect(store.db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 0 });
    },
  );

  it('refuses a score above the maximum and stores nothing', () => {
    expect(() => recordAttempt({ store, clock }, { ...rowInput(), score: 4, max: 3 })).toThrow(RangeError);
    expect(store.db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 0 });
  });
});

function rowInput() {
  return {
    guildId: 'g1',
    userId: 'u1',
    questionId: 'q-mcq',
    kind: 'mcq' as const,
    source: 'quiz' as const,
    answer: 'b',
    score: 1,
    max: 1,
  };
}
