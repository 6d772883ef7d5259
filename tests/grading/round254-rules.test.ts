import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type FrqQuestion,
  normalizeQuestion,
  questionFileSchema,
} from '../../src/content/question-schema.js';
import { explainExamples } from '../../src/grading/examples.js';
import { explainQuestion } from '../../src/grading/explain.js';
import { grade } from '../../src/grading/grade.js';
import { explainTries } from '../../src/grading/try-answers.js';
import { earns, labelNotes, plain, realLexicon } from './helpers.js';

/*
 * Rounds 254–258 (Dec 2026): from the twenty-first teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-21.md), after set 21 was graded untouched.
 */

describe('round 254: an amount made or used is also said as the thing changing', () => {
  it('"The cell makes less ATP" is met by "ATP goes down", "ATP production drops", "decrease ATP production"', () => {
    const r = plain('The cell makes less ATP');
    for (const a of [
      'ATP goes down.',
      'ATP production would drop sharply.',
      'Cyanide would decrease ATP production.',
      'ATP ↓↓',
      'The cell cannot make as much ATP.',
    ])
      expect(earns(r, a), a).toBe(true);
    for (const a of ['ATP production goes up.', "ATP production doesn't drop.", 'ATP synthase stops.'])
      expect(earns(r, a), a).toBe(false);
    expect(labelNotes('The cell makes less ATP')).toContain('also said as the thing changing');
  });

  it('"consumes less oxygen" keeps the using: "oxygen levels drop" is not it', () => {
    const r = plain('The cell consumes less oxygen');
    for (const a of ['Oxygen consumption decreases.', 'O2 use drops.', 'O2 uptake falls.', '↓O2 consumption'])
      expect(earns(r, a), a).toBe(true);
    for (const a of ['Oxygen levels drop.', 'Oxygen consumption goes up.', 'The cell has less glucose.'])
      expect(earns(r, a), a).toBe(false);
  });

  it('"more" too, and not where the amount is only the reason', () => {
    const r = plain('The bananas produce more ethylene');
    expect(earns(r, 'Ethylene production increases.')).toBe(true);
    const because = plain('Photosynthesis decreases because the Calvin cycle has less CO2');
    expect(earns(because, 'CO2 goes down.')).toBe(false);
  });
});

describe('round 255: "across" after a subject of two words says where, and the verb after it stays', () => {
  it('"The proton gradient across the inner membrane disappears" requires "disappears", not the membrane', () => {
    const label = 'The proton gradient across the inner membrane disappears';
    expect(labelNotes(label)).toContain('says where (after "across"); not required');
    const r = plain(label);
    expect(earns(r, 'The proton gradient disappears.')).toBe(true);
    expect(earns(r, 'There is a proton gradient across the inner membrane.')).toBe(false);
  });

  it('a change read from the lexicon is the verb, never "the object"', () => {
    expect(labelNotes('The proton gradient disappears')).not.toContain('"disappears" is the object');
  });
});

describe('round 256: warnings a teacher needed on set 21', () => {
  it('"any" and "every" left out are warned of, but not in a ratio', () => {
    expect(labelNotes('Any sperm can fertilize any egg')).toContain('⚠ "any" is not required');
    expect(labelNotes('Three Na+ for every two K+')).not.toContain('⚠ "every"');
  });

  it("in a part's box, a label left with one concept is warned of", () => {
    const q = questionFileSchema.parse(
      parse(`
id: parts-test
kind: frq
topics: [test]
prompt: Siblings differ.
modelAnswer: Model.
parts:
  - label: a
    prompt: Explain how fertilization adds further variation among siblings.
    points:
      - id: p
        label: Any sperm can fertilize any egg
        hint: A hint.
`),
    );
    const out = explainQuestion(normalizeQuestion(q) as FrqQuestion, realLexicon, true);
    expect(out).toContain('⚠ in its part\'s box that leaves "@gamete" alone');
  });

  it('"makes" before a plural noun is making, with no warning of "causes"', () => {
    expect(labelNotes('Mitosis makes identical copies of the chromosomes')).not.toContain(
      'read as "produce"',
    );
    expect(labelNotes('Oxytocin makes the uterus contract')).toContain('read as "produce"');
  });
});

describe('round 257: "each" is denied by "only one" of the same thing only', () => {
  it('"… and there is only one parent" does not deny "each daughter cell"', () => {
    const r = plain('Mitosis gives each daughter cell an identical copy of the chromosomes');
    expect(
      earns(
        r,
        'Mitosis gives each daughter cell an identical copy of the chromosomes and there is only one parent',
      ),
    ).toBe(true);
    expect(earns(r, 'Mitosis gives only one daughter cell an identical copy of the chromosomes')).toBe(false);
    expect(earns(plain('Every codon changes'), 'Only one codon changes.')).toBe(false);
  });
});

describe('round 259: a point a misconception took back is said to be taken back', () => {
  it('grade names the misconception, and --try and the examples show it', () => {
    const r = plain(
      'Homologous chromosomes exchange segments',
      `misconceptions:
  - id: mitosis-crossing-over
    label: Says crossing over happens in mitosis
    pattern: "crossing over ..3 mitosis"
    correction: It happens in meiosis.
    cancels: [p]
examples:
  - answer: Crossing over happens in mitosis when homologous chromosomes exchange segments.
    misses: [p]
    flags: [mitosis-crossing-over]`,
    );
    const answer = 'Crossing over happens in mitosis when homologous chromosomes exchange segments.';
    const point = grade(r, answer).points[0];
    expect(point?.earned).toBe(false);
    expect(point?.takenBackBy).toBe('mitosis-crossing-over');
    expect(grade(r, 'Homologous chromosomes exchange segments.').points[0]?.takenBackBy).toBeUndefined();
    expect(explainTries(r, [answer])).toContain(
      'p: missed (found, but taken back by misconception mitosis-crossing-over)',
    );
    expect(explainExamples(r)).toContain('found but taken back: p (by mitosis-crossing-over)');
  });
});
