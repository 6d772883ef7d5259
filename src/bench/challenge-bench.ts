import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, createApp } from '../app.js';
import { challengeRepo } from '../challenges/index.js';
import { SystemClock } from '../clock.js';
import { parseConfig } from '../config/index.js';
import type { Question } from '../content/question-schema.js';
import { deployCommands } from '../discord/deploy.js';
import { createLogger } from '../logger.js';
import { type Sandbox, type SandboxMessage, startSandbox } from '../sandbox/index.js';
import { ms, percentile } from './stats.js';
import type { BenchFigure, BenchSection } from './types.js';

const MEMBERS = 200;
const WINDOW_MS = 10_000;
const SECONDS = 15;
const BOT_P99_TARGET_MS = 150;
/** On question 3 this many members sit out, so it runs its full time and the timer reveals it. */
const SIT_OUT = 10;

/** Figures of the challenge section, also printed as one JSON line with `--json`. */
interface ChallengeBenchJson {
  [key: string]: number;
  members: number;
  answers_sent: number;
  answers_recorded: number;
  attempts_recorded: number;
  bot_p50_ms: number;
  bot_p99_ms: number;
  bot_p99_mcq_ms: number;
  bot_p99_frq_ms: number;
  reveal_late_ms_max: number;
  early_reveal_ms: number;
}

/**
 * One channel, 200 members, a 3-question mixed round at 15 s a question, on the real clock: every
 * member answers each question at a random moment within 10 s (MCQ presses and FRQ forms graded by
 * the rubric). Question 1 runs its full time (nobody has played yet); on question 2 everyone answers,
 * so it is revealed early; on question 3 ten members sit out, so the timer reveals it. Bot-side time
 * is the router's own measure of each answer interaction (handler, store write and reply).
 */
