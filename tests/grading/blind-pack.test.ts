import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import { grade } from '../../src/grading/grade.js';
import { contentDir } from './helpers.js';

/*
 * Blind, teacher-labelled answers to the six FRQs written for the pack (issue 7). Fresh writers
 * saw only each prompt and its point labels. Batch A (`<id>-a.json`) is what the engine and
 * lexicon were tuned on in round 1; batch B (`<id>-b.json`) was measured untouched after round 1
 * and tuned on in round 2; batch C (`<id>-c.json`) was graded once, untouched, after round 2
 * and tuned on in round 3; batch D (`<id>-d.json`) is the last untouched one (below). The osmosis batches were labelled with short ids
 * (H, W, S, N); they are stored here under the rubric's ids (hypotonic, water-enters,
 * swells-bursts, no-wall), labels unchanged. Floors sit a little under the measured figures so a
 * regression fails without making the test flaky.
 */
interface Labelled {
  readonly text: string;
  readonly points: Record<string, boolean>;
  readonly misconception: string | null;
}

const bank = loadQuestionBank(contentDir);

/**
 * Per question: [batch, floor for all point decisions, floor for every single point, most
 * full-mark answers flagged with a misconception].
 *
 * Round 1 measured batch B untouched (2 Dec): 94.8% of 1,472 decisions, 5 full-mark answers
 * flagged. Round 2 tuned on B with general rules (B is now a seen batch: 95.9%, none flagged) and
 * then measured batch C ONCE, untouched — the figure that counts (2 Dec, engine at commit c206b4e):
 * depolarization 93.1%, osmosis 94.0%, passive/active 94.2%, pump-blocked 94.2%,
 * resting-potential-pump 94.4%, synapse-neurotoxin 94.8% (94.1% of all 1,552 decisions); lowest
 * points: passive/active proteins 86.5%, resting-pump uses-atp 88.2%; one full-mark answer flagged
 * (resting-potential-pump, "reverses the directions"). Short of the targets (95% per FRQ,
 * every point 90%, none flagged), recorded as found.
 *
 * Round 3 tuned on C with general rules (C is now seen: 96.5 / 98.1 / 96.5 / 100 / 97.7 / 97.6%)
 * and then measured batch D (`<id>-d.json`, fresh writers) ONCE, untouched — the figure that
 * counts now (2 Dec): depolarization 98.9%, osmosis 96.2%, passive/active 92.0%, pump-blocked
 * 92.6%, resting-potential-pump 96.6%, synapse-neurotoxin 96.5% (95.5% of 1,696 decisions);
 * lowest point: passive/active active-energy 89.3%; one full-mark answer flagged (resting pump).
 * D on the engine before round 3 (first touch): 93.9%.
 */
const FLOORS: Record<string, [string, number, number, number][]> = {
  'depolarization-vs-repolarization': [
    ['a', 0.98, 0.95, 0],
    ['b', 0.95, 0.9, 0],
    ['c', 0.95, 0.9, 0],
    ['d', 0.97, 0.94, 0],
  ],
  'osmosis-red-blood-cell': [
    ['a', 0.98, 0.95, 0],
    ['b', 0.97, 0.92, 0],
    ['c', 0.97, 0.93, 0],
    ['d', 0.95, 0.9, 0],
  ],
  'passive-vs-active': [
    ['a', 0.94, 0.88, 0],
    ['b', 0.95, 0.9, 0],
    ['c', 0.95, 0.9, 0],
    ['d', 0.91, 0.88, 0],
  ],
  'pump-blocked': [
    ['a', 0.96, 0.93, 0],
    ['b', 0.95, 0.9, 0],
    ['c', 0.98, 0.96, 0],
    ['d', 0.91, 0.89, 0],
  ],
  'resting-potential-pump': [
    ['a', 0.97, 0.92, 0],
    ['b', 0.95, 0.9, 0],
    ['c', 0.96, 0.92, 0],
    ['d', 0.95, 0.92, 1],
  ],
  'synapse-neurotoxin': [
    ['a', 0.96, 0.92, 0],
    ['b', 0.95, 0.88, 0],
    ['c', 0.96, 0.92, 0],
    ['d', 0.95, 0.92, 0],
  ],
};

function agreement(id: string, answers: readonly Labelled[]) {
  const rubric = bank.rubrics.get(id);
  if (!rubric) throw new Error(`${id} did not load`);
  let agree = 0;
  let total = 0;
  const perPoint = new Map<string, [number, number]>();
  const fullMarkFlagged: string[] = [];
  for (const a of answers) {
    const g = grade(rubric, a.text);
    const earned = new Set(g.points.filter((p) => p.earned).map((p) => p.id));
    for (const [point, label] of Object.entries(a.points)) {
      const ok = earned.has(point) === label;
      const [k, n] = perPoint.get(point) ?? [0, 0];
      perPoint.set(point, [k + (ok ? 1 : 0), n + 1]);
      agree += ok ? 1 : 0;
      total++;
    }
    if (Object.values(a.points).every(Boolean) && g.misconceptions.length > 0) fullMarkFlagged.push(a.text);
  }
  return { overall: agree / total, perPoint, fullMarkFlagged, total };
}

describe('blind batches for the pack FRQs', () => {
  for (const [id, batches] of Object.entries(FLOORS)) {
    for (const [batch, floor, pointFloor, flagged] of batches) {
      const file = join(import.meta.dirname, 'blind', `${id}-${batch}.json`);
      it(`${id}, batch ${batch.toUpperCase()}: ≥ ${floor * 100}% of point decisions, every point ≥ ${pointFloor * 100}%, at most ${flagged} full-mark answer(s) flagged`, () => {
        expect(existsSync(file)).toBe(true);
        const answers = JSON.parse(readFileSync(file, 'utf8')) as Labelled[];
        expect(answers.length).toBeGreaterThanOrEqual(40);
        const points = bank.rubrics.get(id)?.points.map((p) => p.id) ?? [];
        for (const a of answers) expect(Object.keys(a.points).sort()).toEqual([...points].sort());
        const r = agreement(id, answers);
        expect(r.overall).toBeGreaterThanOrEqual(floor);
        for (const [point, [k, n]] of r.perPoint) expect(k / n, point).toBeGreaterThanOrEqual(pointFloor);
        expect(r.fullMarkFlagged.length).toBeLessThanOrEqual(flagged);
      });
    }
  }
});
