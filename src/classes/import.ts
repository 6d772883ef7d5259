import { stringify } from 'yaml';
import type { ContentError } from '../content/content-error.js';
import {
  type Lexicon,
  normalizeQuestion,
  type Question,
  questionFileSchema,
} from '../content/question-schema.js';
import { parseYamlSource, validateYaml, type YamlSource } from '../content/yaml-source.js';
import { type CompiledRubric, checkExamples, compileQuestion, RubricCompileError } from '../grading/index.js';

/** The most questions one import may add, and the largest file accepted (checked before downloading). */
export const MAX_IMPORT_QUESTIONS = 25;
export const MAX_IMPORT_BYTES = 256 * 1024;

/** Imported ids are namespaced with this prefix: pack ids are kebab-case, so `srv.q1` can never clash. */
export const IMPORTED_PREFIX = 'srv.';

/** The id a server's question has in its QuestionSource, custom ids and assignments. */
export function importedId(id: string): string {
  return `${IMPORTED_PREFIX}${id}`;
}

/** True for an id made by {@link importedId}. */
export function isImportedId(id: string): boolean {
  return id.startsWith(IMPORTED_PREFIX);
}

/** A question that passed every check, with its rubric compiled (FRQs) and its own YAML to store. */
export interface ImportedQuestion {
  /** The question with its namespaced id. */
  readonly question: Question;
  /** The id as written in the file. */
  readonly localId: string;
  readonly rubric?: CompiledRubric;
  readonly yaml: string;
  /** The file line its id is on (`rubric explain --file --question` keeps to its problems). */
  readonly line?: number;
}

/** What an import found: the questions to add, or every problem as `line N: problem`. */
export interface ImportResult {
  readonly questions: readonly ImportedQuestion[];
  readonly problems: readonly string[];
}

/**
 * Validates a teacher's YAML exactly as the content pack is validated: the same schema, the
 * rubric language compiled against the pack's lexicon, and every example answer run through the
 * grader. The file holds one question (a mapping) or several (a list, or `---`-separated
 * documents). Nothing is added unless everything passes, so a teacher never half-imports a file.
 */
export function validateImport(text: string, lexicon: Lexicon, fileName = 'upload.yaml'): ImportResult {
  const read = readQuestionFile(text, lexicon, fileName);
  return read.problems.length > 0
    ? { questions: [], problems: read.problems }
    : { questions: read.questions, problems: [] };
}

/** What {@link readQuestionFile} found: every question that compiled, and every problem. */
export interface QuestionFileRead {
  /** Questions whose schema and rubric are valid, even when their examples fail (see `failing`). */
  readonly questions: readonly ImportedQuestion[];
  /** Local ids of the questions among `questions` whose examples fail. */
  readonly failing: ReadonlySet<string>;
  /** Every problem, as `line N: problem`, examples included. */
  readonly problems: readonly string[];
  /** The line each question of the file begins on (its id), compiled or not, in file order. */
  readonly starts: readonly number[];
  /** Questions that passed the schema but whose rubric does not compile: id and first line. */
  readonly uncompiled: readonly { readonly localId: string; readonly line: number | undefined }[];
}

/**
 * Reads a question file in the import format (one question, a list, or `---`-separated documents)
 * and checks it as {@link validateImport} does, but keeps the questions whose only problem is a
 * failing example: `tutor rubric explain --file` shows a teacher what such a rubric compiled to,
 * which is how the failure is understood.
 */
