import { parseArgs } from 'node:util';
import { createLogger } from '../logger.js';
import { seededRandom } from '../random.js';
import { runPlay } from '../sandbox/terminal/index.js';
import { configFor } from './runtime.js';
import { startBotInSandbox } from './sandbox-bot.js';
import type { CliIO } from './types.js';

/**
 * Runs the offline sandbox with the real bot in it: interactively (a prompt reading lines such as
 * `/define term:depolarization`) or, with a script, prints the transcript and exits.
 */
export async function playSession(
  io: CliIO,
  script: string | undefined,
  saveFilesDir?: string,
  seed?: number,
): Promise<number> {
  const config = configFor(io);
  if (!config) return 1;
  // The terminal is the interface here; only warnings and worse from the bot go to stderr unless asked.
  const logger = createLogger({ level: io.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn' });
  return runPlay({
    input: io.stdin,
    output: io.stdout,
    script,
    interactive: script === undefined,
    saveFilesDir,
    // DATABASE_PATH set by the user: keep data there, so two runs share it; otherwise a throw-away file.
    startBot: (sandbox) =>
      startBotInSandbox(sandbox, {
        logger,
        config,
        databasePath: io.env.DATABASE_PATH || undefined,
        // --seed fixes every random choice (which questions a challenge draws), so a script replays the same.
        ...(seed === undefined ? {} : { random: seededRandom(seed) }),
      }),
  });
}

/** `tutor play [--script <file>] [--save-files <dir>] [--seed <n>]`. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      script: { type: 'string', short: 's' },
      'save-files': { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    io.stderr.write(`--seed takes a whole number, not "${values.seed}".\n`);
    return 2;
  }
  return playSession(io, values.script, values['save-files'], seed);
}
