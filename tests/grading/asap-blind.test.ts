import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { loadAsapRubric, quadraticWeightedKappa } from './asap.js';

/*
 * Fresh answers to the two ASAP items, written blind: for each batch, six helper sessions each
 * saw only the prompt and the released key elements (WRITER-BRIEF.md in each item's folder),
 * pictured a different grade-10 class, wrote 40 answers and labelled every key element as a rater
 * would. They test whether the ASAP rubrics, tuned only on the public answers, read wordings that
 * are not in those answers. Floors sit a little under the figures after tuning, so a regression
 * fails. Where the writers were stricter or looser than the public raters, the public raters win
 * and the rubric was left alone.
 *
 * Item 5 (protein synthesis), batch 1 (suburban Ohio, English learners in Texas, a Philadelphia
 * charter school, a Georgia private school, A/P/E-site textbook users, summer-school retakers).
 * First touch, measured once before any change on the engine at 7d9c59c: 97.0% of 1,920 point
 * decisions, score QWK 0.964 (exact 90.4%); weakest `to-ribosome` 92.9% and
 * `trna-brings-amino-acid` 94.2%. The rubric was then widened for what the writers showed —
 * plurals "tRNAs", "the ribosome latches on to it", note form without the second verb, "gets to
 * the ribosome", "codon by codon", "comes in with its amino acid" — keeping only the changes that
 * left the public answers' dev QWK unchanged: 97.9% and QWK 0.977 after (tuned on). Left alone:
 * "a hole in the nucleus" as the pore (the public raters did not credit it) and text-speak "goes 2
 * ribosome" (absent from the public answers).
 *
 * Item 5, batch 2 (rural Maine, an AP-track New Jersey class, phone typists in Michigan, recent
 * immigrants in Los Angeles, a recipe/kitchen/truck analogy class, a homework night in Florida),
 * measured once, untouched, on the tuned rubric (d2b5d9e): 97.6% of 1,920, QWK 0.967 (exact
 * 92.5%), every point ≥ 94.6%. The same batch on the untuned rubric (7d9c59c): 96.7%, QWK 0.952 —
 * batch 1's changes carried over to answers nobody had seen. Round 27 then added one engine rule
 * from it ("Step 2" run on without a full stop is a list marker, not a count) and "shows up
 * with": 97.8%, QWK 0.968.
 *
 * Item 6 (membrane transport), batch 1 (a suburban Illinois lab class, rural Kentucky, English
 * learners in Houston, an honors class in Massachusetts, an online form that dropped line breaks
 * in Oregon, credit recovery in Nevada). First touch, measured once before any change (dd50894):
 * 98.1% of 2,880 point decisions, score QWK 0.925 (exact 86.3%); weakest `diffusion-high-to-low`
 * 91.3% (21 missed: "from where there's alot to where there's a little", and run-on lists where an
 * osmosis item after the direction took it from diffusion). After widening (the shared
 * `@down-gradient` picture, "alot", osmosis as "the same thing but with water", "semipermeable",
 * a process named after the direction no longer blocks it): 99.0%, QWK 0.972 (tuned on); public
 * dev QWK 0.9015 → 0.9029.
 *
 * Item 6, batch 2 (a Chicago class after a review, an Iowa class taught with a nightclub-bouncer
 * analogy, tablets whose autocorrect split words, an AP-track California class, English learners
 * in New Mexico, a flashcard tutoring group in New York), measured once, untouched, on the tuned
 * rubric (161257a) and not tuned on: 97.7% of 2,880, QWK 0.916 (exact 87.1%); the same batch on
 * the untuned rubric (dd50894): 97.0%, QWK 0.895. Lowest point `active-transport` 93.8%: three
 * writers hold that "the sodium-potassium pump uses energy to move ions" describes the pump only,
 * while the rubric (and its example) credits both; the public answers do not settle it, so it
 * was left alone, as were answers that split words ("End cytosis"), absent from the public answers.
 */

interface Labelled {
  readonly text: string;
  readonly points: Record<string, boolean>;
  readonly score: number;
}

/**
 * Item, batch folder, writers, floors: [all point decisions, every point, the score QWK]. Item 5
 * batches 3 and 4 were written in the voice of the real answers (eight and six writers).
 */
const FLOORS: [5 | 6, string, number, [number, number, number]][] = [
  [5, '1', 6, [0.975, 0.94, 0.97]],
  [5, '2', 6, [0.975, 0.94, 0.96]],
  [5, '3', 8, [0.97, 0.94, 0.97]],
  [5, '4', 6, [0.97, 0.95, 0.97]],
  [6, '1', 6, [0.985, 0.95, 0.96]],
  [6, '2', 6, [0.97, 0.93, 0.9]],
];

for (const [item, batch, writers, [allFloor, pointFloor, qwkFloor]] of FLOORS) {
  const size = writers * 40;
  const rubric = loadAsapRubric(item);
  const dir = join(import.meta.dirname, 'asap-blind', `item${item}`, batch);
  const answers: Labelled[] = readdirSync(dir)
    .filter((f) => /^w\d+\.json$/.test(f))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Labelled[]);
  const results = answers.map((a) => grade(rubric, a.text));

  describe(`ASAP item ${item} rubric on blind batch ${batch}`, () => {
    it(`holds ${writers} writers’ answers (${size}), each labelled on every key element`, () => {
      expect(answers).toHaveLength(size);
      for (const a of answers) expect(Object.keys(a.points)).toHaveLength(rubric.points.length);
    });

    it(`agrees with the writers on ≥ ${allFloor * 100}% of point decisions, every point ≥ ${pointFloor * 100}%`, () => {
      let agree = 0;
      let total = 0;
      const per = new Map<string, [number, number]>();
      answers.forEach((a, i) => {
        for (const p of results[i]?.points ?? []) {
          const gold = a.points[p.id];
          if (gold === undefined) continue;
          const [ok, n] = per.get(p.id) ?? [0, 0];
          per.set(p.id, [ok + (gold === p.earned ? 1 : 0), n + 1]);
          agree += gold === p.earned ? 1 : 0;
          total += 1;
        }
      });
      expect(total).toBe(size * rubric.points.length);
      expect(agree / total).toBeGreaterThanOrEqual(allFloor);
      for (const [id, [ok, n]] of per) expect(ok / n, id).toBeGreaterThanOrEqual(pointFloor);
    });

    it(`gives the writers’ 0–3 scores with QWK ≥ ${qwkFloor}`, () => {
      const qwk = quadraticWeightedKappa(
        answers.map((a) => a.score),
        results.map((r) => r.score),
        4,
      );
      expect(qwk).toBeGreaterThanOrEqual(qwkFloor);
    });
  });
}
