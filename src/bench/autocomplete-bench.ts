import { define } from '../../commands/define.js';
import { loadContent } from '../app.js';
import type { Config } from '../config/index.js';
import { type AppContext, systemClock, systemRandom } from '../context.js';
import { JobScheduler } from '../jobs/scheduler.js';
import { silentLogger } from '../logger.js';
import { MEMORY, openStore } from '../store/index.js';
import { BENCH_QUERIES, benchTerms } from './bench-terms.js';
import { ms, percentile } from './stats.js';
import type { BenchFigure } from './types.js';

const AUTOCOMPLETE_CALLS = 10_000;

/**
 * Times the real /define autocomplete handler (search + choice mapping) in this process, without
 * the network. Wall time includes the OS running other processes; CPU time does not, but both
 * include garbage collection, which is what usually sets the p99 here.
 */
export function autocompleteBotSide(config: Config, progress: (m: string) => void): BenchFigure[] {
  const content = loadContent(config.CONTENT_DIR, benchTerms(config.CONTENT_DIR));
  const store = openStore(MEMORY);
  const ctx: AppContext = {
    config,
    content,
    logger: silentLogger(),
    clock: systemClock,
    random: systemRandom,
    store,
    jobs: new JobScheduler(systemClock, () => {}),
  };
  progress(`autocomplete handler: ${AUTOCOMPLETE_CALLS} calls over ${content.terms.length} cards`);
  let focused = '';
  const interaction = {
    options: { getFocused: () => focused },
    // The handler reads who is typing (an empty box lists that member's recent cards first).
    user: { id: 'bench-member' },
    respond: async () => {},
  } as unknown as Parameters<typeof define.autocomplete>[0];
  const call = (i: number) => {
    focused = BENCH_QUERIES[i % BENCH_QUERIES.length] ?? '';
    void define.autocomplete(interaction, ctx);
  };
  for (let i = 0; i < 1_000; i++) call(i);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < AUTOCOMPLETE_CALLS; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    call(i);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  store.close();
  const p99 = percentile(wall, 99);
  const over1ms = wall.filter((t) => t >= 1).length / wall.length;
  return [
    { label: `autocomplete handler p50 (${content.terms.length} cards)`, value: ms(percentile(wall, 50)) },
    { label: 'autocomplete handler p99 (wall)', value: ms(p99), target: '< 1 ms', met: p99 < 1 },
    { label: 'autocomplete handler p99 (CPU time)', value: ms(percentile(cpu, 99)) },
    { label: 'autocomplete calls taking ≥ 1 ms', value: `${(over1ms * 100).toFixed(2)} %` },
  ];
}
