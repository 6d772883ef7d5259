import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, createApp } from '../app.js';
import { type Config, parseConfig } from '../config/index.js';
import type { Term } from '../content/term-schema.js';
import type { Command } from '../discord/command.js';
import { deployCommands } from '../discord/deploy.js';
import type { Logger } from '../logger.js';
import type { Random } from '../random.js';
import type { Sandbox } from '../sandbox/index.js';

/** Options for {@link startBotInSandbox}. */
export interface SandboxBotOptions {
  readonly logger: Logger;
  /** Base configuration (CONTENT_DIR, LOG_LEVEL…); Discord keys and DATABASE_PATH are replaced. */
  readonly config?: Config;
  readonly terms?: readonly Term[];
  readonly extraCommands?: readonly Command[];
  /**
   * Keep data in this file (the user set DATABASE_PATH) instead of a throw-away one, so two runs
   * share what they stored; it is never deleted.
   */
  readonly databasePath?: string;
  /** Seeded randomness for reproducible runs (default Math.random). */
  readonly random?: Random;
}

/**
 * Boots the real app against a running sandbox exactly as it would run against Discord, except
 * for the REST base URL and the clock (the sandbox's, so `advance` moves the bot's time too):
 * commands are registered in the sandbox guild (what `tutor deploy` does), and the database lives
 * in a fresh temporary folder that `stop` removes again, unless `databasePath` names a file to keep.
 * It resolves once the jobs that were overdue at start-up have run.
 */
export async function startBotInSandbox(sandbox: Sandbox, opts: SandboxBotOptions): Promise<App> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tutor-sandbox-'));
  const base = opts.config ?? parseConfig({});
  const config = parseConfig({
    CONTENT_DIR: base.CONTENT_DIR,
    LOG_LEVEL: base.LOG_LEVEL,
    DISCORD_TOKEN: sandbox.token,
    DISCORD_APPLICATION_ID: sandbox.applicationId,
    DISCORD_GUILD_ID: sandbox.guildId,
    DISCORD_API_URL: sandbox.restUrl,
    DATABASE_PATH: opts.databasePath ?? join(dataDir, 'tutor.db'),
  });
  let app: App | undefined;
  try {
    app = createApp({
      config,
      logger: opts.logger,
      terms: opts.terms,
      extraCommands: opts.extraCommands,
      clock: sandbox.clock,
      random: opts.random,
    });
    // Every sandbox server gets the commands, so the second server can prove isolation.
    for (const guild of sandbox.guilds) {
      await deployCommands(
        {
          token: sandbox.token,
          applicationId: sandbox.applicationId,
          guildId: guild.id,
          restUrl: sandbox.restUrl,
        },
        app.commands,
      );
    }
    await app.start(sandbox.token);
    // Whatever fell due while no bot ran (a reveal, a deadline, a daily post) runs as soon as the bot
    // is ready. Waiting for it here makes a restart deterministic: the first script line or test
    // step sees its posts, instead of racing the REST calls on a busy machine.
    await app.ctx.jobs.idle();
  } catch (error) {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const started = app;
  return {
    ...started,
    async stop() {
      await started.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
