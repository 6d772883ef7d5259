import { loadavg } from 'node:os';
import { commands } from '../../commands/index.js';
import { type Config, parseConfig } from '../config/index.js';
import { deployCommands } from '../discord/deploy.js';
import { type Sandbox, type SandboxUser, startSandbox } from '../sandbox/index.js';
import { autocompleteBotSide } from './autocomplete-bench.js';
import { BENCH_QUERIES } from './bench-terms.js';
import { type BotMemory, startBotProcess } from './bot-process.js';
import { startNodeFlags } from './start-flags.js';
import { mb, ms, percentile, timeEach } from './stats.js';
import type { BenchFigure, BenchSection } from './types.js';

const ROUND_TRIPS = 400;
const WARM_UP = 100;
const LOAD_INTERACTIONS = 5_000;
const LOAD_CONCURRENCY = 8;
const MEMORY_TARGET_MB = 150;

/**
 * The Discord runtime through the sandbox. The bot runs in its own process (so its memory is its
 * own) and the sandbox and driver in this one: start-up to READY, /define vs /ping round trips,
 * autocomplete latency over a 500-card pack, and the bot's resident memory after 5,000 interactions.
 */
export const discordBench: BenchSection = {
  name: 'discord',
  title: 'Discord runtime (bot in its own process, driven through the offline sandbox)',
  async run({ progress }) {
    const config = parseConfig({ CONTENT_DIR: process.env.CONTENT_DIR });
    const figures: BenchFigure[] = [
      { label: 'machine load average (1 min) at start', value: (loadavg()[0] ?? 0).toFixed(2) },
      ...autocompleteBotSide(config, progress),
    ];
    // settleMs 0: a result returns as soon as the bot's response arrives, so we time the bot, not a quiet window.
    const sandbox = await startSandbox({ settleMs: 0 });
    try {
      await deployCommands(sandbox, commands);
      // The main run starts the bot with exactly the Node flags of `npm start`, so the figures are
      // the ones a server owner gets; the second run shows what those flags save.
      const flags = startNodeFlags();
      figures.push(...(await defaultRun(sandbox, config, flags, progress)));
      figures.push(...(await memoryRun(sandbox, config, [], progress)));
      figures.push({
        label: 'sandbox protocol errors',
        value: String(sandbox.errors.length),
        target: '0',
        met: sandbox.errors.length === 0,
      });
    } finally {
      await sandbox.close();
    }
    return figures;
  },
};

/** The bot as `npm start` runs it: start-up, round trips, and memory after the load. */
async function defaultRun(
  sandbox: Sandbox,
  config: Config,
  flags: readonly string[],
  progress: (m: string) => void,
): Promise<BenchFigure[]> {
  progress(`starting the bot process as npm start does (node ${flags.join(' ')})`);
  const bot = await startBotProcess(sandbox, config, flags);
  try {
    const figures: BenchFigure[] = [
      { label: 'start-up: createApp (content, 500-card index) to READY', value: ms(bot.ready.appToReadyMs) },
      {
        label: 'start-up: process start (Node, tsx, imports) to READY',
        value: ms(bot.ready.processToReadyMs),
      },
      memoryFigure('bot memory at READY', await bot.memory()),
    ];
    const user = sandbox.user('bench');
    figures.push(...(await roundTrips(user, progress)));
    const acSamples = await timeEach(500, (i) =>
      user.autocomplete('define', 'term', BENCH_QUERIES[i % BENCH_QUERIES.length] ?? ''),
    );
    figures.push({
      label: 'autocomplete round trip through the sandbox p50 / p99',
      value: `${ms(percentile(acSamples, 50))} / ${ms(percentile(acSamples, 99))}`,
    });
    await load(user, progress);
    figures.push(memoryTarget(`bot memory after ${LOAD_INTERACTIONS} more interactions`, await bot.memory()));
    return figures;
  } finally {
    await bot.stop();
  }
}

