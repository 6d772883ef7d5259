import type { Readable, Writable } from 'node:stream';

/** The process's streams and environment, passed in so subcommands can be tested without a real terminal. */
export interface CliIO {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
}

/** What a subcommand's module exports: `export async function run(args, io): Promise<number>` (the exit code). */
export interface SubcommandModule {
  run(args: string[], io: CliIO): Promise<number>;
}

/**
 * One `tutor` subcommand as listed in ./registry.ts. `name` may be several words ("content check");
 * the CLI picks the entry whose words match the start of argv and passes the rest as `args`.
 * The module is imported only when chosen, so `tutor grade` does not pay for loading discord.js.
 */
export interface Subcommand {
  readonly name: string;
  /** One line for `tutor help`. */
  readonly summary: string;
  /** Shown by `tutor help`, e.g. "[--script <file>]". */
  readonly usage?: string;
  load(): Promise<SubcommandModule>;
}

/** Writes one line to a stream. */
export function println(stream: Writable, line = ''): void {
  stream.write(`${line}\n`);
}
