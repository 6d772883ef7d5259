import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createLogger } from '../logger.js';
import { seededRandom } from '../random.js';
import { FAULT_PRESETS, type FaultPlan } from '../sandbox/faults.js';
import { runPlay } from '../sandbox/terminal/index.js';
import { configFor } from './runtime.js';
import { startBotInSandbox } from './sandbox-bot.js';
import { type CliIO, println } from './types.js';

/**
 * Where the interactive sandbox writes the bot's log lines: next to the database (./data/play.log by
 * default, a git-ignored folder), so JSON lines never interleave with the chat.
 */
export function playLogPath(databasePath: string): string {
  return resolve(join(dirname(databasePath), 'play.log'));
}

/**
 * Runs the offline sandbox with the real bot in it: interactively (a prompt reading lines such as
 * `/define term:depolarization`) or, with a script, prints the transcript and exits.
 */
export async function playSession(
  io: CliIO,
  script: string | undefined,
  saveFilesDir?: string,
  faults?: FaultPlan,
  seed?: number,
): Promise<number> {
  const config = configFor(io);
  if (!config) return 1;
  // DATABASE_PATH set by the user: keep data there, so two runs share it; otherwise a throw-away file.
  const databasePath = io.env.DATABASE_PATH || undefined;
  // --seed fixes every random choice (which questions a challenge draws), so a script replays the same.
  const seeded = seed === undefined ? {} : { random: seededRandom(seed) };
  if (script === undefined) {
    // The terminal is the chat: the bot's log lines (LOG_LEVEL, info unless set) go to a file instead.
    const path = playLogPath(config.DATABASE_PATH);
    const destination = pino.destination({ dest: path, mkdir: true, sync: true, append: true });
    const logger = createLogger({ level: config.LOG_LEVEL, destination });
    return runPlay({
      input: io.stdin,
      output: io.stdout,
      interactive: true,
      note: `The bot's log lines (LOG_LEVEL=${config.LOG_LEVEL}) go to ${path}.`,
      saveFilesDir,
      faults,
      startBot: (sandbox) => startBotInSandbox(sandbox, { logger, config, databasePath, ...seeded }),
    });
  }
  // A transcript goes to stdout; only warnings and worse from the bot go to stderr unless LOG_LEVEL asks.
  const logger = createLogger({ level: io.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn' });
  return runPlay({
    input: io.stdin,
    output: io.stdout,
    script,
    interactive: false,
    saveFilesDir,
    faults,
    startBot: (sandbox) => startBotInSandbox(sandbox, { logger, config, databasePath, ...seeded }),
  });
}

/** `tutor play [--script <file>] [--save-files <dir>] [--faults <name>] [--seed <n>]`. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      script: { type: 'string', short: 's' },
      'save-files': { type: 'string' },
      faults: { type: 'string' },
      seed: { type: 'string' },
    },
    strict: true,
  });
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    println(io.stderr, `--seed takes a whole number, not "${values.seed}".`);
    return 2;
  }
  let faults: FaultPlan | undefined;
  if (values.faults !== undefined) {
    faults = FAULT_PRESETS[values.faults];
    if (!faults) {
      println(
        io.stderr,
        `There is no fault preset "${values.faults}"; choose one of ${Object.keys(FAULT_PRESETS).join(', ')}.`,
      );
      return 2;
    }
    println(io.stderr, `The sandbox misbehaves on purpose: ${values.faults} (see src/sandbox/README.md).`);
  }
  return playSession(io, values.script, values['save-files'], faults, seed);
}
