import { config as loadDotenvFile } from 'dotenv';
import { parseConfig } from './load.js';
import type { Config } from './schema.js';

export { ConfigError, parseConfig, requireApplicationId, requireLive } from './load.js';
export { CONFIG_KEYS, type Config, LOG_LEVELS } from './schema.js';

/**
 * Loads `.env` (if present) into process.env without overriding variables already set, then
 * validates. Call once, at the entry point; everything else receives the Config object.
 */
export function loadConfig(opts: { envFile?: string; env?: NodeJS.ProcessEnv } = {}): Config {
  const env = opts.env ?? process.env;
  // quiet: dotenv 17+ prints a banner otherwise, which would pollute CLI output such as `tutor grade`.
  loadDotenvFile({ path: opts.envFile ?? '.env', processEnv: env as Record<string, string>, quiet: true });
  return parseConfig(env);
}
