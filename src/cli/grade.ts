import { parseArgs } from 'node:util';
import { runGradeCli } from './grade-run.js';
import { configFor } from './runtime.js';
import { type CliIO, println } from './types.js';

/**
 * `tutor grade --question <id>`: JSON Lines in on stdin (`{"text": "..."}`), one JSON result line out
 * per answer. A thin adapter: the work and its exit codes live in src/cli/grade-run.ts.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, options: { question: { type: 'string', short: 'q' } } });
  if (!values.question) {
    println(
      io.stderr,
      'Usage: tutor grade --question <id>  (answers as JSON Lines on stdin: {"text": "..."})',
    );
    return 2;
  }
  const config = configFor(io);
  if (!config) return 1;
  return runGradeCli({
    questionId: values.question,
    contentDir: config.CONTENT_DIR,
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
  });
}
