import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { commands } from '../../commands/index.js';
import { deployCommands } from '../discord/deploy.js';
import type { Sandbox } from '../sandbox/index.js';
import { startNodeFlags } from './start-flags.js';

/**
 * Registers the bot's commands in the sandbox guild and starts `script` (a file beside this one) as the bot
 * in its own process, pointed at the sandbox, so a bench measures the bot on its own event loop.
 */
export async function forkBenchBot(
  sandbox: Sandbox,
  script: string,
  env: Record<string, string>,
): Promise<ChildProcess> {
  await deployCommands(sandbox, commands);
  return fork(join(import.meta.dirname, script), [], {
    // The bot as `npm start` runs it (its Node flags, e.g. --optimize-for-size), so memory figures
    // describe the production process.
    execArgv: [...startNodeFlags(), '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...sandboxBotEnv(sandbox), ...env },
  });
}

/** The environment a bench's bot process starts with: this one's, pointed at the sandbox. */
export function sandboxBotEnv(sandbox: Sandbox): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: sandbox.token,
    DISCORD_APPLICATION_ID: sandbox.applicationId,
    DISCORD_API_URL: sandbox.restUrl,
  };
}

/**
 * Resolves with `child`'s next IPC message of type `type` (sending `request` first, if any); rejects when
 * the child exits or stays silent for `timeoutMs`. Every bench that runs the bot in its own process talks
 * to it this way.
 */
export function nextMessage<M extends { type: string }, T extends M['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
  request?: unknown,
): Promise<Extract<M, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`bot process sent no "${type}" within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: M) => {
      if (message.type === type) done(undefined, message as Extract<M, { type: T }>);
    };
    const onExit = (code: number | null) =>
      done(new Error(`bot process exited (code ${code}) before "${type}"`));
    function done(error?: Error, message?: Extract<M, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else if (message) resolve(message);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
    if (request !== undefined) child.send(request as object);
  });
}
