import type { ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { loadContent } from '../app.js';
import { parseConfig } from '../config/index.js';
import type { Question } from '../content/question-schema.js';
import type { QuestionCatalog } from '../quiz/catalog.js';
import { type Sandbox, type SandboxMessage, startSandbox } from '../sandbox/index.js';
import type { BenchQuestion, ChallengeChildMessage, ChallengeParentMessage } from './challenge-child.js';
import { forkBenchBot, nextMessage } from './child-message.js';
import { ms, percentile } from './stats.js';
import type { BenchFigure, BenchSection } from './types.js';

const MEMBERS = 200;
const WINDOW_MS = 10_000;
const SECONDS = 15;
const BOT_P99_TARGET_MS = 150;
/** On question 3 this many members sit out, so it runs its full time and the timer reveals it. */
const SIT_OUT = 10;

/** Figures of the challenge section, also printed (prefixed `challenge_`) in the `--json` line. */
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
  load_average: number;
}

/**
 * One channel, 200 members, a 3-question mixed round at 15 s a question, on the real clock. The bot
 * runs in its own process (./challenge-child.ts); the sandbox and the members run here. Every member
 * answers each question at a random moment within 10 s (MCQ presses, FRQ forms graded by the rubric
 * with the question's own example answers). Question 1 runs its full time (nobody has played yet); on
 * question 2 everyone answers, so it is revealed early; on question 3 ten members sit out, so the
 * timer reveals it. Bot-side time is the router's own measure of each answer interaction in the bot
 * process: handler, grading, the store write and the reply.
 */
export const challengeBench: BenchSection = {
  name: 'challenge',
  title: `Challenges (${MEMBERS} members answering each question within ${WINDOW_MS / 1000} s, real clock, bot in its own process)`,
  async run({ progress, json: report }) {
    const config = parseConfig({ CONTENT_DIR: process.env.CONTENT_DIR });
    const catalog = loadContent(config.CONTENT_DIR).questions;
    const sandbox = await startSandbox({ settleMs: 0 });
    let child: ChildProcess | undefined;
    try {
      child = await forkBenchBot(sandbox, 'challenge-child.ts', { CONTENT_DIR: config.CONTENT_DIR });
      await ask(child, null, 'ready', 60_000);
      const json = await play(sandbox, child, catalog, progress);
      report?.(Object.fromEntries(Object.entries(json).map(([k, v]) => [`challenge_${k}`, v])));
      return figures(json, sandbox.errors.length);
    } finally {
      if (child) await stopChild(child);
      await sandbox.close();
    }
  },
};

async function play(
  sandbox: Sandbox,
  child: ChildProcess,
  catalog: QuestionCatalog,
  progress: (m: string) => void,
): Promise<ChallengeBenchJson> {
  const load = loadavg()[0] ?? 0;
  await sandbox
    .user('host')
    .slash('challenge', { questions: 3, kind: 'mixed', seconds: SECONDS }, { subcommand: 'start' });
  let sent = 0;
  let late = 0;
  let early = 0;
  for (let index = 0; index < 3; index++) {
    const message = await waitFor(() => questionMessage(sandbox, index));
    const state = await ask(child, { type: 'state' }, 'state', 5_000);
    const stored = state.questions.find((q: BenchQuestion) => q.index === index);
    const content = catalog.get(stored?.questionId ?? '');
    if (!stored || !content || stored.deadline === null) throw new Error('question not stored');
    const answering = index === 2 ? MEMBERS - SIT_OUT : MEMBERS;
    progress(
      `question ${index + 1} (${content.kind}): ${answering} members answer within ${WINDOW_MS / 1000} s`,
    );
    let lastPress = 0;
    await Promise.all(
      Array.from({ length: answering }, async (_, i) => {
        await sleep(Math.random() * WINDOW_MS);
        const pressed = Date.now();
        await answer(sandbox, catalog, `member-${i}`, message, content, i);
        sent++;
        lastPress = Math.max(lastPress, pressed);
      }),
    );
    await waitFor(() => revealMessage(sandbox, index), SECONDS * 1000 + 10_000);
    const seenAt = Date.now();
    // The early reveal goes out while the last answer is handled, before its "Locked in" reply.
    if (index === 1) early = seenAt - lastPress;
    else late = Math.max(late, seenAt - stored.deadline);
    progress(`question ${index + 1} revealed`);
  }
  await waitFor(() => sandbox.channelMessages().find((m) => m.embeds[0]?.title?.includes('podium')), 15_000);
  const report = await ask(child, { type: 'report' }, 'report', 5_000);
  const all = report.handled.map((h) => h.ms);
  const mcq = report.handled.filter((h) => !h.frq).map((h) => h.ms);
  const frq = report.handled.filter((h) => h.frq).map((h) => h.ms);
  return {
    members: MEMBERS,
    answers_sent: sent,
    answers_recorded: report.answers,
    attempts_recorded: report.attempts,
    bot_p50_ms: round(percentile(all, 50)),
    bot_p99_ms: round(percentile(all, 99)),
    bot_p99_mcq_ms: round(percentile(mcq, 99)),
    bot_p99_frq_ms: round(percentile(frq, 99)),
    reveal_late_ms_max: late,
    early_reveal_ms: early,
    load_average: round(Math.max(load, loadavg()[0] ?? 0)),
  };
}

async function answer(
  sandbox: Sandbox,
  catalog: QuestionCatalog,
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
  // The question's own example answers: a realistic mix of right, partial and wrong.
  const examples = catalog.frq(content.id)?.question.examples ?? [];
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

/** Sends `request` (unless null) and resolves with the child's next message of type `type`. */
function ask<T extends ChallengeChildMessage['type']>(
  child: ChildProcess,
  request: ChallengeParentMessage | null,
  type: T,
  timeoutMs: number,
): Promise<Extract<ChallengeChildMessage, { type: T }>> {
  return nextMessage<ChallengeChildMessage, T>(child, type, timeoutMs, request ?? undefined);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.send({ type: 'stop' } satisfies ChallengeParentMessage);
  const timer = setTimeout(() => child.kill(), 5_000);
  await exited;
  clearTimeout(timer);
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
    { label: 'machine load average (1 min, highest seen)', value: json.load_average.toFixed(2) },
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
