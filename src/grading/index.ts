/**
 * The grading engine's public surface: compile a question once, grade answers many times.
 * See docs/rubric-language.md for the rubric language.
 */
export { type CompiledRubric, type CompileIssue, checkLexicon, RubricCompileError } from './compile.js';
export { compileQuestion, maxScoreOf, scoreOf } from './compile-question.js';
export { checkExamples, describeDisagreements, type ExampleFailure, explainExamples } from './examples.js';
export {
  type Evidence,
  type GradeOptions,
  type GradeResult,
  GradingInputError,
  grade,
  MAX_PART_CHARS,
  type MisconceptionResult,
  type PointResult,
} from './grade.js';
export {
  compareGraded,
  type GradedAnswers,
  gradedAnswersSchema,
  unknownFlagIds,
  unknownPointIds,
} from './graded-answers.js';
export { gradeMcq, type McqResult } from './mcq.js';
export { explainTries } from './try-answers.js';
