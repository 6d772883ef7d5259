import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths pino blanks out wherever they appear. The token must never reach a log line, even if
 * someone logs the whole config or a discord.js object by mistake.
 */
const REDACT_PATHS = [
  'DISCORD_TOKEN',
  'token',
  '*.DISCORD_TOKEN',
  '*.token',
  'config.DISCORD_TOKEN',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * Creates the process logger: JSON lines to stderr (stdout stays free for CLI output such as
 * `tutor grade`), with the token redacted.
 */
export function createLogger(
  opts: { level?: LevelWithSilent; destination?: DestinationStream } = {},
): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: undefined,
    },
    opts.destination ?? pino.destination(2),
  );
}

/** A logger that drops everything; handy for tests and benchmarks. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