/**
 * The same load on a bot started with other Node flags (none: Node's defaults). With the defaults
 * V8 lets its heap grow to about three times the live data (~100 MB reserved for ~33 MB live)
 * before collecting; `--optimize-for-size` makes it collect sooner, which is why `npm start` uses it.
 */
async function memoryRun(
  sandbox: Sandbox,
  config: Config,
  flags: readonly string[],
  progress: (m: string) => void,
): Promise<BenchFigure[]> {
  const how = flags.length === 0 ? "Node's default flags" : `node ${flags.join(' ')}`;
  progress(`memory again with ${how}`);
  const bot = await startBotProcess(sandbox, config, flags);
  try {
    await load(sandbox.user('bench'), progress);
    return [memoryTarget(`  same load, bot started with ${how} (for comparison)`, await bot.memory())];
  } finally {
    await bot.stop();
  }
}

async function roundTrips(user: SandboxUser, progress: (m: string) => void): Promise<BenchFigure[]> {
  progress(`/define vs /ping: ${ROUND_TRIPS} round trips each`);
  await timeEach(WARM_UP, (i) =>
    i % 2 ? user.slash('ping') : user.slash('define', { term: 'depolarization' }),
  );
  const ping: number[] = [];
  const defineSamples: number[] = [];
  // Interleaved so that drift (GC, JIT, other processes on the box) hits both equally.
  for (let i = 0; i < ROUND_TRIPS; i++) {
    ping.push(...(await timeEach(1, () => user.slash('ping'))));
    const term = i % 2 ? 'depolarization' : 'Na/K pump';
    defineSamples.push(...(await timeEach(1, () => user.slash('define', { term }))));
  }
  const ratio = (p: number) => percentile(defineSamples, p) / percentile(ping, p);
  return [
    {
      label: '/ping round trip p50 / p99',
      value: `${ms(percentile(ping, 50))} / ${ms(percentile(ping, 99))}`,
    },
    {
      label: '/define round trip p50 / p99',
      value: `${ms(percentile(defineSamples, 50))} / ${ms(percentile(defineSamples, 99))}`,
    },
    {
      label: '/define ÷ /ping at p50',
      value: `${ratio(50).toFixed(2)}×`,
      target: '≤ 1.5×',
      met: ratio(50) <= 1.5,
    },
    {
      label: '/define ÷ /ping at p99',
      value: `${ratio(99).toFixed(2)}×`,
      target: '≤ 1.5×',
      met: ratio(99) <= 1.5,
    },
  ];
}

async function load(user: SandboxUser, progress: (m: string) => void): Promise<void> {
  progress(
    `${LOAD_INTERACTIONS} interactions (define, ping, autocomplete, section buttons) for the memory figure`,
  );
  const card = (await user.slash('define', { term: 'depolarization' })).reply;
  let next = 0;
  const worker = async () => {
    while (next < LOAD_INTERACTIONS) {
      const i = next++;
      const query = BENCH_QUERIES[i % BENCH_QUERIES.length] || 'synapse';
      if (i % 4 === 0) await user.slash('define', { term: query });
      else if (i % 4 === 1) await user.slash('ping');
      else if (i % 4 === 2) await user.autocomplete('define', 'term', query);
      else if (card) await user.click(card, 'Explanation');
    }
  };
  await Promise.all(Array.from({ length: LOAD_CONCURRENCY }, worker));
}

function memoryFigure(label: string, usage: BotMemory): BenchFigure {
  return {
    label,
    value: `RSS ${mb(usage.rss)} (V8 heap ${mb(usage.heapTotal)}, live ${mb(usage.liveHeap)}, external ${mb(usage.external)})`,
  };
}

function memoryTarget(label: string, usage: BotMemory): BenchFigure {
  return {
    ...memoryFigure(label, usage),
    target: `RSS < ${MEMORY_TARGET_MB} MB`,
    met: usage.rss < MEMORY_TARGET_MB * 1024 * 1024,
  };
}
