import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../../src/app.js';
import { startBotInSandbox } from '../../src/cli/sandbox-bot.js';
import { parseConfig } from '../../src/config/index.js';
import type { Command } from '../../src/discord/command.js';
import { createLogger, type Logger, silentLogger } from '../../src/logger.js';
import {
  type InteractionResult,
  type Sandbox,
  type SandboxMessage,
  type SandboxOptions,
  startSandbox,
} from '../../src/sandbox/index.js';

/** A sandbox with the real bot connected to it. */
export interface Harness {
  readonly sandbox: Sandbox;
  readonly app: App;
  close(): Promise<void>;
}

/**
 * Starts the sandbox and boots the real app against it (commands registered in the sandbox guild).
 * Uses the repository's content pack, or CONTENT_DIR when set.
 */
export async function bootBot(
  opts: { extraCommands?: readonly Command[]; logger?: Logger; sandbox?: SandboxOptions } = {},
): Promise<Harness> {
  const sandbox = await startSandbox({ settleMs: 20, ...opts.sandbox });
  try {
    const config = parseConfig({ CONTENT_DIR: process.env.CONTENT_DIR });
    const app = await startBotInSandbox(sandbox, {
      logger: opts.logger ?? silentLogger(),
      config,
      extraCommands: opts.extraCommands,
    });
    return {
      sandbox,
      app,
      async close() {
        await app.stop();
        await sandbox.close();
      },
    };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

/** A sandbox and a bot on a real database file that a restart keeps (see {@link withRestartableBot}). */
export interface RestartableBot {
  readonly sandbox: Sandbox;
  /** The bot running now. */
  readonly app: App;
  readonly databasePath: string;
  /** Stops the bot and starts a new one on the same file; the sandbox, its messages and clock stay. */
  restart(): Promise<void>;
  /** Stops the bot for good (to read the file it leaves). */
  stop(): Promise<void>;
}

/**
 * Runs `body` with a bot whose database is a file in a fresh temporary folder, for tests of what
 * survives a restart. Afterwards the bot and sandbox are stopped and the folder removed.
 */
export async function withRestartableBot(body: (bot: RestartableBot) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tutor-restart-'));
  const databasePath = join(dir, 'tutor.db');
  const sandbox = await startSandbox({ settleMs: 20 });
  const start = () => startBotInSandbox(sandbox, { logger: silentLogger(), databasePath });
  let app: App | undefined;
  try {
    app = await start();
    await body({
      sandbox,
      databasePath,
      get app() {
        if (!app) throw new Error('the bot was stopped');
        return app;
      },
      async restart() {
        await app?.stop();
        app = undefined;
        app = await start();
        await sandbox.waitForBot();
      },
      async stop() {
        await app?.stop();
        app = undefined;
      },
    });
  } finally {
    await app?.stop();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Labels of every button on a message, in order. */
export function buttonLabels(message: SandboxMessage | undefined): string[] {
  return (message?.components ?? []).flatMap((row) =>
    (row.components as { label?: string }[]).map((c) => c.label ?? ''),
  );
}

/** custom_ids of every button on a message, in order. */
export function buttonIds(message: SandboxMessage | undefined): string[] {
  return (message?.components ?? []).flatMap((row) =>
    (row.components as { custom_id?: string }[]).map((c) => c.custom_id ?? ''),
  );
}

/** The letter a multiple-choice option was posted under, read from the posted embed ("**B.** text"). */
export function postedLetter(posted: SandboxMessage, text: string): string {
  const line = posted.embeds[0]?.description?.split('\n').find((l) => l.endsWith(` ${text}`)) ?? '';
  const letter = /^\*\*([A-F])\.\*\*/.exec(line)?.[1];
  if (!letter) throw new Error(`"${text}" is not on the posted question`);
  return letter;
}

/** The interaction's reply message; fails the test with a clear message when there is none. */
export function replyOf(result: InteractionResult): SandboxMessage {
  if (!result.reply)
    throw new Error(`no reply (callback ${result.callbackType}${result.failed ? `, ${result.failed}` : ''})`);
  return result.reply;
}

/** The term id at the end of a `define:<action>:<id>` custom_id. */
export function termIdOf(id: string | undefined): string {
  const termId = id?.split(':')[2];
  if (!termId) throw new Error(`not a define custom_id: ${id}`);
  return termId;
}

/** A logger that keeps its JSON lines in memory, so a test can check what was logged. */
export function memoryLogger(): { logger: Logger; lines(): Record<string, unknown>[] } {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: {
      write(line: string) {
        lines.push(line);
      },
    },
  });
  return { logger, lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}
