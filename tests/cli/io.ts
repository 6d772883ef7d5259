import { PassThrough, Writable } from 'node:stream';
import type { CliIO } from '../../src/cli/types.js';

/** An in-memory CliIO: no TTY, captured stdout/stderr. */
export function memoryIO(env: NodeJS.ProcessEnv = {}): CliIO & { out(): string; err(): string } {
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const stdout = sink();
  const stderr = sink();
  const stdin = new PassThrough();
  stdin.end();
  return { stdin, stdout: stdout.stream, stderr: stderr.stream, env, out: stdout.text, err: stderr.text };
}
