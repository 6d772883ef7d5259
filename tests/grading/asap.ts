import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import type { CompiledRubric } from '../../src/grading/compile.js';
import { grade } from '../../src/grading/grade.js';

/*
 * Shared by the ASAP-SAS item tests. The public training answers live beside the repository in
 * ../shared (CI clones it there). Rubrics are tuned on Id % 3 != 0 only; Id % 3 == 0 is the
 * held-out third, looked at rarely and never tuned on.
 */

const root = join(import.meta.dirname, '../..');

/** One released answer: its id, the score of record (Score1) and the text. */
export interface AsapAnswer {
  readonly id: number;
  readonly score: number;
  readonly text: string;
}

/** The rubric `asap-sas-<item>` as the bot uses it: loaded with the shared lexicon, its examples checked. */
export function loadAsapRubric(item: 5 | 6): CompiledRubric {
  const id = `asap-sas-${item}`;
  const bank = loadQuestionBank(join(root, 'content'));
  const rubric = bank.rubrics.get(id);
  if (!rubric) {
    const mine = bank.errors.filter((e) => String(e).includes(id));
    throw new Error(`${id} did not load:\n${mine.map(String).join('\n')}`);
  }
  return rubric;
}

/** Rows of the released TSV for an item. */
export function loadAsapAnswers(item: 5 | 6): AsapAnswer[] {
  const file = join(root, `../shared/benchmarks/asap-sas/set${item}.tsv`);
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
  const columns = (header ?? '').split('\t');
  const idAt = columns.indexOf('Id');
  const scoreAt = columns.indexOf('Score1');
  const textAt = columns.indexOf('EssayText');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split('\t');
      return { id: Number(cells[idAt]), score: Number(cells[scoreAt]), text: cells[textAt] ?? '' };
    });
}

/** The held-out third of the released answers (never used for tuning). */
export const isHeldOut = (answer: AsapAnswer): boolean => answer.id % 3 === 0;

/** QWK between the human score of record and the rubric's score over `answers` (scores 0..3). */
export function asapAgreement(rubric: CompiledRubric, answers: readonly AsapAnswer[]): number {
  return quadraticWeightedKappa(
    answers.map((a) => a.score),
    answers.map((a) => grade(rubric, a.text).score),
    4,
  );
}

/**
 * Quadratic weighted kappa between two integer ratings on 0..k-1. Written out here on purpose,
 * independently of src/grading/metrics.ts, so an error there cannot flatter the rubrics.
 */
export function quadraticWeightedKappa(a: readonly number[], b: readonly number[], k: number): number {
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const colTotals = new Array<number>(k).fill(0);
  a.forEach((x, i) => {
    const y = b[i] as number;
    (observed[x] as number[])[y] = ((observed[x] as number[])[y] ?? 0) + 1;
    rowTotals[x] = (rowTotals[x] ?? 0) + 1;
    colTotals[y] = (colTotals[y] ?? 0) + 1;
  });
  let disagreement = 0;
  let chance = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const weight = (i - j) ** 2;
      disagreement += weight * ((observed[i] as number[])[j] ?? 0);
      chance += (weight * (rowTotals[i] ?? 0) * (colTotals[j] ?? 0)) / a.length;
    }
  }
  return 1 - disagreement / chance;
}
