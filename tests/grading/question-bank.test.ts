import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionBank } from '../../src/content/question-loader.js';
import type { FrqQuestion, McqQuestion } from '../../src/content/question-schema.js';
import { grade } from '../../src/grading/grade.js';

/*
 * The question bank as content: enough MCQs, each teaching through every choice, and FRQs whose
 * rubrics are tested like code (every point has an example that earns it and one that does not,
 * and the model answer earns full marks).
 */

const root = join(import.meta.dirname, '../..');
const bank = loadQuestionBank(join(root, 'content'));
const mcqs = bank.questions.filter((q): q is McqQuestion => q.kind === 'mcq');
const frqs = bank.questions.filter((q): q is FrqQuestion => q.kind === 'frq');

/** The hand-written FRQs of this bank (the ASAP items are tested against human scores elsewhere). */
const AUTHORED_FRQS = [
  'synapse-neurotoxin',
  'resting-potential-pump',
  'pump-blocked',
  'depolarization-vs-repolarization',
  'passive-vs-active',
  'osmosis-red-blood-cell',
];

/** Files of this bank: every MCQ and the authored FRQs (other authors' items have their own tests). */
function isOurs(file: string): boolean {
  const name =
    file
      .split(/[/\\]/)
      .pop()
      ?.replace(/\.ya?ml$/, '') ?? '';
  return name.startsWith('mcq-') || AUTHORED_FRQS.includes(name);
}

describe('question bank', () => {
  it('loads every MCQ and authored FRQ file without a content error', () => {
    expect(bank.errors.filter((e) => isOurs(e.file)).map(String)).toEqual([]);
  });

  it('has at least 15 multiple-choice questions', () => {
    expect(mcqs.length).toBeGreaterThanOrEqual(15);
  });

  it.each(mcqs.map((q) => [q.id, q] as const))(
    'MCQ %s has exactly one correct choice and explains every choice',
    (_id, q) => {
      expect(q.choices.filter((c) => c.correct)).toHaveLength(1);
      for (const choice of q.choices) expect(choice.explanation.trim().length).toBeGreaterThan(20);
      expect(new Set(q.choices.map((c) => c.text)).size).toBe(q.choices.length);
      expect(q.choices.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('does not always put the correct MCQ answer in the same position', () => {
    const positions = new Set(mcqs.map((q) => q.choices.findIndex((c) => c.correct)));
    expect(positions.size).toBeGreaterThanOrEqual(3);
  });

  it('contains every authored FRQ', () => {
    expect(frqs.map((q) => q.id)).toEqual(expect.arrayContaining(AUTHORED_FRQS));
  });

  it.each(frqs.map((q) => [q.id, q] as const))('FRQ %s: its model answer earns full marks', (id, q) => {
    const rubric = bank.rubrics.get(id);
    expect(rubric).toBeDefined();
    if (!rubric) return;
    const result = grade(rubric, q.modelAnswer);
    expect(result.score).toBe(result.maxScore);
    expect(result.misconceptions.map((m) => m.id)).toEqual([]);
  });

  // Count-rule items (ASAP) reach full marks before every key element; these rubrics are sums.
  it.each(AUTHORED_FRQS)('FRQ %s: its model answer earns every point', (id) => {
    const q = frqs.find((f) => f.id === id);
    const rubric = bank.rubrics.get(id);
    if (!q || !rubric) throw new Error(`${id} did not load`);
    const missed = grade(rubric, q.modelAnswer)
      .points.filter((p) => !p.earned)
      .map((p) => p.id);
    expect(missed).toEqual([]);
  });

  it.each(AUTHORED_FRQS)(
    'FRQ %s: 8–20 examples, and every point is both earned and missed by some example',
    (id) => {
      const q = frqs.find((f) => f.id === id);
      expect(q).toBeDefined();
      if (!q) return;
      expect(q.examples.length).toBeGreaterThanOrEqual(8);
      expect(q.examples.length).toBeLessThanOrEqual(20);
      for (const point of q.parts.flatMap((p) => p.points)) {
        expect(
          q.examples.some((e) => e.earns.includes(point.id)),
          `${point.id} earned by an example`,
        ).toBe(true);
        expect(
          q.examples.some((e) => e.misses.includes(point.id)),
          `${point.id} missed by an example`,
        ).toBe(true);
      }
      for (const m of q.misconceptions) {
        expect(
          q.examples.some((e) => e.flags.includes(m.id)),
          `${m.id} flagged by an example`,
        ).toBe(true);
      }
    },
  );
});

describe('synapse-neurotoxin grading', () => {
  const rubric = bank.rubrics.get('synapse-neurotoxin');
  const earned = (text: string) => {
    if (!rubric) throw new Error('synapse-neurotoxin did not load');
    return grade(rubric, text)
      .points.filter((p) => p.earned)
      .map((p) => p.id);
  };

  it('given "sodium rushes in", the no-sodium-entry point is not awarded', () => {
    expect(earned('ACh binds and sodium rushes in, so the neuron depolarizes.')).not.toContain(
      'no-sodium-entry',
    );
  });

  it('given "sodium cannot enter", the no-sodium-entry point is awarded', () => {
    expect(earned('Because ACh cannot bind, sodium cannot enter the neuron.')).toEqual(
      expect.arrayContaining(['no-binding', 'no-sodium-entry']),
    );
  });
});
