import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readQuestionFile } from '../classes/import.js';
import { loadQuestionBank } from '../content/question-loader.js';
import { type Lexicon, normalizeQuestion, questionFileSchema } from '../content/question-schema.js';
import { parseYamlSource, readYamlSource, validateYaml } from '../content/yaml-source.js';
import { explainQuestion, hasPointOrMisconception } from '../grading/explain.js';
import {
  type CompiledRubric,
  compareGraded,
  explainExamples,
  explainTries,
  type GradedAnswers,
  gradedAnswersSchema,
  unknownFlagIds,
  unknownPointIds,
} from '../grading/index.js';
import { configFor } from './runtime.js';
import { type CliIO, println } from './types.js';

const USAGE =
  'Usage: tutor rubric explain --question <id> | --file <questions.yaml> [--question <id>] [--try "<an answer>" ...] [--try-file <answers.txt>] [--point <id>] [--answers <graded.yaml>] [--summary]';

/**
 * `tutor rubric explain`: prints what every point of a question is matched with — its written
 * pattern, or what a plain-language point's label compiles to — so a teacher can see why an
 * answer earned or missed it. `--file` explains a question file outside the content pack (a draft):
 * the `/class import` format, so one question, a list, or `---`-separated questions. Each `--try`
 * answer is graded against every question explained, so a wording can be tried without editing;
 * with `--file`, `--question` keeps to one question of the file (the id as written in it).
 * `--answers` reads the teacher's own graded answers and reports how often the grader agrees.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: joinTries(args),
    options: {
      question: { type: 'string', short: 'q' },
      file: { type: 'string', short: 'f' },
      try: { type: 'string', multiple: true },
      'try-file': { type: 'string', multiple: true },
      answers: { type: 'string', short: 'a' },
      summary: { type: 'boolean', short: 's' },
      point: { type: 'string', short: 'p' },
    },
  });
  const summary = values.summary === true;
  if (!values.question && !values.file) {
    println(io.stderr, USAGE);
    return 2;
  }
  const fromFiles = readTryFiles(values['try-file'] ?? [], io);
  if (fromFiles === undefined) return 1;
  const tries = [...(values.try ?? []), ...fromFiles];
  const config = configFor(io);
  if (!config) return 1;
  const bank = loadQuestionBank(config.CONTENT_DIR);
  const graded = values.answers === undefined ? undefined : readGraded(values.answers, io);
  if (graded === null) return 1;
  if (values.file)
    return explainFile(values.file, bank.lexicon, tries, io, values.question, graded, summary, values.point);
  const id = values.question as string;
  const rubric = bank.rubrics.get(id);
  if (rubric) {
    io.stdout.write(explainQuestion(rubric.question, bank.lexicon, summary, values.point));
    if (values.point !== undefined && !hasPointOrMisconception(rubric.question, values.point)) return 1;
    if (tries.length > 0) io.stdout.write(`\n${explainTries(rubric, tries)}`);
    return graded === undefined ? 0 : reportGraded(rubric, graded, io);
  }
  // A question whose examples fail is left out of the bank; explaining it is how to find out why.
  const broken = bank.errors.filter((e) => String(e).includes(`${id}.yaml`));
  const file = `${config.CONTENT_DIR}/questions/${id}.yaml`;
  const source = broken.length > 0 ? readYamlSource(file, []) : undefined;
  const parsed = source ? validateYaml(source, questionFileSchema) : undefined;
  if (parsed?.ok) {
    const q = normalizeQuestion(parsed.value);
    if (q.kind === 'frq') {
      io.stdout.write(explainQuestion(q, bank.lexicon, summary, values.point));
      for (const e of broken) println(io.stderr, String(e));
      return 1;
    }
  }
  const frqs = [...bank.rubrics.keys()].join(', ');
  println(io.stderr, `No free-response question "${id}". Known: ${frqs}`);
  return 1;
}

/**
 * Explains every free-response question of a draft file and runs its examples, checked exactly as
 * `/class import` checks it. A question whose only problem is a failing example is still explained:
 * seeing what its labels compiled to is how a teacher finds out why.
 */
