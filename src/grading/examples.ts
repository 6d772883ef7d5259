import type { Example } from '../content/question-schema.js';
import type { CompiledRubric } from './compile.js';
import { type GradeResult, GradingInputError, grade } from './grade.js';

/** Why one example of a question disagrees with the grader. */
export interface ExampleFailure {
  /** Index of the example in the question's `examples` list. */
  readonly index: number;
  readonly message: string;
}

/**
 * Runs every example of a compiled question through the grader and reports each disagreement:
 * a point it should earn but does not, one it earns but should not, a misconception missed or
 * wrongly flagged, a wrong score, or ids that do not exist.
 */
export function checkExamples(rubric: CompiledRubric): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  const pointIds = new Set(rubric.points.map((p) => p.id));
  const misconceptionIds = new Set(rubric.misconceptions.map((m) => m.id));
  rubric.question.examples.forEach((example, index) => {
    const fail = (message: string) => failures.push({ index, message: `example ${index + 1} ${message}` });
    for (const id of [...example.earns, ...example.misses]) {
      if (!pointIds.has(id)) fail(`names unknown point "${id}"`);
    }
    for (const id of [...example.flags, ...example.doesNotFlag]) {
      if (!misconceptionIds.has(id)) fail(`names unknown misconception "${id}"`);
    }
    let result: GradeResult;
    try {
      result = grade(rubric, example.answer);
    } catch (error) {
      if (error instanceof GradingInputError) {
        fail(`cannot be graded: ${error.publicMessage}`);
        return;
      }
      throw error;
    }
    describeDisagreements(example, result).forEach(fail);
  });
  return failures;
}

/** The ways a grade disagrees with an example's expectations (empty when they agree). */
export function describeDisagreements(example: Example, result: GradeResult): string[] {
  const out: string[] = [];
  const earned = new Set(result.points.filter((p) => p.earned).map((p) => p.id));
  const flagged = new Set(result.misconceptions.map((m) => m.id));
  const summary = `(earned: ${[...earned].join(', ') || 'none'}; flagged: ${[...flagged].join(', ') || 'none'})`;
  for (const id of example.earns) if (!earned.has(id)) out.push(`should earn "${id}" but did not ${summary}`);
  for (const id of example.misses) if (earned.has(id)) out.push(`should not earn "${id}" but did ${summary}`);
  for (const id of example.flags)
    if (!flagged.has(id)) out.push(`should flag "${id}" but did not ${summary}`);
  for (const id of example.doesNotFlag)
    if (flagged.has(id)) out.push(`should not flag "${id}" but did ${summary}`);
  if (example.score !== undefined && example.score !== result.score) {
    out.push(`should score ${example.score} but scored ${result.score} ${summary}`);
  }
  return out;
}

/**
 * Every example answer of a rubric run through the grader, one line each: what it earned and
 * flagged, and where that disagrees with what the example says. `tutor rubric explain` prints it
 * so a teacher sees what each label actually matched without making an example fail on purpose.
 */
export function explainExamples(rubric: CompiledRubric): string {
  const examples = rubric.question.examples;
  if (examples.length === 0)
    return 'Examples: none. Add a few (earns/misses) so the import can check the rubric.\n';
  const lines: string[] = [];
  let agree = 0;
  examples.forEach((example, index) => {
    let result: GradeResult;
    try {
      result = grade(rubric, example.answer);
    } catch (error) {
      if (!(error instanceof GradingInputError)) throw error;
      lines.push(`  ✗ ${index + 1}. cannot be graded: ${error.publicMessage}`);
      return;
    }
    const earned = result.points.filter((p) => p.earned).map((p) => p.id);
    const flagged = result.misconceptions.map((m) => m.id);
    const wrong = describeDisagreements(example, result).map((d) => d.replace(/ \(earned: .*\)$/, ''));
    if (wrong.length === 0) agree++;
    // A multi-part answer is one text per part.
    const answer = Array.isArray(example.answer) ? example.answer.join(' / ') : example.answer;
    const quoted = answer.length > 70 ? `${answer.slice(0, 69)}…` : answer;
    // A point a misconception took back (teacher set 21: a too-broad pattern with `cancels:` had
    // removed correct credit, and nothing said so).
    const takenBack = result.points
      .filter((p) => p.takenBackBy !== undefined)
      .map((p) => `${p.id} (by ${p.takenBackBy})`);
    lines.push(
      `  ${wrong.length === 0 ? '✓' : '✗'} ${index + 1}. "${quoted.replace(/\s+/g, ' ')}"`,
      `     earned: ${earned.join(', ') || 'none'}${flagged.length > 0 ? `; flagged: ${flagged.join(', ')}` : ''}${takenBack.length > 0 ? `; found but taken back: ${takenBack.join(', ')}` : ''}`,
      ...wrong.map((w) => `     ${w}`),
    );
  });
  return `Examples, run through the grader: ${agree} of ${examples.length} as written\n${lines.join('\n')}\n`;
}
