import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { FaultPlan } from '../faults.js';
import { startSandbox } from '../sandbox.js';
import type { Sandbox } from '../types.js';
import { PlayParseError, parseLine } from './parse.js';
import { PlaySession } from './session.js';

/** Options for `runPlay`. */
export interface PlayOptions {
  /** Make the sandbox misbehave like Discord (`--faults <name>`); off when absent. */
  faults?: FaultPlan;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A file of play lines: run them, print the transcript, exit. */
  script?: string;
  interactive: boolean;
  startBot: (sandbox: Sandbox) => Promise<{ stop(): Promise<void> }>;
  /** A line printed under the interactive banner, e.g. where the bot's log lines go. */
  note?: string;
  /** Write every file the bot sends into this folder, under its own name. */
  saveFilesDir?: string;
}

/**
 * Starts the sandbox and the bot and plays lines from a script file or the input stream. Exit code 0 unless a
 * line failed (could not be parsed or carried out) or the sandbox recorded a protocol/limit error.
 */
export async function runPlay(opts: PlayOptions): Promise<number> {
  const print = (text: string) => {
    if (text) opts.output.write(`${text}\n`);
  };
  let lines: string[] | undefined;
  if (opts.script) {
    try {
      lines = readFileSync(opts.script, 'utf8').split(/\r?\n/);
    } catch (error) {
      print(`Cannot read script ${opts.script}: ${(error as Error).message}`);
      return 1;
    }
  }
  const saved: string[] = [];
  const saveFilesDir = opts.saveFilesDir;
  if (saveFilesDir) mkdirSync(saveFilesDir, { recursive: true });
  const sandbox = await startSandbox({
    faults: opts.faults,
    onFile: saveFilesDir ? (file) => saved.push(saveFile(saveFilesDir, file.name, file.bytes)) : undefined,
  });
  let bot: { stop(): Promise<void> } | undefined;
  let failures = 0;
  try {
    try {
      bot = await opts.startBot(sandbox);
      await sandbox.waitForBot();
    } catch (error) {
      print(`The bot did not start: ${(error as Error).message}`);
      return 1;
    }
    const session = new PlaySession(sandbox, opts.script ? { baseDir: dirname(opts.script) } : {});
    const echo = !opts.interactive;
    if (opts.interactive) {
      print(
        `Offline Discord sandbox — you are "${session.actor.name}" in #study-hall. Type help for commands.`,
      );
      if (opts.note) print(opts.note);
    }
    // Lines of an open `type <<` block, kept exactly (blank lines and leading # included) until a lone `.`.
    let block: string[] | undefined;
    const play = async (line: string): Promise<boolean> => {
      if (block) {
        if (line.trim() !== '.') {
          block.push(line.replace(/\r$/, ''));
          if (echo) print(`  ${line}`);
          return true;
        }
        if (echo) print('  .');
        const text = block.join('\n');
        block = undefined;
        return carryOut(() => session.run({ kind: 'type', text }));
      }
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return true;
      if (echo) print(`> ${trimmed}`);
      // A script whose `as` failed would run every later line as whoever acted before: its
      // replies ("This channel is not a class yet") would hide the real cause. It stops there.
      const stopOnFailure = !opts.interactive && /^as\s/.test(trimmed);
      return carryOut(() => {
        const command = parseLine(trimmed);
        if (command.kind === 'type-block') {
          block = [];
          return Promise.resolve({ text: '' });
        }
        return session.run(command);
      }, stopOnFailure);
    };
    const carryOut = async (
      step: () => Promise<{ text: string; quit?: boolean }>,
      stopOnFailure = false,
    ): Promise<boolean> => {
      try {
        const result = await step();
        print(result.text);
        for (const path of saved.splice(0)) print(`💾 saved ${path}`);
        return !result.quit;
      } catch (error) {
        failures++;
        const message = (error as Error).message;
        print(error instanceof PlayParseError ? `? ${message}` : `✖ ${message}`);
        print(session.newErrors());
        if (stopOnFailure) {
          print('The script stops here: the lines after a failed `as` would run as someone else.');
          return false;
        }
        return true;
      }
    };
    const unclosed = () => {
      if (!block) return;
      failures++;
      print('? type << was not closed: end the text with a line holding only a dot (.)');
    };
    if (lines) {
      for (const line of lines) if (!(await play(line))) break;
      unclosed();
    } else {
      const rl = createInterface({
        input: opts.input,
        output: opts.interactive ? opts.output : undefined,
        terminal: false,
      });
      const prompt = () => opts.interactive && opts.output.write(block ? '… ' : '> ');
      prompt();
      for await (const line of rl) {
        if (!(await play(line))) break;
        if (opts.interactive && !block) print('');
        prompt();
      }
      rl.close();
      unclosed();
    }
    print(session.newErrors());
  } finally {
    await bot?.stop().catch((error: Error) => print(`The bot did not stop cleanly: ${error.message}`));
    await sandbox.close();
  }
  if (sandbox.errors.length > 0) print(`${sandbox.errors.length} sandbox error(s) recorded.`);
  return failures > 0 || sandbox.errors.length > 0 ? 1 : 0;
}

/**
 * Writes a file the bot sent into `dir` under its own name (reduced to a plain file name, so a bot
 * cannot write outside the folder); a second file of the same name in one run gets `-2`, `-3`….
 */
function saveFile(dir: string, name: string, bytes: Buffer): string {
  const safe = basename(name).replace(/[^\w.\- ]/g, '_') || 'file';
  const ext = extname(safe);
  let path = join(dir, safe);
  for (let n = 2; existsSync(path) && written.has(path); n++)
    path = join(dir, `${safe.slice(0, safe.length - ext.length)}-${n}${ext}`);
  written.add(path);
  writeFileSync(path, bytes);
  return path;
}

/** Paths written in this process, so a re-run overwrites its old output but one run never does. */
const written = new Set<string>();