export const challengeBench: BenchSection = {
  name: 'challenge',
  title: `Challenges (${MEMBERS} members answering each question within ${WINDOW_MS / 1000} s, real clock)`,
  async run({ progress, json: report }) {
    const dir = mkdtempSync(join(tmpdir(), 'challenge-bench-'));
    const handled: { ms: number; frq: boolean }[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: {
        write(line: string) {
          if (!line.includes('"interaction handled"') || !line.includes('component challenge:')) return;
          const parsed = JSON.parse(line) as { ms?: number; route?: string };
          const action = parsed.route?.match(/challenge:(pick|submit):/)?.[1];
          if (action && typeof parsed.ms === 'number')
            handled.push({ ms: parsed.ms, frq: action === 'submit' });
        },
      },
    });
    const sandbox = await startSandbox({ settleMs: 0 });
    let app: App | undefined;
    try {
      const base = parseConfig({ CONTENT_DIR: process.env.CONTENT_DIR });
      const config = parseConfig({
        CONTENT_DIR: base.CONTENT_DIR,
        DISCORD_TOKEN: sandbox.token,
        DISCORD_APPLICATION_ID: sandbox.applicationId,
        DISCORD_GUILD_ID: sandbox.guildId,
        DISCORD_API_URL: sandbox.restUrl,
        DATABASE_PATH: join(dir, 'bench.db'),
      });
      app = createApp({ config, logger, clock: new SystemClock() });
      await deployCommands(
        {
          token: sandbox.token,
          applicationId: sandbox.applicationId,
          guildId: sandbox.guildId,
          restUrl: sandbox.restUrl,
        },
        app.commands,
      );
      await app.start(sandbox.token);
      const json = await play(sandbox, app, handled, progress);
      // Prefixed, since `--json` merges every section's figures into one line.
      report(Object.fromEntries(Object.entries(json).map(([k, v]) => [`challenge_${k}`, v])));
      return figures(json, sandbox.errors.length);
    } finally {
      await app?.stop();
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

async function play(
  sandbox: Sandbox,
  app: App,
  handled: { ms: number; frq: boolean }[],
  progress: (m: string) => void,
): Promise<ChallengeBenchJson> {
  await sandbox
    .user('host')
    .slash('challenge', { questions: 3, kind: 'mixed', seconds: SECONDS }, { subcommand: 'start' });
  const repo = app.ctx.store.repo(challengeRepo);
  const challenge = repo.open().find((c) => c.mode === 'round');
  if (!challenge) throw new Error('the round did not start');
  let sent = 0;
  let late = 0;
  let early = 0;
  for (let index = 0; index < 3; index++) {
    const message = await waitFor(() => questionMessage(sandbox, index));
    const stored = repo.question(challenge.id, index);
    const content = app.ctx.content.questions.get(stored?.questionId ?? '');
    if (!stored || !content || stored.deadline === null) throw new Error('question not stored');
    const answering = index === 2 ? MEMBERS - SIT_OUT : MEMBERS;
    progress(
      `question ${index + 1} (${content.kind}): ${answering} members answer within ${WINDOW_MS / 1000} s`,
    );
    const started = Date.now();
    let lastAnswerStarted = 0;
    await Promise.all(
      Array.from({ length: answering }, async (_, i) => {
        await sleep(Math.random() * WINDOW_MS);
        const pressed = Date.now();
        await answer(sandbox, app, `member-${i}`, message, content, i);
        sent++;
        lastAnswerStarted = Math.max(lastAnswerStarted, pressed);
      }),
    );
    const reveal = await waitFor(() => revealMessage(sandbox, index), SECONDS * 1000 + 5_000);
    const seenAt = Date.now();
    void reveal;
    // The early reveal goes out while the last answer is handled, before its "Locked in" reply.
    if (index === 1) early = seenAt - lastAnswerStarted;
    else late = Math.max(late, seenAt - stored.deadline);
    progress(
      `question ${index + 1} revealed ${((seenAt - started) / 1000).toFixed(1)} s after it was posted`,
    );
  }
  await waitFor(() => sandbox.channelMessages().find((m) => m.embeds[0]?.title?.includes('podium')), 10_000);
  const recorded = repo.answers(challenge.id).length;
  const all = handled.map((h) => h.ms);
  const mcq = handled.filter((h) => !h.frq).map((h) => h.ms);
  const frq = handled.filter((h) => h.frq).map((h) => h.ms);
  const attempts = (
    app.ctx.store.db.prepare("SELECT count(*) AS n FROM attempts WHERE source = 'challenge'").get() as {
      n: number;
    }
  ).n;
  return {
    members: MEMBERS,
    answers_sent: sent,
    answers_recorded: recorded,
    attempts_recorded: attempts,
    bot_p50_ms: round(percentile(all, 50)),
    bot_p99_ms: round(percentile(all, 99)),
    bot_p99_mcq_ms: round(percentile(mcq, 99)),
    bot_p99_frq_ms: round(percentile(frq, 99)),
    reveal_late_ms_max: late,
    early_reveal_ms: early,
  };
}

async function answer(
  sandbox: Sandbox,
  app: App,
  name: string,
  message: SandboxMessage,
  content: Question,
  i: number,
) {
  const user = sandbox.user(name);
  if (content.kind === 'mcq') {
    await user.click(message, String.fromCharCode(65 + (i % content.choices.length)));
    return;
  }
  const form = await user.click(message, 'Answer');
  if (!form.modal) throw new Error(`no answer form for ${name}`);
  const frq = app.ctx.content.questions.frq(content.id);
  // The question's own example answers: a realistic mix of right, partial and wrong.
  const examples = frq?.question.examples ?? [];
  const example = examples[i % Math.max(1, examples.length)]?.answer ?? content.modelAnswer;
  const parts = typeof example === 'string' ? [example] : example;
  const values: Record<string, string> = {};
  content.parts.forEach((_, p) => {
    values[`part-${p}`] = parts[p] ?? '';
  });
  await user.submitModal(form.modal, values, message);
}

function questionMessage(sandbox: Sandbox, index: number): SandboxMessage | undefined {
  return sandbox.channelMessages().find((m) => m.embeds[0]?.title?.endsWith(`Question ${index + 1} of 3`));
}

function revealMessage(sandbox: Sandbox, index: number): SandboxMessage | undefined {
  return sandbox
    .channelMessages()
    .find((m) => m.embeds[0]?.title?.includes(`Question ${index + 1} of 3: the answer`));
}

async function waitFor<T>(find: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > until) throw new Error('timed out waiting for the bot to post');
    await sleep(2);
  }
}

function sleep(msToWait: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, msToWait));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function figures(json: ChallengeBenchJson, protocolErrors: number): BenchFigure[] {
  return [
    {
      label: 'answers recorded / sent',
      value: `${json.answers_recorded} / ${json.answers_sent} (attempts: ${json.attempts_recorded})`,
      target: 'all',
      met: json.answers_recorded === json.answers_sent && json.attempts_recorded === json.answers_sent,
    },
    { label: 'bot-side time per answer p50', value: ms(json.bot_p50_ms) },
    {
      label: 'bot-side p99: multiple choice / free response (graded)',
      value: `${ms(json.bot_p99_mcq_ms)} / ${ms(json.bot_p99_frq_ms)}`,
    },
    {
      label: 'bot-side time per answer p99',
      value: ms(json.bot_p99_ms),
      target: `< ${BOT_P99_TARGET_MS} ms`,
      met: json.bot_p99_ms < BOT_P99_TARGET_MS,
    },
    {
      label: 'timer reveals: latest post after the deadline',
      value: ms(json.reveal_late_ms_max),
      target: '< 1 s',
      met: json.reveal_late_ms_max >= 0 && json.reveal_late_ms_max < 1_000,
    },
    { label: 'early reveal: posted after the last answer was pressed', value: ms(json.early_reveal_ms) },
    {
      label: 'sandbox protocol errors',
      value: String(protocolErrors),
      target: '0',
      met: protocolErrors === 0,
    },
  ];
}
