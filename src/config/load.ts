import { CONFIG_KEYS, type Config, configSchema, EXPECTED, SECRET_KEYS } from './schema.js';

/** A configuration problem, phrased as one sentence that names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Validates environment variables and returns a frozen Config.
 * Reads only the keys it knows, treats blank values as unset, and throws a ConfigError whose
 * message names the first bad variable (never echoing a secret's value).
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const raw: Record<string, string> = {};
  for (const key of CONFIG_KEYS) {
    const value = env[key]?.trim();
    if (value) raw[key] = value;
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue?.path[0] ?? 'configuration') as keyof Config;
    const shown = SECRET_KEYS.has(key) ? '' : `; got ${JSON.stringify(raw[key])}`;
    throw new ConfigError(key, `${key} must be ${EXPECTED[key] ?? 'valid'}${shown}. See .env.example.`);
  }
  return Object.freeze({ ...result.data });
}

/** Throws unless the config can log in to Discord (token and application id present). */
export function requireLive(config: Config): asserts config is Config & {
  DISCORD_TOKEN: string;
  DISCORD_APPLICATION_ID: string;
} {
  if (!config.DISCORD_TOKEN) {
    throw new ConfigError(
      'DISCORD_TOKEN',
      'DISCORD_TOKEN is not set; copy .env.example to .env and fill it in.',
    );
  }
  requireApplicationId(config);
}

/** Throws unless DISCORD_APPLICATION_ID is set (needed to register commands). */
export function requireApplicationId(
  config: Config,
): asserts config is Config & { DISCORD_APPLICATION_ID: string } {
  if (!config.DISCORD_APPLICATION_ID) {
    throw new ConfigError(
      'DISCORD_APPLICATION_ID',
      'DISCORD_APPLICATION_ID is not set; copy it from the Discord developer portal into .env (see .env.example).',
    );
  }
}
