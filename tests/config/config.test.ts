import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/index.js';

const ID = '123456789012345678';

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('given an empty environment, applies the documented defaults and needs no token', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      DATABASE_PATH: './data/tutor.db',
      CONTENT_DIR: './content',
      LOG_LEVEL: 'info',
    });
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(parseConfig({ DISCORD_APPLICATION_ID: ID }))).toBe(true);
  });

  it('treats blank values (as copied from .env.example) as unset', () => {
    const config = parseConfig({ DISCORD_GUILD_ID: '  ', LOG_LEVEL: '' });
    expect(config.DISCORD_GUILD_ID).toBeUndefined();
    expect(config.LOG_LEVEL).toBe('info');
  });

  it('given a malformed guild id, says in one sentence which variable and what was wrong', () => {
    const error = errorOf(() => parseConfig({ DISCORD_GUILD_ID: 'abc' }));
    expect(error.variable).toBe('DISCORD_GUILD_ID');
    expect(error.message).toBe(
      'DISCORD_GUILD_ID must be a Discord id (17–20 digits); got "abc". See .env.example.',
    );
  });

  it('given an unknown log level, names LOG_LEVEL and lists the allowed levels', () => {
    const error = errorOf(() => parseConfig({ LOG_LEVEL: 'loud' }));
    expect(error.message).toMatch(
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "loud"/,
    );
  });

  it('rejects a DISCORD_API_URL that is not http(s)', () => {
    expect(errorOf(() => parseConfig({ DISCORD_API_URL: 'ftp://x' })).variable).toBe('DISCORD_API_URL');
    expect(parseConfig({ DISCORD_API_URL: 'http://127.0.0.1:9/api' }).DISCORD_API_URL).toBe(
      'http://127.0.0.1:9/api',
    );
  });

  it('ignores variables it does not know', () => {
    expect(Object.keys(parseConfig({ PATH: '/bin', HOME: '/root' }))).not.toContain('PATH');
  });

  it('loads a .env file without overriding variables already set in the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutor-config-'));
    const file = join(dir, '.env');
    writeFileSync(file, `DISCORD_APPLICATION_ID=${ID}\nLOG_LEVEL=debug\n`);
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    const config = loadConfig({ envFile: file, env });
    expect(config.DISCORD_APPLICATION_ID).toBe(ID);
    expect(config.LOG_LEVEL).toBe('warn');
  });
});
