import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { type GradeResult, grade } from '../../src/grading/grade.js';

/*
 * ASAP-SAS item 6 (membrane transport): the rubric must keep agreeing with the human raters.
 * The public training answers live beside the repository in ../shared (CI clones it there).
 * The rubric was tuned on Id % 3 != 0 only; this test guards the whole set against regressions.
 */

const root = join(import.meta.dirname, '../..');
const DATA_FILE = join(root, '../shared/benchmarks/asap-sas/set6.tsv');
/** A little below what the rubric reaches on the full set (0.875), so only a real regression fails. */
const QWK_FLOOR = 0.83;

/** The rubric as the bot uses it: loaded with the shared lexicon, its own examples already checked. */
function loadRubric() {
  const bank = loadQuestionBank(join(root, 'content'));
  const rubric = bank.rubrics.get('asap-sas-6');
  if (!rubric) {
    const mine = bank.errors.filter((e) => String(e).includes('asap-sas-6'));
    throw new Error(`asap-sas-6 did not load:\n${mine.map(String).join('\n')}`);
  }
  return rubric;
}

/** Rows of the released TSV: the score of record and the answer text. */
function loadAnswers(): { score: number; text: string }[] {
  const [header, ...lines] = readFileSync(DATA_FILE, 'utf8').split('\n');
  const columns = (header ?? '').split('\t');
  const scoreAt = columns.indexOf('Score1');
  const textAt = columns.indexOf('EssayText');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split('\t');
      return { score: Number(cells[scoreAt]), text: cells[textAt] ?? '' };
    });
}

/** Quadratic weighted kappa between two integer ratings on 0..k-1. */
function quadraticWeightedKappa(a: readonly number[], b: readonly number[], k: number): number {
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

const rubric = loadRubric();
const earned = (r: GradeResult) => r.points.filter((p) => p.earned).map((p) => p.id);

describe('ASAP item 6 rubric (membrane transport)', () => {
  it('agrees with the human score of record on the public answers (QWK above the floor)', () => {
    const answers = loadAnswers();
    expect(answers.length).toBe(1797);
    const human = answers.map((a) => a.score);
    const machine = answers.map((a) => grade(rubric, a.text).score);
    const kappa = quadraticWeightedKappa(human, machine, 4);
    expect(kappa).toBeGreaterThanOrEqual(QWK_FLOOR);
  });

  it('given only the names of three processes, awards nothing', () => {
    const result = grade(rubric, 'Diffusion, osmosis, and active transport.');
    expect(earned(result)).toEqual([]);
    expect(result.score).toBe(0);
  });

  it('credits each process once it is described, and caps the score at 3', () => {
    const four =
      'Diffusion moves particles from high to low concentration. Osmosis is the diffusion of water. ' +
      'Active transport uses ATP. In endocytosis the membrane engulfs a particle into a vesicle.';
    const result = grade(rubric, four);
    expect(earned(result)).toEqual(
      expect.arrayContaining(['diffusion-high-to-low', 'osmosis-water', 'active-transport', 'endocytosis']),
    );
    expect(result.score).toBe(3);
    expect(grade(rubric, 'Osmosis is the movement of water across the membrane.').score).toBe(1);
  });

  it('given low to high, credits active transport and not the passive direction', () => {
    const result = grade(rubric, 'Some molecules are moved from low to high concentration.');
    expect(earned(result)).toEqual(['active-transport']);
  });

  it('counts passive transport and diffusion as two processes, but only when each has its own sentence', () => {
    const two =
      'Passive transport needs no energy. Diffusion moves molecules from high to low concentration.';
    expect(grade(rubric, two).score).toBe(2);
    const one = 'Passive transport, like diffusion, moves molecules from high to low concentration.';
    expect(earned(grade(rubric, one))).toEqual(['passive-transport']);
  });

  it('given osmosis the wrong way round, credits neither osmosis nor active transport', () => {
    const result = grade(
      rubric,
      'Osmosis is when water moves from a low concentration to a high concentration.',
    );
    expect(earned(result)).toEqual([]);
  });

  it('given a negated energy claim, does not credit active transport', () => {
    expect(earned(grade(rubric, 'Active transport does not use energy.'))).not.toContain('active-transport');
    expect(earned(grade(rubric, 'Active transport uses energy.'))).toContain('active-transport');
  });

  it('reads "uses no energy" as no energy, and flags energy given to a passive process', () => {
    expect(earned(grade(rubric, 'Active transport uses no energy.'))).not.toContain('active-transport');
    const wrong = grade(rubric, 'Facilitated diffusion is when the cell uses energy to move molecules.');
    expect(earned(wrong)).toEqual([]);
    expect(wrong.misconceptions.map((m) => m.id)).toEqual(['passive-uses-energy']);
  });

  it('given only the name "selectively permeable", wants what it means as well', () => {
    expect(earned(grade(rubric, 'The membrane is selectively permeable.'))).toEqual([]);
    expect(
      earned(grade(rubric, 'The membrane is selectively permeable: only certain things can cross it.')),
    ).toEqual(['selective-permeability']);
  });

  it('quotes the student words that earned a point', () => {
    const text = 'Osmosis is when water passes through the membrane.';
    const point = grade(rubric, text).points.find((p) => p.id === 'osmosis-water');
    expect(point?.earned).toBe(true);
    expect(point?.evidence.map((e) => e.text).join(' ')).toContain('water');
  });
});
