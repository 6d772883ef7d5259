import type { CompiledRubric } from '../grading/compile.js';
import { RubricCompileError } from '../grading/compile.js';
import { compileQuestion } from '../grading/compile-question.js';
import { ContentError } from './content-error.js';
import { type Lexicon, normalizeQuestion, questionFileSchema } from './question-schema.js';
import { readYamlSource, validateYaml } from './yaml-source.js';

/**
 * Loads and compiles one FRQ file from anywhere (a draft, a test fixture) against a lexicon,
 * without running its examples: for `tutor rubric explain --file` and for tests of rubrics that
 * are not in the content pack. Throws the file's problems as one {@link ContentError} list.
 */
export function compileQuestionFile(file: string, lexicon: Lexicon): CompiledRubric {
  const errors: ContentError[] = [];
  const source = readYamlSource(file, errors);
  if (!source) throw new QuestionFileError(errors);
  const parsed = validateYaml(source, questionFileSchema);
  if (!parsed.ok) throw new QuestionFileError(parsed.errors);
  const question = normalizeQuestion(parsed.value);
  if (question.kind !== 'frq')
    throw new QuestionFileError([
      new ContentError(file, source.lineOf(['kind']), 'not a free-response question'),
    ]);
  try {
    return compileQuestion(question, lexicon);
  } catch (error) {
    if (!(error instanceof RubricCompileError)) throw error;
    throw new QuestionFileError(
      error.issues.map(
        (i) => new ContentError(file, source.lineOf(i.path), `${i.path.join('.')}: ${i.message}`),
      ),
    );
  }
}

/** Every problem of a question file that did not compile. */
export class QuestionFileError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(errors.map(String).join('\n'));
    this.name = 'QuestionFileError';
  }
}
