import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { isHeldOut, loadAsapAnswers, loadAsapRubric, quadraticWeightedKappa } from './asap.js';

/*
 * Does the item 5 rubric credit the public raters' judgements, or the public answers' words?
 * Paraphrases of real answers, each scored with the score of record of the answer it rewrites.
 *
 * 200 public answers from the tuning two thirds (all 48 rated 2 or 3, 76 rated 1 and 76 rated 0,
 * drawn at random) were each rewritten once by eight fresh helper sessions (25 each) that saw
 * only WRITER-BRIEF.md and the answers, never the scores or the rubric: same ideas and the same
 * mistakes, different everyday wording, structure and typos. Batch B rewrites the same 48 rated
 * 2–3 (by different writers) and 152 other answers rated 0–1.
 *
 * - A, first touch (engine a252371): paraphrases QWK 0.905 against 0.919 for the same originals.
 *   Round 36 widened what it showed ("passes through the ER", "looks for amino acids", "a tRNA
 *   with a amino acid", "three at once", the rRNA *in* the ribosome, "stop codon" no longer read
 *   as a verb of stopping): 0.924 (tuned on).
 * - B, untouched, on the round-36 engine: 0.911 against 0.914 for its originals (0.902 on
 *   a252371). Then tuned on (a 13-word window for the tRNA fetching its amino acid): 0.920.
 *
 * So rewording the same ideas costs the rubric about 0.01 of QWK: the gap between the tuning
 * answers (0.888) and the held-out third (0.83) is not the rubric missing other words for the
 * same ideas. The floors sit a little under the figures after tuning; a paraphrase may also not
 * fall far below its original, which is what would show a rule keyed to one wording.
 */

interface Paraphrase {
  readonly id: number;
  readonly writer: number;
  readonly score: number;
  readonly text: string;
}

/** Batch, floor for the paraphrases' QWK. */
const FLOORS: [string, number][] = [
  ['A', 0.915],
  ['B', 0.91],
];

const rubric = loadAsapRubric(5);
const originals = new Map(loadAsapAnswers(5).map((a) => [a.id, a]));

for (const [batch, floor] of FLOORS) {
  const file = join(import.meta.dirname, 'asap-paraphrase', 'item5', `${batch}.json`);
  const paraphrases = JSON.parse(readFileSync(file, 'utf8')) as Paraphrase[];
  const gold = paraphrases.map((p) => p.score);

  describe(`ASAP item 5 rubric on paraphrase batch ${batch}`, () => {
    it('rewrites 200 tuning answers, each scored with its original’s score of record', () => {
      expect(paraphrases).toHaveLength(200);
      for (const p of paraphrases) {
        const original = originals.get(p.id);
        expect(original, String(p.id)).toBeDefined();
        // Never the held-out third: these answers may be tuned on.
        expect(isHeldOut(original as NonNullable<typeof original>)).toBe(false);
        expect(p.score).toBe(original?.score);
        expect(p.text).not.toBe(original?.text);
      }
    });

    it(`scores the paraphrases with QWK ≥ ${floor}, within 0.015 of their originals`, () => {
      const para = paraphrases.map((p) => grade(rubric, p.text).score);
      const orig = paraphrases.map((p) => grade(rubric, originals.get(p.id)?.text ?? '').score);
      const paraQwk = quadraticWeightedKappa(gold, para, 4);
      expect(paraQwk).toBeGreaterThanOrEqual(floor);
      expect(paraQwk).toBeGreaterThanOrEqual(quadraticWeightedKappa(gold, orig, 4) - 0.015);
    });
  });
}
