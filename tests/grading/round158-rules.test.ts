import { describe, expect, it } from 'vitest';
import { promptRuns, restatedTokens } from '../../src/grading/restated.js';
import { tokenize } from '../../src/grading/tokenize.js';
import { earns, plain } from './helpers.js';

const clauses = (text: string): number[] => tokenize(text).map((t) => t.clause);

/*
 * Round 158 (Dec 2026): general rules found by reading the misses on the third set of teacher-written
 * questions (tests/grading/teacher-questions/set-3.yaml) after it had been graded once, untouched.
 * Each rule is for every question.
 */

const prompt = promptRuns([
  "Explain why cells are usually this small. In your answer, describe what happens to a cell's surface area-to-volume ratio as the cell grows.",
]);
const copiedWords = (answer: string): number => {
  const flags = restatedTokens(tokenize(answer), prompt);
  return flags === undefined ? 0 : flags.reduce((n, f) => n + f, 0);
};

describe("round 158: the prompt named as the subject, answered in the student's own verb", () => {
  it('"The surface area to volume ratio decreases" answers the question; it does not copy it', () => {
    expect(copiedWords('The surface area to volume ratio decreases.')).toBe(0);
    expect(copiedWords('The surface area to volume ratio shrinks.')).toBe(0);
  });

  it('a last word the prompt has only finishes the copy', () => {
    // "… ratio as the cell grows" is the prompt's own clause: the words after the copy are its words.
    expect(copiedWords("A cell's surface area to volume ratio as the cell grows.")).toBeGreaterThan(0);
  });
});

describe("round 158: a pronoun stands for a label's subject the answer has just named", () => {
  it('"They travel to the membrane" after the vesicles were named', () => {
    const r = plain('The vesicle moves to the plasma membrane');
    expect(earns(r, 'The golgi packs the insulin into vesicles. They travel to the plasma membrane.')).toBe(
      true,
    );
    expect(earns(r, 'The vesicle moves to the plasma membrane.')).toBe(true);
    // No antecedent: "they" could be anything.
    expect(earns(r, 'They travel to the plasma membrane.')).toBe(false);
  });

  it('"insulin, which binds to receptors"', () => {
    const r = plain('Insulin binds to receptors on target cells');
    expect(earns(r, 'The pancreas releases insulin, which binds to receptors on cells.')).toBe(true);
    expect(earns(r, 'The pancreas releases insulin. It binds to receptors on muscle cells.')).toBe(true);
    // The subject named long before the pronoun is not what it stands for.
    expect(
      earns(
        r,
        'Insulin is made by the beta cells of the pancreas, which sit in small islands of tissue scattered all through the organ next to many blood vessels and ducts. It binds to receptors.',
      ),
    ).toBe(false);
  });

  it('not for a named ion: which ion it is, is the point', () => {
    const r = plain('Na⁺ flows into the cell');
    expect(earns(r, 'Sodium channels open and the potassium leaves. It flows into the cell.')).toBe(false);
  });
});

describe("round 158: the fourth teacher's first drafts compile to what they say", () => {
  it('how much is never the word left out: "Less ATP is made" is not met by "More ATP is made"', () => {
    const r = plain('Less ATP is made');
    expect(earns(r, 'More ATP is made.')).toBe(false);
    expect(earns(r, 'Less ATP is made.')).toBe(true);
  });

  it('"The rate of the reaction decreases": the "of" names whose rate; the change is still required', () => {
    const r = plain('The rate of the reaction decreases');
    expect(earns(r, 'The reaction rate goes down.')).toBe(true);
    expect(earns(r, 'The reaction slows down.')).toBe(true);
    expect(earns(r, 'The rate of the reaction depends on the temperature.')).toBe(false);
  });

  it('making a product is not firing a signal', () => {
    const r = plain('Threshold is not reached, so no action potential fires');
    expect(earns(r, 'Threshold is not reached, so no ATP is made.')).toBe(false);
    expect(earns(r, 'Threshold is not reached, so no action potential is generated.')).toBe(true);
    const made = plain('ATP is made by ATP synthase');
    expect(earns(made, 'ATP is produced by ATP synthase.')).toBe(true);
  });

  it('"active site" is not "activate" (nor "turned on")', () => {
    const r = plain('The active site is blocked');
    expect(earns(r, 'Turning on the blocked site.')).toBe(false);
    expect(earns(r, 'The drug turns on the receptor site that is blocked.')).toBe(false);
    expect(earns(r, 'The inhibitor blocks the active site.')).toBe(true);
    expect(
      earns(
        plain('The enzyme glycogen phosphorylase is activated'),
        'Glycogen phosphorylase becomes active.',
      ),
    ).toBe(true);
  });

  it('"not … through ATP synthase" is a negation, not "no ATP"; H⁺ has three names', () => {
    const r = plain('H⁺ does not pass through ATP synthase');
    expect(earns(r, 'H+ passes through ATP synthase.')).toBe(false);
    expect(earns(r, 'The protons leak back across the membrane and do not pass through ATP synthase.')).toBe(
      true,
    );
    const flow = plain('H⁺ flows back through ATP synthase');
    expect(earns(flow, 'Hydrogen ions flow back through ATP synthase.')).toBe(true);
    expect(earns(flow, 'Protons flow back through ATP synthase.')).toBe(true);
  });

  it('hydrogen bonds are one kind of bond', () => {
    const r = plain("The enzyme's hydrogen bonds break");
    expect(earns(r, 'The heat breaks the hydrogen bonds.')).toBe(true);
    expect(earns(r, 'The heat breaks its H bonds.')).toBe(true);
    expect(earns(r, 'The peptide bonds break.')).toBe(false);
  });

  it('a place ends where "without" begins: "without going through ATP synthase" stays required', () => {
    const r = plain('H⁺ leaks back across the membrane without going through ATP synthase');
    expect(earns(r, 'H+ flows back through ATP synthase.')).toBe(false);
    expect(earns(r, 'The protons leak across the membrane without passing through ATP synthase.')).toBe(true);
  });

  it('"then" right after an auxiliary sits inside the verb: "the mRNA is then read" is one clause', () => {
    expect(new Set(clauses('The mRNA is then read by the ribosome')).size).toBe(1);
    expect(new Set(clauses('the membrane will then depolarize')).size).toBe(1);
    expect(earns(plain('The mRNA is read by the ribosome'), 'The mRNA is then read by the ribosome.')).toBe(
      true,
    );
    // Between two statements it still joins them.
    expect(new Set(clauses('Na+ enters then K+ leaves')).size).toBe(2);
  });
});
