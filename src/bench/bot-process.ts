import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { Config } from '../config/index.js';
import type { Sandbox } from '../sandbox/index.js';
import { nextMessage, sandboxBotEnv } from './child-message.js';

/** Messages the benchmark sends to the bot process. */
export type ParentMessage = { type: 'memory' } | { type: 'stop' };
/** Messages the bot process sends back. */
export type ChildMessage =
  | { type: 'ready'; appToReadyMs: number; processToReadyMs: number }
  | { type: 'memory'; rss: number; heapTotal: number; liveHeap: number; external: number };

/**
 * The bot process's memory (bytes): resident set size and the V8 heap reserved, both as found;
 * then the live JS heap and off-heap buffers (external) after a full collection.
 */
export interface BotMemory {
  readonly rss: number;
  readonly heapTotal: number;
  readonly liveHeap: number;
  readonly external: number;
}

/** A bot running in a child process, connected to the sandbox. */
export interface BotProcess {
  /** createApp (content load and index) to READY, and process start (Node, tsx, imports) to READY. */
  readonly ready: { appToReadyMs: number; processToReadyMs: number };
  /** RSS, then the JS heap still live after a full GC. */
  memory(): Promise<BotMemory>;
  stop(): Promise<void>;
}

/** Forks ./bot-child.ts (through tsx, plus `nodeFlags`) pointed at the sandbox and waits for READY. */
export async function startBotProcess(
  sandbox: Sandbox,
  config: Config,
  nodeFlags: readonly string[] = [],
): Promise<BotProcess> {
  const child = fork(join(import.meta.dirname, 'bot-child.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...nodeFlags],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...sandboxBotEnv(sandbox), CONTENT_DIR: config.CONTENT_DIR },
  });
  const ready = await next(child, 'ready', 60_000);
  return {
    ready,
    async memory() {
      const reply = next(child, 'memory', 10_000);
      child.send({ type: 'memory' } satisfies ParentMessage);
      const { type: _, ...usage } = await reply;
      return usage;
    },
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send({ type: 'stop' } satisfies ParentMessage);
      const timer = setTimeout(() => child.kill(), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function next<T extends ChildMessage['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<ChildMessage, { type: T }>> {
  return nextMessage<ChildMessage, T>(child, type, timeoutMs);
}