function explainFile(
  file: string,
  lexicon: Lexicon,
  tries: readonly string[],
  io: CliIO,
  only?: string,
  graded?: Graded,
  summary = false,
  point?: string,
): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    println(io.stderr, `Cannot read ${file}.`);
    return 1;
  }
  const read = readQuestionFile(text, lexicon, file);
  const all = read.questions.filter((q) => q.rubric !== undefined);
  // A file of several questions: a teacher trying wordings on one wants only that one's verdicts.
  const frqs = only === undefined ? all : all.filter((q) => q.localId === only);
  if (only !== undefined && frqs.length === 0) {
    // A question that does not compile is not among them: its problems say why (seventh teacher).
    for (const problem of read.problems) println(io.stderr, `${file}: ${problem}`);
    // Said plainly when the question is there but broken: "has no question … that compiles" read as
    // if the question had vanished, not as a pointer to the problems above (teacher set 25).
    if (read.uncompiled.some((u) => u.localId === only))
      println(
        io.stderr,
        `"${only}" is in ${file} but does not compile: fix the problem${read.problems.length === 1 ? '' : 's'} above, then run this again.`,
      );
    else
      println(
        io.stderr,
        `${file} has no free-response question "${only}" that compiles. It has: ${all.map((q) => q.localId).join(', ') || 'none'}`,
      );
    return 1;
  }
  // Graded answers belong to one question: which one must be plain.
  if (graded !== undefined && frqs.length > 1) {
    println(
      io.stderr,
      `--answers grades one question; add --question <id>. ${file} has: ${frqs.map((q) => q.localId).join(', ')}`,
    );
    return 1;
  }
  let gradedStatus = 0;
  let pointFound = point === undefined;
  // In the file's order, a question that does not compile is said in its place, with its problems:
  // at the end only, a teacher took its missing explanation for a vanished question (teacher set 12).
  const broken = read.uncompiled.filter((u) => (only ?? u.localId) === u.localId);
  const shown = [
    ...frqs.map((q) => ({ line: q.line ?? 0, q })),
    ...broken.map((u) => ({ line: u.line ?? 0, u })),
  ].sort((a, b) => a.line - b.line);
  shown.forEach((entry, i) => {
    if (i > 0) io.stdout.write('\n────────\n\n');
    if (!('q' in entry)) {
      const own = problemsOf(
        read.problems,
        read.starts,
        [...read.questions, ...read.uncompiled],
        entry.u.localId,
      );
      io.stdout.write(
        `${entry.u.localId}: not explained, because it does not compile (the file would not import):\n`,
      );
      for (const problem of own.filter((p) => /^line \d+:/.test(p))) io.stdout.write(`  ${problem}\n`);
      return;
    }
    const q = entry.q;
    const rubric = q.rubric as CompiledRubric;
    // The local id, as the teacher wrote it (the import namespaces it per server).
    const question = { ...rubric.question, id: q.localId };
    io.stdout.write(explainQuestion(question, lexicon, summary, point));
    if (point !== undefined && hasPointOrMisconception(question, point)) pointFound = true;
    io.stdout.write(`\n${explainExamples(rubric)}`);
    if (tries.length > 0) io.stdout.write(`\n${explainTries(rubric, tries)}`);
    if (graded !== undefined) gradedStatus = reportGraded(rubric, graded, io);
  });
  if (frqs.length === 0 && read.problems.length === 0)
    println(io.stderr, `${file} has no free-response question to explain.`);
  const problems =
    only === undefined ? read.problems : problemsOf(read.problems, read.starts, read.questions, only);
  for (const problem of problems) println(io.stderr, `${file}: ${problem}`);
  return problems.length > 0 || frqs.length === 0 || !pointFound ? 1 : gradedStatus;
}

