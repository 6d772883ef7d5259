import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The repository root, where `src/cli.ts` lives. */
export const root = join(import.meta.dirname, '..', '..');

/** What a finished child process printed, and how it exited. */
export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Collects a child's output until it closes. npm's own warnings are dropped from stderr so that
 * assertions about "one sentence on stderr" see only what the bot printed.
 */
export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr: stderr.replace(/^npm warn .*\n/gm, '') }));
  });
}

/**
 * Starts `npx tsx src/cli.ts …` as a child with stdin a pipe holding `input`, then closed (so, not a terminal). Discord
 * keys are set to empty strings so that a developer's own .env cannot change what these tests see.
 */
export function spawnTutor(args: string[], env: Record<string, string> = {}, input = ''): ChildProcess {
  const child = spawn('npx', ['tsx', 'src/cli.ts', ...args], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: '',
      DISCORD_APPLICATION_ID: '',
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: '',
      LOG_LEVEL: '',
      CONTENT_DIR: process.env.CONTENT_DIR ?? '',
      ...env,
    },
  });
  child.stdin?.end(input);
  return child;
}

/** Runs `tutor …` (see {@link spawnTutor}) to the end and collects what it printed. */
export function runTutor(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  return finished(spawnTutor(args, env));
}
