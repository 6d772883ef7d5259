import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { startNodeFlags } from '../../src/bench/start-flags.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js';
import { finished, root } from './run-tutor.js';

/**
 * `tutor deploy` and `tutor start` exactly as a server owner runs them, with the sandbox standing
 * in for discord.com (only DISCORD_API_URL differs). node --import tsx rather than npx, so the
 * signal reaches the bot's own process.
 */
function tutor(args: string[], sandbox: Sandbox, env: Record<string, string> = {}): ChildProcess {
  // The Node flags of the `npm start` script, so the bot runs here as it does for a server owner.
  return spawn(process.execPath, [...startNodeFlags(), '--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: sandbox.token,
      DISCORD_APPLICATION_ID: sandbox.applicationId,
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: sandbox.restUrl,
      CONTENT_DIR: process.env.CONTENT_DIR ?? '',
      LOG_LEVEL: 'info',
      // A throw-away database, never the developer's ./data/tutor.db.
      DATABASE_PATH: join(dataDir, 'tutor.db'),
      ...env,
    },
  });
}

let sandbox: Sandbox;
const dataDir = mkdtempSync(join(tmpdir(), 'live-start-'));
beforeAll(async () => {
  sandbox = await startSandbox({ settleMs: 20 });
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('going live (against the sandbox in place of discord.com)', () => {
  it('tutor deploy with DISCORD_GUILD_ID registers the commands in that server only', async () => {
    const run = await finished(tutor(['deploy'], sandbox, { DISCORD_GUILD_ID: sandbox.guildId }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`in server ${sandbox.guildId}`);
    // Every command of commands/index.ts, in its order (each room adds its own there).
    expect(sandbox.registeredCommands(sandbox.guildId).map((c) => c.name)).toEqual(
      commands.map((c) => c.data.name),
    );
    expect(commands.map((c) => c.data.name)).toEqual(
      expect.arrayContaining(['define', 'quiz', 'challenge', 'help', 'ping']),
    );
  }, 90_000);

  it('tutor deploy without DISCORD_GUILD_ID registers global commands', async () => {
    const run = await finished(tutor(['deploy'], sandbox));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('global commands');
    expect(sandbox.registeredCommands().map((c) => c.name)).toContain('define');
  }, 90_000);

  it('tutor start answers interactions, never logs the token, and exits 0 on SIGTERM', async () => {
    const child = tutor(['start'], sandbox);
    const run = finished(child);
    // A cold tsx start of a second process can take tens of seconds while the rest of the suite
    // runs on two cores; the assertion is that it answers, not how fast.
    await sandbox.waitForBot(80_000);
    const result = await sandbox.user('ana').slash('ping');
    expect(result.reply?.content).toBe('Pong!');
    child.kill('SIGTERM');
    const { code, stderr } = await run;
    expect(code).toBe(0);
    expect(stderr).toContain('bot is ready');
    expect(stderr).toContain('shutting down');
    expect(stderr).not.toContain(sandbox.token);
  }, 90_000);
});
