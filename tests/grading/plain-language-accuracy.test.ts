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
 * (tests/grading/plain/batches/A and B; format [{text, points: {id: bool}}]). The label compiler
 * was tuned with general rules on batch A; batch B was measured once, untouched. The floors sit
 * a little under the measured figures so only a real regression fails; README "Plain-language
 * points" has the figures.
 */

const dir = join(import.meta.dirname, 'plain');

interface Labelled {
  readonly text: string;
  readonly points: Record<string, boolean>;
}

/** Point decisions that agree with the teacher, and how many there were. */
function agreement(questionId: string, batch: 'A' | 'B'): { agree: number; total: number } {
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

/** Measured on batch B (unseen) when the compiler was frozen, minus a small margin. */
const FLOORS_B: Record<string, number> = {
  'depolarization-vs-repolarization': 0.84,
  'osmosis-red-blood-cell': 0.86,
  'passive-vs-active': 0.68,
  'pump-blocked': 0.78,
  'resting-potential-pump': 0.76,
  'synapse-neurotoxin': 0.85,
};

describe('plain-language variants of the pack FRQs agree with a teacher', () => {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));

  it('has a plain variant and both blind batches for each of the six FRQs', () => {
    expect(ids.sort()).toEqual(Object.keys(FLOORS_B).sort());
  });

  for (const id of Object.keys(FLOORS_B)) {
    it(`${id}: batch B (unseen) point decisions above the floor`, () => {
      const { agree, total } = agreement(id, 'B');
      expect(total).toBeGreaterThanOrEqual(190);
      expect(agree / total).toBeGreaterThanOrEqual(FLOORS_B[id] as number);
    });
  }

  it('all six together: batch A (tuned on) ≥ 80% and batch B (unseen) ≥ 80% of point decisions', () => {
    for (const batch of ['A', 'B'] as const) {
      let agree = 0;
      let total = 0;
      for (const id of ids) {
        const r = agreement(id, batch);
        agree += r.agree;
        total += r.total;
      }
      expect(agree / total).toBeGreaterThanOrEqual(0.8);
    }
  });
});
