import { type Config, ConfigError, loadConfig } from '../config/index.js';
import { ContentPackError } from '../content/content-error.js';
import { createLogger, type Logger } from '../logger.js';
import { StoreOpenError } from '../store/errors.js';
import { type CliIO, println } from './types.js';

/**
 * Loads `.env` and validates the configuration for a subcommand. Returns undefined after printing
 * the one-sentence error when the configuration is malformed.
 */
export function configFor(io: CliIO): Config | undefined {
  try {
    return loadConfig({ env: io.env });
  } catch (error) {
    if (error instanceof ConfigError) {
      println(io.stderr, error.message);
      return undefined;
    }
    throw error;
  }
}

/** The process logger for a configuration (JSON lines on stderr). */
export function loggerFor(config: Config): Logger {
  return createLogger({ level: config.LOG_LEVEL });
}

/**
 * Turns the errors a user can fix (bad config, broken content, an unusable database file) into a printed message and exit
 * code 1; anything else is rethrown as a bug.
 */
export function explainStartupError(error: unknown, io: CliIO): number {
  if (error instanceof ConfigError || error instanceof ContentPackError || error instanceof StoreOpenError) {
    println(io.stderr, error.message);
    return 1;
  }
  throw error;
}

/**
 * Resolves on the first SIGINT or SIGTERM after running `stop`, so a long-running subcommand can
 * `await` it and shut down cleanly (gateway closed, pending REST calls finished).
 */
export function untilSignal(stop: () => Promise<void>, logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      logger.info({ signal }, 'shutting down');
      stop()
        .catch((err) => logger.error({ err }, 'error during shutdown'))
        .finally(resolve);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Logs stray promise rejections instead of letting Node end the process (one bad handler must not stop the bot). */
export function keepAliveOnStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
}
