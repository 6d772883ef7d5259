import { createApp } from '../app.js';
import { playSession } from './play.js';
import { configFor, explainStartupError, keepAliveOnStrayErrors, loggerFor, untilSignal } from './runtime.js';
import { type CliIO, println } from './types.js';

/** The sentence printed when there is no token and nobody at a terminal to play with. */
export const NO_TOKEN_MESSAGE =
  'DISCORD_TOKEN is not set, so the bot cannot connect to Discord; copy .env.example to .env and add your bot token (or run `npm run play` to try it offline).';

/**
 * `tutor start`: connects to Discord with DISCORD_TOKEN and runs until SIGINT/SIGTERM. Without a
 * token it opens the offline sandbox when a person is at the terminal, and otherwise (a service
 * manager, CI) fails fast with one sentence rather than waiting on a prompt nobody will answer.
 */
export async function run(_args: string[], io: CliIO): Promise<number> {
  const config = configFor(io);
  if (!config) return 1;
  if (!config.DISCORD_TOKEN) {
    if (!isInteractive(io)) {
      println(io.stderr, NO_TOKEN_MESSAGE);
      return 1;
    }
    println(
      io.stdout,
      'No DISCORD_TOKEN is set, so here is the offline sandbox: a local Discord with the real bot in it.',
    );
    return playSession(io, undefined);
  }
  const logger = loggerFor(config);
  try {
    const app = createApp({ config, logger });
    keepAliveOnStrayErrors(logger);
    const stopped = untilSignal(() => app.stop(), logger);
    await app.start();
    await stopped;
    return 0;
  } catch (error) {
    return explainStartupError(error, io);
  }
}

function isInteractive(io: CliIO): boolean {
  return Boolean(io.stdin.isTTY && io.stdout.isTTY);
}
