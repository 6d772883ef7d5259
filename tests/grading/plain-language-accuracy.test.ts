import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileQuestionFile } from '../../src/content/question-file.js';
import { grade } from '../../src/grading/grade.js';
import { realLexicon } from './helpers.js';

/*
 * The six pack FRQs (other than NMJ) rewritten as plain-language points — the same point ids,
 * labels and hints, no patterns (tests/grading/plain/*.yaml) — graded against blind answers that
 * fresh writers wrote from the prompt and the point labels, labelled as a teacher would
 * (tests/grading/plain/batches/A–Z, AA–AZ, BA–BZ, CA; format [{text, points: {id: bool}}]). The label
 * compiler was tuned with general rules on batch A (round 1) and B (round 2); later batches were
 * each measured once, untouched, before the engine was tuned on them. The floors sit
 * a little under the measured figures so only a real regression fails; docs/grading-history.md, "Plain-language
 * points" has the figures.
 */

const dir = join(import.meta.dirname, 'plain');

interface Labelled {
  readonly text: string;
  readonly points: Record<string, boolean>;
}

/** Point decisions that agree with the teacher, and how many there were. */
function agreement(questionId: string, batch: string): { agree: number; total: number } {
  const rubric = compileQuestionFile(join(dir, `${questionId}.yaml`), realLexicon);
  const answers = JSON.parse(
    readFileSync(join(dir, 'batches', batch, `${questionId}.json`), 'utf8'),
  ) as Labelled[];
  let agree = 0;
  let total = 0;
  for (const a of answers) {
    const earned = new Set(
      grade(rubric, a.text)
        .points.filter((p) => p.earned)
        .map((p) => p.id),
    );
    for (const [id, label] of Object.entries(a.points)) {
      total++;
      if (earned.has(id) === label) agree++;
    }
  }
  return { agree, total };
}

/**
 * Batch B was measured unseen in round 1 (81.7%) and tuned on in round 2 (86.8%); batch C was
 * measured ONCE, untouched, after round 2 (2 Dec, engine at commit c206b4e): depolarization
 * 83.5%, osmosis 88.9%, passive/active 85.3%, pump-blocked 76.4%, resting-potential-pump 84.3%,
 * synapse-neurotoxin 89.6% — 84.8% of all 1,552 decisions. Floors: those figures minus a small
 * margin.
 */
const FLOORS_B: Record<string, number> = {
  'depolarization-vs-repolarization': 0.88,
  'osmosis-red-blood-cell': 0.89,
  'passive-vs-active': 0.83,
  'pump-blocked': 0.79,
  'resting-potential-pump': 0.78,
  'synapse-neurotoxin': 0.91,
};
const FLOORS_C: Record<string, number> = {
  'depolarization-vs-repolarization': 0.82,
  'osmosis-red-blood-cell': 0.87,
  'passive-vs-active': 0.84,
  'pump-blocked': 0.75,
  'resting-potential-pump': 0.83,
  'synapse-neurotoxin': 0.88,
};

