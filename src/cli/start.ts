import { type App, createApp } from '../app.js';
import { explainDiscordFailure } from '../discord/startup-errors.js';
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
  let app: App | undefined;
  try {
    const started = createApp({ config, logger });
    app = started;
    keepAliveOnStrayErrors(logger);
    const stopped = untilSignal(() => started.stop(), logger);
    await started.start();
    // Runs until a signal, or until Discord closes the gateway for good (a token reset while running).
    const fatal = await Promise.race([stopped.then(() => undefined), started.bot.fatal]);
    if (!fatal) return 0;
    throw fatal;
  } catch (error) {
    await app?.stop().catch(() => undefined);
    const sentence = explainDiscordFailure(error, config.DISCORD_API_URL);
    if (sentence) {
      println(io.stderr, sentence);
      return 1;
    }
    return explainStartupError(error, io);
  }
}

function isInteractive(io: CliIO): boolean {
  return Boolean(io.stdin.isTTY && io.stdout.isTTY);
}
