import { parseArgs } from 'node:util';
import { runEvalCli } from './eval-run.js';
import { configFor } from './runtime.js';
import { type CliIO, println } from './types.js';

const USAGE =
  'Usage: tutor eval --question <id> --data <file.tsv> [--text-column EssayText] [--score-column Score1] [--top N] [--json]';

/**
 * `tutor eval`: grades every row of a human-scored TSV and reports agreement (QWK, exact agreement,
 * confusion matrix, the largest disagreements). The work lives in src/cli/eval-run.ts.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      question: { type: 'string', short: 'q' },
      data: { type: 'string', short: 'd' },
      'text-column': { type: 'string' },
      'score-column': { type: 'string' },
      top: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.question || !values.data) {
    println(io.stderr, USAGE);
    return 2;
  }
  const top = values.top === undefined ? undefined : Number(values.top);
  if (top !== undefined && !(Number.isInteger(top) && top >= 0)) {
    println(io.stderr, `--top must be a whole number; got "${values.top}".`);
    return 2;
  }
  const config = configFor(io);
  if (!config) return 1;
  return runEvalCli({
    questionId: values.question,
    dataPath: values.data,
    textColumn: values['text-column'],
    scoreColumn: values['score-column'],
    json: values.json,
    top,
    contentDir: config.CONTENT_DIR,
    stdout: io.stdout,
    stderr: io.stderr,
  });
}