describe('plain-language variants of the pack FRQs agree with a teacher', () => {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));

  it('has a plain variant for each of the six FRQs', () => {
    expect(ids.sort()).toEqual(Object.keys(FLOORS_B).sort());
  });

  for (const [batch, floors] of [
    ['B', FLOORS_B],
    ['C', FLOORS_C],
  ] as const) {
    for (const id of Object.keys(floors)) {
      it(`${id}: batch ${batch} point decisions above the floor`, () => {
        const { agree, total } = agreement(id, batch);
        expect(total).toBeGreaterThanOrEqual(190);
        expect(agree / total).toBeGreaterThanOrEqual(floors[id] as number);
      });
    }
  }

  // Batches D–K came later (rounds 3–10 tuned the pattern rubrics and the engine on each in turn;
  // the plain variants themselves were not edited). Untouched, each measured once: D 84.5%,
  // E 85.0%, F 86.5%, G 85.4%, H 84.3%, I 85.0%, J 83.4%, K 88.9% (after round 10's label
  // rules), L 88.8% (after round 11), M 88.7% (after round 12), N 89.6% and O 89.0% (both on the
  // round-13 engine, untouched), P 91.5% (after round 14), Q 88.2% (after round 15; Spanish
  // code-switching, which the grader does not read), R 91.0% (after round 16), S 90.5% (after round 17), T 90.6% (after round 18), U 91.1% (after round 19), V 91.5% (after round 20), W 89.1% (after round 21), X 90.1% (after round 23), Y 91.1% (after round 24), Z 89.5% (on Y's engine), AA 89.0% (after round 25), AB 90.6% (untouched, after round 26), AC 89.8% (untouched, on AB's engine), AD 90.0% (untouched, after round 28), AE 90.2% (untouched, after round 29), AF 89.9% (untouched, after round 30), AG 89.1% (untouched, after round 31), AH 89.0% (untouched, after round 32), AI 91.1% (untouched, after round 33; 91.8% after round 34 tuned on it), AJ 89.7% (untouched, after round 34; 90.3% after round 35), AK 90.6% (untouched, after round 35), AL 88.8% (untouched, after round 38), AM 91.8% (untouched, after round 39), AN 91.9% (untouched, after round 40), AO 89.1% (untouched, after round 41), AP 89.8% (untouched, after round 42), AQ 90.7% (untouched, after round 43), AR 90.7% (untouched, after round 44), AS 89.4% (untouched, after round 45), AT 89.9% (first touch this round, on round 45's engine; 90.3% after round 46), AU 92.0% (untouched, after round 46), AV 91.1% (untouched, after round 47), AW 89.5% (untouched, after round 48), AX 90.3% (untouched, after round 49), AY 89.8% (untouched, after round 50), AZ 89.5% (untouched, after round 51), BA 91.8% (untouched, after round 52), BB 89.7% (untouched, after round 53; 91.1% after round 54, whose Spanish key words plain points read too), BC 90.1% (untouched, after round 54), BD 91.5% (untouched, after round 55), BE 89.5% (untouched, on the same engine), BF 89.6% (untouched, after round 56), BG 90.7% (untouched, after round 57), BH 90.6% (untouched, after round 58), BI 91.8% (untouched, after round 59), BJ 90.1% (untouched, after round 60), BK 90.6% (untouched, after round 61), BL 90.7% (untouched, after round 62), BM 90.9% (untouched, after round 63), BN 90.1% (untouched, after round 64), BO 90.6% (untouched, after round 65), BP 88.9% (untouched, after round 66), BQ 91.7% (untouched, after round 67), BR 90.1% (untouched, after round 68), BS 90.7% (untouched, after round 69), BT 92.0% (untouched, after round 70), BU 91.9% (untouched, after round 71), BV 90.9% (untouched, after round 72; 91.3% after round 73), BW 89.9% (untouched, after round 73; 90.3% after round 74), BX 89.7% (untouched, after round 74), BY 90.9% (untouched, after round 75), BZ 91.1% (untouched, after round 76; 91.9% after round 77), CA 89.5% (the last untouched, after round 77, the final engine). The label compiler itself was not changed in rounds 39–59; round 60 let a label's two counts ("three Na⁺ for every two K⁺") be found up to 30 words apart across sentences (was 10), for the steps of a pump cycle told in two sentences; round 61 let a rate ("Na+ … out of the neuron, 3 at a time") keep its count up to eight words after the thing it is said of. Round 74 let the two counts be joined by "and" or each carry its direction ("Na+ goes out, K+ comes in, 3 and 2", "3 out 2 in"), in the order the things were named.
  it('all six together, every batch A–CA: ≥ 85–90% of point decisions', () => {
    for (const [batch, floor] of [
      ['A', 0.85],
      ['B', 0.85],
      ['C', 0.84],
      ['D', 0.84],
      ['E', 0.84],
      ['F', 0.85],
      ['G', 0.84],
      ['H', 0.83],
      ['I', 0.84],
      ['J', 0.85],
      ['K', 0.88],
      ['L', 0.89],
      ['M', 0.88],
      ['N', 0.88],
      ['O', 0.87],
      ['P', 0.9],
      ['Q', 0.87],
      ['R', 0.9],
      ['S', 0.89],
      ['T', 0.89],
      ['U', 0.9],
      ['V', 0.9],
      ['W', 0.88],
      ['X', 0.89],
      ['Y', 0.9],
      ['Z', 0.88],
      ['AA', 0.88],
      ['AB', 0.89],
      ['AC', 0.88],
      ['AD', 0.89],
      ['AE', 0.89],
      ['AF', 0.88],
      ['AG', 0.88],
      ['AH', 0.88],
      ['AI', 0.9],
      ['AJ', 0.89],
      ['AK', 0.89],
      ['AL', 0.88],
      ['AM', 0.91],
      ['AN', 0.91],
      ['AO', 0.88],
      ['AP', 0.89],
      ['AQ', 0.9],
      ['AR', 0.9],
      ['AS', 0.88],
      ['AT', 0.89],
      ['AU', 0.91],
      ['AV', 0.9],
      ['AW', 0.88],
      ['AX', 0.89],
      ['AY', 0.88],
      ['AZ', 0.88],
      ['BA', 0.9],
      ['BB', 0.88],
      ['BC', 0.89],
      ['BD', 0.9],
      ['BE', 0.88],
      ['BF', 0.88],
      ['BG', 0.89],
      ['BH', 0.89],
      ['BI', 0.9],
      ['BJ', 0.89],
      ['BK', 0.89],
      ['BL', 0.89],
      ['BM', 0.89],
      ['BN', 0.89],
      ['BO', 0.89],
      ['BP', 0.88],
      ['BQ', 0.9],
      ['BR', 0.89],
      ['BS', 0.9],
      ['BT', 0.91],
      ['BU', 0.91],
      ['BV', 0.9],
      ['BW', 0.89],
      ['BX', 0.89],
      ['BY', 0.9],
      ['BZ', 0.91],
      ['CA', 0.88],
      ['CB', 0.89],
      ['CD', 0.87],
      ['CC', 0.87],
      ['CE', 0.89],
      ['CF', 0.88],
      ['CG', 0.9],
      ['CH', 0.89],
      ['CI', 0.91],
      ['CJ', 0.87],
      ['CK', 0.89],
      ['CL', 0.9],
      ['CM', 0.9],
      ['CN', 0.89],
      ['CO', 0.89],
      ['CP', 0.91],
      ['CQ', 0.89],
      ['CR', 0.88],
      ['CS', 0.88],
      ['CT', 0.89],
      ['CU', 0.87],
      ['CV', 0.88],
      ['CW', 0.91],
      ['CX', 0.89],
      ['CY', 0.89],
      ['CZ', 0.89],
      ['DA', 0.88],
      ['DB', 0.89],
      ['DC', 0.89],
      ['DD', 0.89],
      ['DE', 0.9],
      ['DF', 0.89],
      ['DG', 0.89],
      ['DH', 0.87],
      ['DI', 0.88],
      ['DJ', 0.89],
      ['DK', 0.89],
      ['DL', 0.88],
      ['DM', 0.89],
      ['DN', 0.88],
      ['DO', 0.89],
      ['DP', 0.91],
      ['DQ', 0.9],
      ['DR', 0.89],
      ['DS', 0.91],
      ['DT', 0.89],
      ['DU', 0.88],
      ['DV', 0.9],
      ['DW', 0.89],
      ['DX', 0.9],
      ['DY', 0.9],
      ['DZ', 0.88],
      ['EA', 0.89],
      ['EB', 0.9],
      ['EC', 0.89],
      ['ED', 0.89],
      ['EE', 0.9],
      ['EF', 0.89],
      ['EG', 0.89],
      ['EH', 0.9],
      ['EI', 0.89],
      ['EJ', 0.88],
      ['EK', 0.89],
      ['EL', 0.89],
      ['EM', 0.9],
      ['EN', 0.9],
      ['EO', 0.89],
      ['EP', 0.89],
      ['EQ', 0.9],
      ['ER', 0.9],
      ['ES', 0.9],
      ['ET', 0.89],
      ['EU', 0.9],
      ['EV', 0.9],
      ['EW', 0.88],
      ['EX', 0.89],
      ['EZ', 0.9],
      ['EY', 0.9],
      ['FA', 0.89],
      ['FB', 0.9],
      ['FD', 0.89],
      ['FE', 0.9],
      ['FC', 0.89],
      ['FF', 0.91],
      ['FG', 0.89],
      ['FI', 0.9],
      ['FJ', 0.89],
      ['FK', 0.9],
      // FL: graded once, untouched, on 8124981 (89.5%)
      ['FL', 0.89],
      // FM: graded once, untouched, on 910a651 (91.7%)
      ['FM', 0.91],
      // FN: graded once, untouched, on 7496048 (90.3%)
      ['FN', 0.9],
      // FO: graded once, untouched, on eaa8472 (91.5%)
      ['FO', 0.91],
      // FP: graded once, untouched, on d664029 (91.5%)
      ['FP', 0.91],
      // FQ: graded once, untouched, on 39f7d36 (90.5%)
      ['FQ', 0.9],
      // FR: graded once, untouched, on 35d8db1 (90.1%)
      ['FR', 0.9],
      // FS: graded once, untouched, on 2dcfadc (91.7%)
      ['FS', 0.91],
      // FT: graded once, untouched, on 744e630 (92.1%)
      ['FT', 0.92],
    ] as const) {
      let agree = 0;
      let total = 0;
      for (const id of ids) {
        const r = agreement(id, batch);
        agree += r.agree;
        total += r.total;
      }
      expect(agree / total, batch).toBeGreaterThanOrEqual(floor);
    }
    // Every stored batch is graded here (about 45 s alone, and more with each new batch): well past
    // the suite-wide 60 s limit when the machine is busy, so this one test gets its own.
  }, 240_000);
});
