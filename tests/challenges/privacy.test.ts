import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/app.js';
import {
  type ChallengeDeps,
  challengeRepo,
  inviteDuel,
  startRound,
  submitAnswer,
} from '../../src/challenges/index.js';
import { ManualClock } from '../../src/clock.js';
import { seededRandom } from '../../src/random.js';
import { openStore, type Store } from '../../src/store/index.js';
import { deleteMember } from '../../src/study/privacy.js';

const content = loadContent(process.env.CONTENT_DIR ?? 'content');
let dir: string;
let store: Store;

afterEach(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

function deps(): ChallengeDeps {
  dir = mkdtempSync(join(tmpdir(), 'challenge-privacy-'));
  store = openStore(join(dir, 'tutor.db'));
  return {
    store,
    clock: new ManualClock(1_800_000_000_000),
    random: seededRandom(2),
    questions: content.questions,
  };
}

/** Every row in every table that holds `id` in any column. */
function rowsNaming(db: Store['db'], id: string): string[] {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all();
  return tables.flatMap(({ name }) => {
    const rows = db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
    return rows.filter((r) => Object.values(r).includes(id)).map(() => name);
  });
}

describe('challenges and /privacy delete', () => {
  it('forgets the member in every challenge table but keeps the round others played', () => {
    const d = deps();
    const started = startRound(d, {
      guildId: 'g1',
      channelId: 'c1',
      starterId: 'alice-id',
      kind: 'mcq',
      count: 3,
      seconds: 30,
    });
    if (!started.ok) throw new Error('round did not start');
    const { challenge, question, content: q } = started.first;
    if (q.kind !== 'mcq') throw new Error('expected an MCQ');
    for (const userId of ['alice-id', 'bob-id']) {
      const choiceId = q.choices[0]?.id ?? 'a';
      const outcome = submitAnswer(d, {
        challengeId: challenge.id,
        index: question.index,
        userId,
        response: { kind: 'mcq', choiceId },
      });
      expect(outcome.ok).toBe(true);
    }
    const duel = inviteDuel(d, {
      guildId: 'g1',
      channelId: 'c1',
      starterId: 'bob-id',
      opponentId: 'alice-id',
      opponentIsBot: false,
      count: 3,
    });
    expect(duel.ok).toBe(true);
    const before = rowsNaming(store.db, 'alice-id');
    // Her answer (the attempt that feeds progress, and the challenge's copy) and both challenges name her.
    expect(before.filter((t) => t.startsWith('challenge_')).sort()).toEqual([
      'challenge_answers',
      'challenge_members',
      'challenge_members',
    ]);
    expect(before).toContain('attempts');

    deleteMember(store, 'alice-id');

    expect(rowsNaming(store.db, 'alice-id')).toEqual([]);
    const repo = store.repo(challengeRepo);
    // bob's round and answer are still there; alice is nobody now (she can no longer stop it).
    expect(repo.get(challenge.id)?.starterId).toBe('');
    expect(repo.answers(challenge.id).map((a) => a.userId)).toEqual(['bob-id']);
    // The duel bob offered alice no longer names her, so it cannot hold her up.
    expect(repo.activeDuelOf('g1', 'alice-id')).toBeUndefined();
  });
});