export function readQuestionFile(text: string, lexicon: Lexicon, fileName = 'upload.yaml'): QuestionFileRead {
  const problems: string[] = [];
  const items: { source: YamlSource; path: (string | number)[]; data: unknown }[] = [];
  for (const doc of splitDocuments(text)) {
    let source: YamlSource;
    try {
      source = parseYamlSource(fileName, doc.text);
    } catch (error) {
      problems.push(lineProblem(error as ContentError, doc.firstLine));
      continue;
    }
    const shifted: YamlSource = {
      file: source.file,
      data: source.data,
      lineOf: (path) => {
        const line = source.lineOf(path);
        return line === undefined ? undefined : line + doc.firstLine - 1;
      },
    };
    if (Array.isArray(source.data)) {
      source.data.forEach((data, i) => {
        items.push({ source: shifted, path: [i], data });
      });
    } else if (source.data !== null && source.data !== undefined) {
      items.push({ source: shifted, path: [], data: source.data });
    }
  }
  if (items.length === 0 && problems.length === 0) problems.push('line 1: the file has no questions');
  if (items.length > MAX_IMPORT_QUESTIONS) {
    problems.push(
      `line 1: ${items.length} questions is more than ${MAX_IMPORT_QUESTIONS} in one file; split it`,
    );
  }
  const questions: ImportedQuestion[] = [];
  const failing = new Set<string>();
  const seen = new Map<string, number>();
  const starts: number[] = [];
  const uncompiled: { localId: string; line: number | undefined }[] = [];
  for (const item of items) {
    const at = (path: readonly (string | number)[]) => item.source.lineOf([...item.path, ...path]);
    starts.push(at(['id']) ?? at([]) ?? 1);
    const view: YamlSource = {
      file: item.source.file,
      data: item.data,
      lineOf: (p) => at(p as (string | number)[]),
    };
    const parsed = validateYaml(view, questionFileSchema);
    if (!parsed.ok) {
      for (const e of parsed.errors) problems.push(lineProblem(e));
      continue;
    }
    const question = normalizeQuestion(parsed.value);
    const localId = question.id;
    const before = seen.get(localId);
    if (before !== undefined) {
      problems.push(
        `line ${at(['id']) ?? 1}: id "${localId}" is used twice in this file (also on line ${before})`,
      );
      continue;
    }
    seen.set(localId, at(['id']) ?? 1);
    const namespaced = { ...question, id: importedId(localId) } as Question;
    const yaml = stringify(item.data);
    if (question.kind === 'mcq') {
      questions.push({ question: namespaced, localId, yaml, line: at(['id']) });
      continue;
    }
    let rubric: CompiledRubric;
    try {
      rubric = compileQuestion(namespaced as typeof question, lexicon);
    } catch (error) {
      if (!(error instanceof RubricCompileError)) throw error;
      for (const issue of error.issues)
        problems.push(`line ${at(issue.path) ?? 1}: ${issue.path.join('.')}: ${issue.message}`);
      uncompiled.push({ localId, line: at(['id']) });
      continue;
    }
    const failures = checkExamples(rubric);
    for (const f of failures) problems.push(`line ${at(['examples', f.index]) ?? 1}: ${f.message}`);
    if (failures.length > 0) failing.add(localId);
    questions.push({ question: namespaced, localId, rubric, yaml, line: at(['id']) });
  }
  return { questions, failing, problems, starts, uncompiled };
}

/**
 * A stored import as read now. `question` is undefined when it no longer compiles; `problems` says
 * why, or, for a question that still compiles, lists its examples a later grader no longer agrees
 * with (empty when all agree).
 */
export interface StoredQuestionRead {
  readonly question: ImportedQuestion | undefined;
  readonly problems: readonly string[];
}

/**
 * Re-reads one stored question (from `guild_questions.yaml`). A question whose only problem is an
 * example that a later grader no longer agrees with is still served: it passed every check when its
 * teacher imported it, open assignments may use it, and dropping it would make it vanish from the
 * server without a word.
 */
export function loadStoredQuestion(yaml: string, lexicon: Lexicon): StoredQuestionRead {
  const read = readQuestionFile(yaml, lexicon);
  const question = read.questions.length === 1 ? read.questions[0] : undefined;
  if (!question)
    return {
      question: undefined,
      problems: read.problems.length > 0 ? read.problems : ['it no longer compiles'],
    };
  return { question, problems: read.failing.has(question.localId) ? read.problems : [] };
}

function lineProblem(error: ContentError, offset = 1): string {
  const line = error.line === undefined ? 1 : error.line + offset - 1;
  return `line ${line}: ${error.detail}`;
}

/** Splits a YAML stream on `---` lines, remembering where each document starts. */
function splitDocuments(text: string): { text: string; firstLine: number }[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const docs: { text: string; firstLine: number }[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || /^---\s*$/.test(lines[i] ?? '')) {
      const body = lines.slice(start, i).join('\n');
      if (body.trim() !== '') docs.push({ text: body, firstLine: start + 1 });
      start = i + 1;
    }
  }
  return docs;
}
