import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { CompiledRubric } from '../grading/compile.js';
import { GradingInputError, grade } from '../grading/grade.js';
import { confusionMatrix, exactAgreement, quadraticWeightedKappa } from '../grading/metrics.js';
import { truncateText } from '../text/truncate.js';
import { findQuestion } from './grade-run.js';

/** Inputs of `tutor eval`. */
export interface EvalCliOptions {
  readonly questionId: string;
  readonly dataPath: string;
  readonly textColumn?: string;
  readonly scoreColumn?: string;
  readonly json?: boolean;
  readonly contentDir: string;
  readonly stdout: Writable;
  readonly stderr?: Writable;
  /** How many of the largest disagreements to list (default 10). */
  readonly top?: number;
}

/** One graded row of the data set. */
export interface EvalRow {
  readonly row: number;
  readonly id: string;
  readonly text: string;
  readonly human: number;
  readonly grader: number;
  readonly points: readonly string[];
}

/** The figures of one evaluation. */
export interface EvalReport {
  readonly n: number;
  readonly qwk: number;
  readonly exact: number;
  readonly min: number;
  readonly max: number;
  readonly matrix: number[][];
  readonly rows: readonly EvalRow[];
}

/** A row-parsed TSV file: header names and string cells. */
export function readTsv(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = (lines.shift() ?? '').split('\t');
  return { header, rows: lines.filter((l) => l.trim() !== '').map((l) => l.split('\t')) };
}

/** Grades every row of a TSV against its human score. Empty answers score 0 (as a rater would). */
export function evaluateRubric(
  rubric: CompiledRubric,
  dataPath: string,
  textColumn: string,
  scoreColumn: string,
): EvalReport {
  const { header, rows } = readTsv(dataPath);
  const ti = header.indexOf(textColumn);
  const si = header.indexOf(scoreColumn);
  if (ti < 0) throw new Error(`no column "${textColumn}" in ${dataPath} (columns: ${header.join(', ')})`);
  if (si < 0) throw new Error(`no column "${scoreColumn}" in ${dataPath} (columns: ${header.join(', ')})`);
  const idi = header.indexOf('Id');
  const graded: EvalRow[] = rows.map((cells, r) => {
    const text = cells[ti] ?? '';
    const human = Number(cells[si]);
    if (!Number.isInteger(human))
      throw new Error(`${dataPath}:${r + 2}: score "${cells[si]}" is not an integer`);
    let score = 0;
    let points: string[] = [];
    try {
      const result = grade(rubric, text);
      score = result.score;
      points = result.points.filter((p) => p.earned).map((p) => p.id);
    } catch (error) {
      if (!(error instanceof GradingInputError)) throw error;
    }
    return {
      row: r + 2,
      id: idi >= 0 ? (cells[idi] ?? '') : String(r + 2),
      text,
      human,
      grader: score,
      points,
    };
  });
  const humans = graded.map((g) => g.human);
  const scores = graded.map((g) => g.grader);
  const min = Math.min(0, ...humans);
  const max = Math.max(rubric.maxScore, ...humans);
  return {
    n: graded.length,
    qwk: quadraticWeightedKappa(humans, scores, min, max),
    exact: exactAgreement(humans, scores),
    min,
    max,
    matrix: confusionMatrix(humans, scores, min, max),
    rows: graded,
  };
}

/**
 * `tutor eval --question <id> --data <file.tsv>`: prints QWK, exact agreement, the confusion
 * matrix and the largest disagreements; with `json`, the last line is `{"qwk", "exact", "n"}`.
 */
export async function runEvalCli(options: EvalCliOptions): Promise<number> {
  const { stdout } = options;
  const stderr = options.stderr ?? stdout;
  const found = findQuestion(options.contentDir, options.questionId, stderr);
  if (!found) return 2;
  if (!found.rubric) {
    stderr.write(`"${options.questionId}" is multiple-choice; eval needs a free-response rubric.\n`);
    return 2;
  }
  let report: EvalReport;
  try {
    report = evaluateRubric(
      found.rubric,
      options.dataPath,
      options.textColumn ?? 'EssayText',
      options.scoreColumn ?? 'Score1',
    );
  } catch (error) {
    stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const out = (line = '') => stdout.write(`${line}\n`);
  out(`question ${options.questionId}: ${report.n} answers from ${options.dataPath}`);
  out(`quadratic weighted kappa  ${report.qwk.toFixed(4)}`);
  out(`exact agreement           ${(report.exact * 100).toFixed(1)}%`);
  out();
  out('confusion matrix (rows: human, columns: grader)');
  const labels = Array.from({ length: report.max - report.min + 1 }, (_, i) => String(report.min + i));
  out(`        ${labels.map((l) => l.padStart(6)).join('')}`);
  report.matrix.forEach((row, i) => {
    out(`  ${(labels[i] ?? '').padStart(4)}  ${row.map((x) => String(x).padStart(6)).join('')}`);
  });
  out();
  const worst = [...report.rows]
    .filter((r) => r.human !== r.grader)
    .sort((a, b) => Math.abs(b.human - b.grader) - Math.abs(a.human - a.grader) || a.row - b.row)
    .slice(0, options.top ?? 10);
  out(`largest disagreements (${worst.length})`);
  for (const r of worst) {
    const text = truncateText(r.text, 240, '...');
    out(`  [${r.id}] human ${r.human} grader ${r.grader} (earned: ${r.points.join(', ') || 'none'})`);
    out(`      ${text}`);
  }
  if (options.json) out(JSON.stringify({ qwk: report.qwk, exact: report.exact, n: report.n }));
  return 0;
}
