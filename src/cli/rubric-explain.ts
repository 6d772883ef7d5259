import { parseArgs } from 'node:util';
import { compileQuestionFile, QuestionFileError } from '../content/question-file.js';
import { loadQuestionBank } from '../content/question-loader.js';
import { normalizeQuestion, questionFileSchema } from '../content/question-schema.js';
import { readYamlSource, validateYaml } from '../content/yaml-source.js';
import { explainQuestion } from '../grading/explain.js';
import { configFor } from './runtime.js';
import { type CliIO, println } from './types.js';

const USAGE = 'Usage: tutor rubric explain --question <id> | --file <question.yaml>';

/**
 * `tutor rubric explain`: prints what every point of a question is matched with — its written
 * pattern, or what a plain-language point's label compiles to — so a teacher can see why an
 * answer earned or missed it. `--file` explains a question file outside the content pack (a draft).
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { question: { type: 'string', short: 'q' }, file: { type: 'string', short: 'f' } },
  });
  if (!values.question === !values.file) {
    println(io.stderr, USAGE);
    return 2;
  }
  const config = configFor(io);
  if (!config) return 1;
  const bank = loadQuestionBank(config.CONTENT_DIR);
  if (values.file) {
    try {
      // Compiling first reports label and pattern problems with their lines.
      const rubric = compileQuestionFile(values.file, bank.lexicon);
      io.stdout.write(explainQuestion(rubric.question, bank.lexicon));
      return 0;
    } catch (error) {
      if (!(error instanceof QuestionFileError)) throw error;
      for (const e of error.errors) println(io.stderr, String(e));
      return 1;
    }
  }
  const id = values.question as string;
  const rubric = bank.rubrics.get(id);
  if (rubric) {
    io.stdout.write(explainQuestion(rubric.question, bank.lexicon));
    return 0;
  }
  // A question whose examples fail is left out of the bank; explaining it is how to find out why.
  const broken = bank.errors.filter((e) => String(e).includes(`${id}.yaml`));
  const file = `${config.CONTENT_DIR}/questions/${id}.yaml`;
  const source = broken.length > 0 ? readYamlSource(file, []) : undefined;
  const parsed = source ? validateYaml(source, questionFileSchema) : undefined;
  if (parsed?.ok) {
    const q = normalizeQuestion(parsed.value);
    if (q.kind === 'frq') {
      io.stdout.write(explainQuestion(q, bank.lexicon));
      for (const e of broken) println(io.stderr, String(e));
      return 1;
    }
  }
  const frqs = [...bank.rubrics.keys()].join(', ');
  println(io.stderr, `No free-response question "${id}". Known: ${frqs}`);
  return 1;
}
