import { type ChildProcess, fork, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type InteractionResult, startSandbox } from '../../src/sandbox/index.js';
import { decodeIds, decodePoints } from '../../src/store/attempts.js';
import { allMigrations, attemptRepo, openStore } from '../../src/store/index.js';
import { exportMember } from '../../src/study/privacy.js';
import { finished, runTutor } from '../e2e/run-tutor.js';

const dir = mkdtempSync(join(tmpdir(), 'store-processes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const children = join(import.meta.dirname, 'children');

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

function waitFor(child: ChildProcess, type: string, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child sent no ${type}`)), timeoutMs);
    child.on('message', (m: { type?: string }) => {
      if (m.type === type) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with ${code} before ${type}`));
    });
  });
}

describe('nothing lost, through real processes', () => {
  it('kill -9 while 500 answers are being submitted: every answer whose feedback arrived is stored, integrity ok', async () => {
    const path = join(dir, 'crash.db');
    const sandbox = await startSandbox({ settleMs: 5, ackTimeoutMs: 1500, maxWaitMs: 2000 });
    const startBot = async () => {
      const child = fork(join(children, 'bot-child.ts'), [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        env: {
          ...process.env,
          DATABASE_PATH: path,
          DISCORD_TOKEN: sandbox.token,
          DISCORD_APPLICATION_ID: sandbox.applicationId,
          DISCORD_GUILD_ID: sandbox.guildId,
          DISCORD_API_URL: sandbox.restUrl,
        },
      });
      await waitFor(child, 'ready');
      await sandbox.waitForBot();
      return child;
    };
    try {
      let bot = await startBot();
      const post = (await sandbox.user('teacher').slash('quiz', { topic: 'mcq-pump-energy' })).reply;
      if (!post) throw new Error('no question posted');
      const delivered: string[] = [];
      let killed = false;
      let next = 0;
      const TOTAL = 500;
      const KILL_AFTER = 200;
      const worker = async () => {
        while (!killed && next < TOTAL) {
          const user = sandbox.user(`s${next++}`);
          const result: InteractionResult = await user.click(post, String(1 + (next % 4)));
          // Feedback reached the student: their private feedback message, as a reply or (when the bot deferred
          // the press under load) a follow-up; not a "thinking…" placeholder or the unchanged question post.
          const feedback = [result.reply, ...result.followUps].some((m) => m?.ephemeral && !m.loading);
          if (feedback && !result.failed) delivered.push(user.id);
          if (!killed && delivered.length >= KILL_AFTER) {
            killed = true;
            bot.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      expect(killed).toBe(true);
      expect(delivered.length).toBeGreaterThanOrEqual(KILL_AFTER);

      // Restart on the same file: it opens (WAL recovery), and every delivered answer is there.
      bot = await startBot();
      const db = new Database(path, { readonly: true });
      const stored = new Set(
        (db.prepare('SELECT user_id FROM attempts').all() as { user_id: string }[]).map((r) => r.user_id),
      );
      db.close();
      const missing = delivered.filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      expect(integrity(path)).toBe('ok');
      const exited = finished(bot);
      bot.send({ type: 'stop' });
      await exited;
    } finally {
      await sandbox.close();
    }
  });

  it('two processes recording into one new file at once: no errors, no lost rows', async () => {
    const path = join(dir, 'two-writers.db');
    const COUNT = 400;
    const start = (tag: string) =>
      spawn(process.execPath, ['--import', 'tsx', join(children, 'writer-child.ts')], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DATABASE_PATH: path, TAG: tag, COUNT: String(COUNT) },
      });
    const [a, b] = await Promise.all([finished(start('a')), finished(start('b'))]);
    expect({ code: a.code, err: a.stderr }).toEqual({ code: 0, err: '' });
    expect({ code: b.code, err: b.stderr }).toEqual({ code: 0, err: '' });
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM attempts').get()).toEqual({ n: 2 * COUNT });
    // Every attempt kept its two rubric points, in rubric order; every fifth its misconception.
    const rows = db.prepare<[], { points: string; misconceptions: string }>(
      'SELECT points, misconceptions FROM attempts',
    );
    const lists = rows.all();
    expect(lists.map((r) => decodePoints(r.points).map((p) => p.id))).toEqual(
      Array.from({ length: 2 * COUNT }, () => ['a', 'b']),
    );
    expect(lists.filter((r) => decodeIds(r.misconceptions).includes('m1'))).toHaveLength((2 * COUNT) / 5);
    expect(db.prepare('SELECT sum(attempts) AS n FROM member_days').get()).toEqual({ n: 2 * COUNT });
    // Both processes raced to migrate the new file: each step ran exactly once.
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({
      n: allMigrations().length,
    });
    db.close();
    expect(integrity(path)).toBe('ok');
  });

  it('the v1 fixture (made by the real migration 1) opens under the newest code with every row intact', () => {
    const fixture = join(import.meta.dirname, 'fixtures', 'v1.db');
    const before = new Database(fixture, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(1);
    const snapshot = (db: Database.Database) => ({
      members: db
        .prepare('SELECT guild_id, user_id, first_seen_at, last_seen_at FROM members ORDER BY user_id')
        .all(),
      attempts: db
        .prepare(
          'SELECT id, guild_id, user_id, question_id, kind, source, answer, score, max, bonus, first_try, at FROM attempts ORDER BY id',
        )
        .all(),
    });
    const old = snapshot(before);
    // Version 1 kept rubric points and misconceptions as child rows; newer versions keep them on
    // the attempt row. Read them the old way here and the new way after the upgrade.
    const oldPoints = new Map<string, { id: string; earned: boolean }[]>();
    for (const p of before
      .prepare<[], { attempt_id: string; point_id: string; earned: number }>(
        'SELECT attempt_id, point_id, earned FROM attempt_points ORDER BY rowid',
      )
      .all()) {
      oldPoints.set(p.attempt_id, [
        ...(oldPoints.get(p.attempt_id) ?? []),
        { id: p.point_id, earned: p.earned === 1 },
      ]);
    }
    const oldMisconceptions = before
      .prepare<[], { attempt_id: string; misconception_id: string }>(
        'SELECT attempt_id, misconception_id FROM attempt_misconceptions ORDER BY attempt_id, misconception_id',
      )
      .all();
    before.close();
    expect(old.attempts).toHaveLength(3);
    expect(oldPoints.get('a1')).toHaveLength(4);
    expect(oldMisconceptions).toEqual([{ attempt_id: 'a3', misconception_id: 'sodium-leaves' }]);
    const path = join(dir, 'v1-copy.db');
    copyFileSync(fixture, path);
    const store = openStore(path);
    try {
      expect(store.version).toBeGreaterThan(1);
      expect(snapshot(store.db)).toEqual(old);
      const attempts = store.repo(attemptRepo);
      for (const id of ['a1', 'a2', 'a3']) {
        expect(attempts.points(id), id).toEqual(oldPoints.get(id) ?? []);
        expect(attempts.misconceptions(id), id).toEqual(
          oldMisconceptions.filter((m) => m.attempt_id === id).map((m) => m.misconception_id),
        );
      }
      expect(attempts.points('a1')).toEqual([
        { id: 'ach-binds', earned: true },
        { id: 'na-enters', earned: true },
        { id: 'less-negative', earned: true },
        { id: 'triggers-ap', earned: false },
      ]);
      // The export reads them too: earned ids as `points`, the misconception of the second member.
      const [first] = exportMember(store, '200000000000000001', '100000000000000001', new Date()).attempts;
      expect(first).toMatchObject({
        points: ['ach-binds', 'na-enters', 'less-negative'],
        missed_points: ['triggers-ap'],
        misconceptions: [],
      });
      expect(
        exportMember(store, '200000000000000002', '100000000000000001', new Date()).attempts[0],
      ).toMatchObject({ points: [], missed_points: ['na-enters'], misconceptions: ['sodium-leaves'] });
      // The old child tables and the write-only review log are gone.
      expect(
        store.db
          .prepare(
            "SELECT name FROM sqlite_schema WHERE name IN ('attempt_points', 'attempt_misconceptions', 'review_log')",
          )
          .all(),
      ).toEqual([]);
      // The newer steps see the old data: daily totals were backfilled from the v1 attempts.
      expect(store.db.prepare('SELECT sum(attempts) AS n, sum(score) AS s FROM member_days').get()).toEqual({
        n: 3,
        s: 4,
      });
      expect(
        store.db.prepare('SELECT user_id, attempts, score, max FROM members ORDER BY user_id').all(),
      ).toEqual([
        { user_id: '200000000000000001', attempts: 2, score: 4, max: 5 },
        { user_id: '200000000000000002', attempts: 1, score: 0, max: 4 },
      ]);
    } finally {
      store.close();
    }
  });

  it.each([
    [
      'a corrupt file',
      'corrupt.db',
      () => Buffer.from('not a database at all\n'.repeat(500)),
      /is not a SQLite database/,
    ],
    [
      'a newer database',
      'newer.db',
      () => newerDatabase(join(dir, 'newer-src.db')),
      /written by a newer version of the bot/,
    ],
  ])(
    'the bot refuses %s at start-up with one sentence and leaves it byte-identical',
    async (_what, name, make, message) => {
      const path = join(dir, name);
      writeFileSync(path, make());
      const before = readFileSync(path);
      const result = await runTutor(['start'], { DISCORD_TOKEN: 'sandbox-bot-token', DATABASE_PATH: path });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(path);
      expect(readFileSync(path).equals(before)).toBe(true);
    },
  );
});

/** A real SQLite file whose user_version is beyond anything this code knows. */
function newerDatabase(path: string): Buffer {
  const db = new Database(path);
  db.exec('CREATE TABLE future (x INTEGER) STRICT; INSERT INTO future VALUES (1);');
  db.pragma('user_version = 999');
  db.close();
  return readFileSync(path);
}
