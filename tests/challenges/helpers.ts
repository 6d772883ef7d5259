import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../../src/app.js';
import { challengeRepo } from '../../src/challenges/index.js';
import type { ChallengeQuestion } from '../../src/challenges/types.js';
import { startBotInSandbox } from '../../src/cli/sandbox-bot.js';
import { ManualClock } from '../../src/clock.js';
import { parseConfig } from '../../src/config/index.js';
import type { Question } from '../../src/content/question-schema.js';
import { silentLogger } from '../../src/logger.js';
import { seededRandom } from '../../src/random.js';
import type { Sandbox, SandboxMessage } from '../../src/sandbox/index.js';
import { startSandbox } from '../../src/sandbox/index.js';

/** When every challenge test world's clock starts: mid-week, mid-day, far from any period boundary. */
export const CHALLENGE_EPOCH = '2026-12-02T12:00:00.000Z';

/** A sandbox and a database file that outlive the bots started on them (for restarts). */
export interface World {
  readonly sandbox: Sandbox;
  readonly dbPath: string;
  /** Starts a bot on the shared sandbox and database (again, after a stop: a restart). */
  boot(): Promise<App>;
  close(): Promise<void>;
}

/** A sandbox, a fresh database file in a temporary folder, and a way to (re)start the bot on them. */
export async function challengeWorld(seed = 1): Promise<World> {
  // A fixed Wednesday noon (UTC): started from the wall clock, a round that ran across Monday 00:00
  // split its points between two leaderboard weeks (CI at 23:57 on a Sunday saw 1 point, not 2).
  const sandbox = await startSandbox({ settleMs: 20, clock: new ManualClock(Date.parse(CHALLENGE_EPOCH)) });
  const dir = mkdtempSync(join(tmpdir(), 'challenge-test-'));
  const dbPath = join(dir, 'tutor.db');
  const apps: App[] = [];
  const config = parseConfig({ CONTENT_DIR: process.env.CONTENT_DIR });
  return {
    sandbox,
    dbPath,
    async boot() {
      const app = await startBotInSandbox(sandbox, {
        logger: silentLogger(),
        config,
        databasePath: dbPath,
        random: seededRandom(seed),
      });
      apps.push(app);
      await sandbox.settle();
      return app;
    },
    async close() {
      for (const app of apps) await app.stop();
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The bot's posts in the channel (not interaction replies), oldest first. */
export function posts(sandbox: Sandbox): SandboxMessage[] {
  return sandbox.channelMessages().filter((m) => !m.interactionId);
}

/** Public channel messages (posts and replies) whose embed title contains `text`. */
export function postsTitled(sandbox: Sandbox, text: string): SandboxMessage[] {
  return sandbox.channelMessages().filter((m) => m.embeds[0]?.title?.includes(text));
}

/** The latest posted question of a round ("Question n of m"), with its stored state and content. */
export function latestQuestion(
  app: App,
  sandbox: Sandbox,
): { message: SandboxMessage; stored: ChallengeQuestion; content: Question } {
  const message = postsTitled(sandbox, 'Challenge · Question').at(-1);
  if (!message) throw new Error('no question posted');
  const id = (message.components[0]?.components?.[0] as { custom_id?: string } | undefined)?.custom_id ?? '';
  const [, , challengeId, index] = id.split(':');
  const stored = app.ctx.store.repo(challengeRepo).question(Number(challengeId), Number(index));
  if (!stored) throw new Error(`no stored question for ${id}`);
  const content = app.ctx.content.questions.get(stored.questionId);
  if (!content) throw new Error(`no content for ${stored.questionId}`);
  return { message, stored, content };
}

/** The letter of the correct (or a wrong) choice of an MCQ. */
export function letter(content: Question, correct: boolean): string {
  if (content.kind !== 'mcq') throw new Error(`${content.id} is not multiple choice`);
  const i = content.choices.findIndex((c) => c.correct === correct || (!correct && !c.correct));
  return String.fromCharCode(65 + i);
}

/** The model answer of an FRQ, as form values (each part's own model answer when it has one). */
export function modelAnswerValues(app: App, questionId: string): Record<string, string> {
  const frq = app.ctx.content.questions.frq(questionId);
  if (!frq) throw new Error(`${questionId} is not an FRQ`);
  const values: Record<string, string> = {};
  frq.question.parts.forEach((part, i) => {
    values[`part-${i}`] = part.modelAnswer ?? frq.question.modelAnswer;
  });
  return values;
}

/** A message's readable text: content, embed title, description and fields, one per line. */
export function text(message: SandboxMessage | undefined): string {
  if (!message) return '';
  const e = message.embeds[0];
  return [
    message.content,
    e?.title,
    e?.description,
    ...(e?.fields ?? []).map((f) => `${f.name}: ${f.value}`),
  ].join('\n');
}