/** A graded-answers file as read: its answers and the name to report it by. */
interface Graded {
  readonly answers: GradedAnswers;
  readonly file: string;
}

/**
 * Reads `--answers`: YAML or JSON, a list of answers with the points the teacher gave. Errors name
 * the file and line; null after printing them.
 */
function readGraded(file: string, io: CliIO): Graded | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    println(io.stderr, `Cannot read ${file} (looked in ${process.cwd()}).`);
    return null;
  }
  try {
    const checked = validateYaml(parseYamlSource(file, text), gradedAnswersSchema);
    if (checked.ok) return { answers: checked.value, file };
    // "answer 2: needs …" rather than the schema path "1: needs …".
    for (const e of checked.errors)
      println(
        io.stderr,
        `${e.file}: line ${e.line ?? '?'}: ${e.detail.replace(/^(\d+)(?=[.:])/, (n) => `answer ${Number(n) + 1}`)}`,
      );
  } catch (error) {
    println(io.stderr, error instanceof Error ? error.message : String(error));
  }
  println(
    io.stderr,
    'Each graded answer is: - answer: "the student\'s words"  earns: [point-id, …]  (the points you gave)',
  );
  return null;
}

/** Prints the agreement report; 1 when the file names a point the question has not. */
function reportGraded(rubric: CompiledRubric, graded: Graded, io: CliIO): number {
  const unknown = unknownPointIds(rubric, graded.answers);
  if (unknown.length > 0) {
    const ids = rubric.points.map((p) => p.id).join(', ');
    println(
      io.stderr,
      `${graded.file} names points this question does not have: ${unknown.join(', ')} (it has: ${ids})`,
    );
    return 1;
  }
  const unknownFlags = unknownFlagIds(rubric, graded.answers);
  if (unknownFlags.length > 0) {
    const ids = rubric.misconceptions.map((m) => m.id).join(', ') || 'none';
    println(
      io.stderr,
      `${graded.file} flags misconceptions this question does not have: ${unknownFlags.join(', ')} (it has: ${ids})`,
    );
    return 1;
  }
  io.stdout.write(`\n${compareGraded(rubric, graded.answers, graded.file)}`);
  return 0;
}

/**
 * With `--question`, the problems on that question's lines (from its id to the next question's)
 * and those on no question's line: another question's failing examples are not this one's.
 */
function problemsOf(
  problems: readonly string[],
  starts: readonly number[],
  questions: readonly { readonly localId: string; readonly line?: number }[],
  only: string,
): string[] {
  const from = questions.find((q) => q.localId === only)?.line ?? 0;
  const to = starts.find((l) => l > from) ?? Number.POSITIVE_INFINITY;
  const first = Math.min(...starts);
  return problems.filter((p) => {
    const line = Number(/^line (\d+):/.exec(p)?.[1] ?? Number.NaN);
    return Number.isNaN(line) || line < first || (line >= from && line < to);
  });
}

/**
 * The answers of `--try-file` files: one answer per line, blank lines and lines starting with "#"
 * left out (set 18's teacher kept trial answers in a text file and wrote a loop to pass each as a
 * `--try`). Undefined, with the file named, when one cannot be read.
 */
function readTryFiles(files: readonly string[], io: CliIO): string[] | undefined {
  const answers: string[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      println(io.stderr, `Cannot read the --try-file ${file}.`);
      return undefined;
    }
    for (const line of text.split(/\r?\n/)) {
      const answer = line.trim();
      if (answer !== '' && !answer.startsWith('#')) answers.push(answer);
    }
  }
  return answers;
}

/**
 * `--try "- mitosis makes copies"`: a student's bulleted answer begins with a dash, which the
 * argument parser would take for an option; the word after `--try` is always the answer.
 */
function joinTries(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    if (args[i] === '--try' && next !== undefined && next.startsWith('-')) {
      out.push(`--try=${next}`);
      i++;
    } else out.push(args[i] as string);
  }
  return out;
}
