import type { APIModalInteractionResponseCallbackData } from 'discord-api-types/v10';
import { commands } from '../../commands/index.js';
import { parseConfig } from '../config/index.js';
import { deployCommands } from '../discord/deploy.js';
import { FAULT_PRESETS } from '../sandbox/faults.js';
import { type InteractionResult, type Sandbox, startSandbox } from '../sandbox/index.js';
import { startBotProcess } from './bot-process.js';
import { ms, percentile } from './stats.js';
import type { BenchFigure, BenchSection } from './types.js';

const BURST = 500;
const FLAKY_INTERACTIONS = 500;
const FLAKY_CONCURRENCY = 8;
const AFTER_RESUME = 20;
const ANSWER =
  'ACh binds to receptors on the muscle, ligand-gated channels open, sodium rushes in and the membrane depolarizes';

/** An interaction is lost when the member saw "did not respond" or never got an answer with content. */
function lost(result: InteractionResult): boolean {
  return result.failed !== undefined || (!result.reply?.embeds[0] && !result.reply?.content);
}

/**
 * The bot (in its own process) through a sandbox that misbehaves like Discord, 150 ms each way: a class of 500
 * pressing Submit at once, 2% of interaction callbacks answered 5xx, and a half-open gateway with Discord's
 * 41.25 s heartbeat. Reports counts of lost interactions and the times, never asserts them.
 */
export const faultsBench: BenchSection = {
  name: 'faults',
  title: 'Faults (bot in its own process; sandbox with 150 ms latency each way)',
  async run({ progress, json }) {
    // One figure at a time into the run's JSON line (`--json`).
    const record: Record = (key, value) => json?.({ [key]: value });
    const config = parseConfig({ CONTENT_DIR: process.env.CONTENT_DIR });
    const sandbox = await startSandbox({ settleMs: 0, faults: FAULT_PRESETS['latency-150ms'] });
    const figures: BenchFigure[] = [];
    try {
      await deployCommands(sandbox, commands);
      progress('starting the bot process');
      const bot = await startBotProcess(sandbox, config);
      try {
        figures.push(...(await burst(sandbox, progress, record)));
        figures.push(...(await flaky(sandbox, progress, record)));
        figures.push(...(await halfOpen(sandbox, progress, record)));
      } finally {
        await bot.stop();
      }
    } finally {
      await sandbox.close();
    }
    return figures;
  },
};

type Record = (key: string, value: number) => void;

async function burst(
  sandbox: Sandbox,
  progress: (m: string) => void,
  record: Record,
): Promise<BenchFigure[]> {
  progress(`a burst of ${BURST} answer submits at once`);
  const teacher = sandbox.user('bench-teacher');
  const question = (await teacher.slash('quiz', { topic: 'nmj-depolarization', kind: 'frq' })).reply;
  if (!question) throw new Error('no question was posted');
  const modal = (await teacher.click(question, 'Answer')).modal as APIModalInteractionResponseCallbackData;
  const students = Array.from({ length: BURST }, (_, i) => sandbox.user(`bench-student-${i}`));
  const results = await Promise.all(
    students.map((s) => s.submitModal(modal, { 'part-0': ANSWER }, question)),
  );
  const lostCount = results.filter(lost).length;
  const acks = results.flatMap((r) => (r.ackMs === undefined ? [] : [r.ackMs]));
  const deferred = results.filter((r) => r.callbackType === 5).length;
  const p99 = percentile(acks, 99);
  record('burst_lost', lostCount);
  record('burst_ack_p99_ms', Math.round(p99));
  return [
    { label: `burst of ${BURST} submits: lost`, value: String(lostCount), target: '0', met: lostCount === 0 },
    { label: '  deferred (then edited with the feedback)', value: String(deferred) },
    {
      label: '  time to acknowledge p50 / p99',
      value: `${ms(percentile(acks, 50))} / ${ms(p99)}`,
      target: 'p99 < 2.5 s',
      met: p99 < 2500,
    },
  ];
}

async function flaky(
  sandbox: Sandbox,
  progress: (m: string) => void,
  record: Record,
): Promise<BenchFigure[]> {
  progress(`${FLAKY_INTERACTIONS} interactions with 2% of callbacks answered 5xx`);
  sandbox.faults.set({
    latencyMs: 150,
    seed: 7,
    rest: [
      { route: 'callback', lost: true, rate: 0.01 },
      { route: 'callback', status: 503, rate: 0.01 },
    ],
  });
  const user = sandbox.user('bench-flaky');
  let next = 0;
  let lostCount = 0;
  const worker = async () => {
    while (next < FLAKY_INTERACTIONS) {
      const i = next++;
      const result = i % 2 ? await user.slash('ping') : await user.slash('define', { term: 'osmosis' });
      if (lost(result)) lostCount++;
    }
  };
  await Promise.all(Array.from({ length: FLAKY_CONCURRENCY }, worker));
  const injected = sandbox.faults.injectedCount;
  sandbox.faults.set(FAULT_PRESETS['latency-150ms'] ?? {});
  record('flaky_lost', lostCount);
  return [
    {
      label: `2% callbacks 5xx: lost of ${FLAKY_INTERACTIONS}`,
      value: String(lostCount),
      target: '0',
      met: lostCount === 0,
    },
    { label: '  callbacks answered 5xx (injected)', value: String(injected) },
  ];
}

async function halfOpen(
  sandbox: Sandbox,
  progress: (m: string) => void,
  record: Record,
): Promise<BenchFigure[]> {
  progress("half-open gateway with Discord's 41.25 s heartbeat (takes about a minute)");
  const user = sandbox.user('bench-halfopen');
  await user.slash('ping');
  const started = performance.now();
  sandbox.halfOpen();
  await sandbox.waitForBot(180_000);
  const seconds = (performance.now() - started) / 1000;
  let answered = 0;
  for (let i = 0; i < AFTER_RESUME; i++) if (!lost(await user.slash('ping'))) answered++;
  record('halfopen_detect_s', Math.round(seconds * 10) / 10);
  return [
    {
      label: 'half-open gateway noticed and resumed after',
      value: `${seconds.toFixed(1)} s`,
      target: '< 60 s',
      met: seconds < 60,
    },
    {
      label: '  interactions after the resume answered',
      value: `${answered} / ${AFTER_RESUME}`,
      target: 'all',
      met: answered === AFTER_RESUME,
    },
  ];
}
