import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { loadQuestionBank } from '../content/question-loader.js';
import type { Question } from '../content/question-schema.js';
import type { CompiledRubric } from '../grading/compile.js';
import { GradingInputError, grade } from '../grading/grade.js';
import { gradeMcq } from '../grading/mcq.js';

/** Inputs of `tutor grade`. */
export interface GradeCliOptions {
  readonly questionId: string;
  readonly contentDir: string;
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/**
 * `tutor grade --question <id>`: reads JSON Lines on stdin — `{"text": "..."}`, `{"parts": [...]}`
 * or, for an MCQ, `{"choice": "b"}` — and writes one JSON line per answer:
 * `{"score": n, "points": [earned ids], "misconceptions": [ids]}`. A bad line gets
 * `{"error": "..."}` on stdout (so output lines stay aligned with input lines) and a message on
 * stderr; grading continues. Exit code: 0, or 1 if any line failed, 2 if the question cannot be used.
 */
export async function runGradeCli(options: GradeCliOptions): Promise<number> {
  const { stdout, stderr } = options;
  const found = findQuestion(options.contentDir, options.questionId, stderr);
  if (!found) return 2;
  let failed = 0;
  let lineNo = 0;
  const lines = createInterface({ input: options.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    try {
      stdout.write(`${JSON.stringify(gradeLine(found, line))}\n`);
    } catch (error) {
      if (!(error instanceof LineError || error instanceof GradingInputError)) throw error;
      failed++;
      const message = error instanceof GradingInputError ? error.publicMessage : error.message;
      stdout.write(`${JSON.stringify({ error: message, line: lineNo })}\n`);
      stderr.write(`line ${lineNo}: ${message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

class LineError extends Error {}

interface Found {
  readonly question: Question;
  readonly rubric: CompiledRubric | undefined;
}

/** Loads the bank and picks one question; explains on stderr why it cannot be used. */
export function findQuestion(contentDir: string, questionId: string, stderr: Writable): Found | undefined {
  const bank = loadQuestionBank(contentDir);
  const question = bank.questions.find((q) => q.id === questionId);
  if (!question) {
    const own = bank.errors.filter((e) => e.file.includes(questionId) || e.file.endsWith('lexicon.yaml'));
    if (own.length > 0) {
      stderr.write(
        `Question "${questionId}" has content problems:\n${own.map((e) => `  ${e.message}`).join('\n')}\n`,
      );
    } else {
      const ids = bank.questions.map((q) => q.id).join(', ');
      stderr.write(`No question "${questionId}" in ${contentDir}. Known: ${ids || '(none)'}\n`);
    }
    return undefined;
  }
  return { question, rubric: bank.rubrics.get(questionId) };
}

function gradeLine(found: Found, line: string): unknown {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    throw new LineError('not valid JSON');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new LineError('expected an object such as {"text": "..."}');
  }
  const record = input as Record<string, unknown>;
  if (found.question.kind === 'mcq') {
    if (typeof record.choice !== 'string')
      throw new LineError('expected {"choice": "<choice id>"} for a multiple-choice question');
    const r = gradeMcq(found.question, record.choice);
    return { score: r.score, correct: r.correct, points: r.correct ? [r.chosen.id] : [], misconceptions: [] };
  }
  const rubric = found.rubric as CompiledRubric;
  let answer: string | string[];
  if (typeof record.text === 'string') answer = record.text;
  else if (Array.isArray(record.parts) && record.parts.every((p) => typeof p === 'string'))
    answer = record.parts;
  else throw new LineError('expected {"text": "..."} or {"parts": ["...", ...]}');
  const result = grade(rubric, answer);
  return {
    score: result.score,
    points: result.points.filter((p) => p.earned).map((p) => p.id),
    misconceptions: result.misconceptions.map((m) => m.id),
    // Only when true, so English answers print exactly as before.
    ...(result.otherLanguage ? { otherLanguage: true } : {}),
  };
}
