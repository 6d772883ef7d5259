import { z } from 'zod';

/** Discord ids ("snowflakes") are 17–20 decimal digits; kept as strings because they exceed 2^53. */
const snowflake = z.string().regex(/^\d{17,20}$/);

/** The log levels pino understands, most verbose last. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every environment variable the bot reads. Empty strings count as "not set" so that a copied
 * `.env.example` with blank values behaves like a missing key rather than a malformed one.
 */
export const configSchema = z.object({
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DATABASE_PATH: z.string().min(1).default('./data/tutor.db'),
  CONTENT_DIR: z.string().min(1).default('./content'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** The validated, frozen configuration. */
export type Config = Readonly<z.output<typeof configSchema>>;

/** The names of all configuration keys, in the order `.env.example` documents them. */
export const CONFIG_KEYS = Object.keys(configSchema.shape) as (keyof Config)[];

/** What a malformed value of each key should look like, phrased for the end of a sentence. */
export const EXPECTED: Record<keyof Config, string> = {
  DISCORD_TOKEN: 'a bot token from the Discord developer portal',
  DISCORD_APPLICATION_ID: 'a Discord id (17–20 digits)',
  DISCORD_GUILD_ID: 'a Discord id (17–20 digits)',
  DATABASE_PATH: 'a file path',
  CONTENT_DIR: 'a directory path',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  DISCORD_API_URL: 'an http(s) URL such as http://127.0.0.1:8080/api',
};

/** Keys whose value must never be echoed back, not even in an error message. */
export const SECRET_KEYS: ReadonlySet<keyof Config> = new Set(['DISCORD_TOKEN']);
