/**
 * The bot as its own process for the challenge benchmark, so the time it spends on an answer is
 * measured on its own event loop, not one shared with the sandbox and 200 simulated members.
 * Started by ./challenge-bench.ts with fork(); reports over IPC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import { challengeRepo } from '../challenges/index.js';
import { parseConfig } from '../config/index.js';
import { createLogger } from '../logger.js';

/** What the parent asks. */
export type ChallengeParentMessage = { type: 'state' } | { type: 'report' } | { type: 'stop' };

/** One stored question of the running round, as the parent needs it to answer and to time reveals. */
export interface BenchQuestion {
  readonly index: number;
  readonly questionId: string;
  readonly openedAt: number | null;
  readonly deadline: number | null;
}

/** What the child sends. */
export type ChallengeChildMessage =
  | { type: 'ready' }
  | { type: 'state'; challengeId: number; questions: BenchQuestion[] }
  | { type: 'report'; handled: { ms: number; frq: boolean }[]; answers: number; attempts: number };

const send = (message: ChallengeChildMessage) => process.send?.(message);
const handled: { ms: number; frq: boolean }[] = [];
const logger = createLogger({
  level: 'debug',
  destination: {
    write(line: string) {
      if (!line.includes('"interaction handled"') || !line.includes('component challenge:')) return;
      const parsed = JSON.parse(line) as { ms?: number; route?: string };
      const action = parsed.route?.match(/challenge:(pick|submit):/)?.[1];
      if (action && typeof parsed.ms === 'number') handled.push({ ms: parsed.ms, frq: action === 'submit' });
    },
  },
});

const dataDir = mkdtempSync(join(tmpdir(), 'challenge-bench-'));
const config = parseConfig({
  DISCORD_TOKEN: process.env.DISCORD_TOKEN,
  DISCORD_APPLICATION_ID: process.env.DISCORD_APPLICATION_ID,
  DISCORD_API_URL: process.env.DISCORD_API_URL,
  CONTENT_DIR: process.env.CONTENT_DIR,
  DATABASE_PATH: join(dataDir, 'bench.db'),
});
const app = createApp({ config, logger });
await app.start();
send({ type: 'ready' });

process.on('message', (message: ChallengeParentMessage) => {
  const repo = app.ctx.store.repo(challengeRepo);
  if (message.type === 'state') {
    const challenge = repo.open().find((c) => c.mode === 'round');
    const questions = challenge ? repo.questions(challenge.id) : [];
    send({
      type: 'state',
      challengeId: challenge?.id ?? 0,
      questions: questions.map(({ index, questionId, openedAt, deadline }) => ({
        index,
        questionId,
        openedAt,
        deadline,
      })),
    });
  }
  if (message.type === 'report') {
    const count = (sql: string) => (app.ctx.store.db.prepare(sql).get() as { n: number }).n;
    send({
      type: 'report',
      handled,
      answers: count('SELECT count(*) AS n FROM challenge_answers'),
      attempts: count("SELECT count(*) AS n FROM attempts WHERE source = 'challenge'"),
    });
  }
  if (message.type === 'stop') {
    app
      .stop()
      .finally(() => rmSync(dataDir, { recursive: true, force: true }))
      .finally(() => process.exit(0));
  }
});
