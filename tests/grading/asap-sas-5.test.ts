import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { type GradeResult, grade } from '../../src/grading/grade.js';

/*
 * ASAP-SAS item 5 (protein synthesis): the rubric must keep agreeing with the human raters.
 * The public training answers live beside the repository in ../shared (CI clones it there).
 * The rubric was tuned on Id % 3 != 0 only; this test guards the whole set against regressions.
 */

const root = join(import.meta.dirname, '../..');
const DATA_FILE = join(root, '../shared/benchmarks/asap-sas/set5.tsv');
/** A little below what the rubric reaches on the full set (0.85), so only a real regression fails. */
const QWK_FLOOR = 0.8;

/** The rubric as the bot uses it: loaded with the shared lexicon, its own examples already checked. */
function loadRubric() {
  const bank = loadQuestionBank(join(root, 'content'));
  const rubric = bank.rubrics.get('asap-sas-5');
  if (!rubric) {
    const mine = bank.errors.filter((e) => String(e).includes('asap-sas-5'));
    throw new Error(`asap-sas-5 did not load:\n${mine.map(String).join('\n')}`);
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

describe('ASAP item 5 rubric (protein synthesis)', () => {
  it('agrees with the human score of record on the public answers (QWK above the floor)', () => {
    const answers = loadAnswers();
    expect(answers.length).toBe(1795);
    const human = answers.map((a) => a.score);
    const machine = answers.map((a) => grade(rubric, a.text).score);
    const kappa = quadraticWeightedKappa(human, machine, 4);
    expect(kappa).toBeGreaterThanOrEqual(QWK_FLOOR);
  });

  it('given only a restatement of the prompt, awards nothing', () => {
    const result = grade(rubric, 'The mRNA leaves the nucleus.');
    expect(earned(result)).toEqual([]);
    expect(result.score).toBe(0);
  });

  it('given a tRNA (not the mRNA) moving to the ribosome, does not credit the mRNA reaching it', () => {
    const result = grade(rubric, 'The tRNA carries amino acids to the ribosome.');
    expect(earned(result)).toEqual(['trna-brings-amino-acid']);
  });

  it('given a negated join, does not credit peptide bonding', () => {
    expect(earned(grade(rubric, 'The amino acids are not joined together.'))).not.toContain('peptide-bond');
    expect(earned(grade(rubric, 'The amino acids are joined together.'))).toContain('peptide-bond');
  });

  it('given a stop codon alone, does not also credit reading the codons', () => {
    expect(earned(grade(rubric, 'Reading goes on until the stop codon.'))).toEqual(['stop-codon']);
  });

  it('maps the number of key elements to the ASAP score: 4+ → 3, 3 → 2, 1–2 → 1', () => {
    const four =
      'The mRNA goes to a ribosome. tRNA anticodons pair with the codons. The amino acids form peptide bonds until a stop codon.';
    expect(grade(rubric, four).score).toBe(3);
    const three =
      'The mRNA goes to a ribosome. tRNA anticodons pair with the codons. The amino acids form peptide bonds.';
    expect(grade(rubric, three).score).toBe(2);
    expect(grade(rubric, 'The mRNA goes to a ribosome. Then a stop codon ends it.').score).toBe(1);
  });

  it('quotes the student words that earned a point', () => {
    const text = 'It floats over to the rough ER and attaches there.';
    const point = grade(rubric, text).points.find((p) => p.id === 'to-ribosome');
    expect(point?.earned).toBe(true);
    expect(point?.evidence.map((e) => e.text).join(' ')).toContain('rough ER');
  });
});
