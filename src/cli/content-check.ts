import { checkContent, contentWarnings } from '../content/check.js';
import { configFor } from './runtime.js';
import { type CliIO, println } from './types.js';

/** `tutor content check`: the same validation start-up runs, printing every problem as file:line. */
export async function run(_args: string[], io: CliIO): Promise<number> {
  const config = configFor(io);
  if (!config) return 1;
  const problems = checkContent(config.CONTENT_DIR);
  for (const problem of problems) println(io.stdout, problem.message);
  // Warnings are advice: printed, but they do not fail the check.
  for (const warning of contentWarnings(config.CONTENT_DIR)) println(io.stdout, warning);
  if (problems.length > 0) {
    println(
      io.stderr,
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${config.CONTENT_DIR}.`,
    );
    return 1;
  }
  println(io.stdout, `No problems found in ${config.CONTENT_DIR}.`);
  return 0;
}
