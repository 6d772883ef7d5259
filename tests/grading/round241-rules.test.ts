import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileQuestionFile } from '../../src/content/question-file.js';
import { grade } from '../../src/grading/grade.js';
import { earns, packFlags, plain, question, realLexicon, transportQuestion } from './helpers.js';

/*
 * Rounds 241–242 (Dec 2026): from the nineteenth teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-19.md), after set 19 was graded untouched.
 */

/** A question in two parts whose part (a) asks which part is which, point `head` on its label alone. */
const lipids = question(`
id: lipid-test
kind: frq
topics: [test]
prompt: Phospholipids make up the plasma membrane.
modelAnswer: Model.
parts:
  - label: a
    prompt: Describe the two parts of a phospholipid and identify which part is hydrophilic and which is hydrophobic.
    points:
      - id: head
        label: The phosphate head is hydrophilic
        hint: A hint.
  - label: b
    prompt: Explain how they form a bilayer.
    points:
      - id: other
        label: The tails point inward
        hint: A hint.
`);

describe('round 241: a word whose opposite the part prompt also names is the answer, not the setting', () => {
  it('"identify which part is hydrophilic and which is hydrophobic" keeps "hydrophilic" in the label', () => {
    expect(earns(lipids, ['The phosphate head is hydrophobic.', ''], 'head')).toBe(false);
    expect(earns(lipids, ['The phosphate head is hydrophilic.', ''], 'head')).toBe(true);
  });

  it('a word the prompt names without its opposite is still the setting (round 230)', () => {
    const r = question(`
id: prob-test
kind: frq
topics: [test]
prompt: A couple has children.
modelAnswer: Model.
parts:
  - label: a
    prompt: Predict the probability that the next child has type AB blood.
    points:
      - id: p
        label: The probability of type AB is 1/4
        hint: A hint.
`);
    expect(earns(r, ['1/4'])).toBe(true);
  });
});

describe('round 242: "X is A and Y is B" is two statements', () => {
  it('one half of the "and" does not lend its subject to the other', () => {
    const head = plain('The head is hydrophilic');
    expect(earns(head, 'The head is hydrophobic and the tails are hydrophilic.')).toBe(false);
    expect(earns(head, 'The tails are hydrophobic and the head is hydrophilic.')).toBe(true);
  });

  it('a correct pump answer is no longer read as the directions reversed', () => {
    // The pack FRQ on its labels alone (tests/grading/plain/): "Sodium is pumped out and potassium
    // is pumped in" had been flagged, "potassium … out" read across the "and".
    const pump = compileQuestionFile(
      join(import.meta.dirname, 'plain', 'resting-potential-pump.yaml'),
      realLexicon,
    );
    const flags = (answer: string) => grade(pump, answer).misconceptions.map((m) => m.id);
    expect(flags('Sodium is pumped out and potassium is pumped in.')).not.toContain('directions-reversed');
    expect(flags('It pumps 3 sodium in and 2 potassium out.')).toContain('directions-reversed');
  });

  it('a subject shared by both halves stays one clause ("Na⁺ and K⁺ are pumped")', () => {
    const both = plain('Sodium and potassium are pumped against their gradients');
    expect(earns(both, 'Sodium and potassium are pumped against their gradients.')).toBe(true);
  });
});

describe('round 244: a label\'s "phosphate" is phosphate, not any nutrient', () => {
  it('"Phosphate is released" is not met by nitrate, as "nitrogen" is not by phosphate (round 220)', () => {
    const phosphate = plain('Phosphate is released');
    expect(earns(phosphate, 'phosphate gets released')).toBe(true);
    expect(earns(phosphate, 'nitrate is released')).toBe(false);
  });
});

describe('round 245: a subject named right after a denied verb is its object, and the denial reaches past it', () => {
  const bananas = question(`
id: banana-test
kind: frq
topics: [test]
prompt: One ripe banana is put in a bag with five unripe bananas. Explain why they all ripen.
modelAnswer: Model.
subjects:
  ripe: ["ripe"]
  unripe: ["unripe", "green"]
points:
  - id: p
    label: Ethylene stimulates ripening
    hint: A hint.
    accept: ["ethylene ..3 ripen*"]
`);

  it('"Ethylene does not make the unripe bananas ripen" denies it', () => {
    expect(earns(bananas, 'Ethylene does not make the unripe bananas ripen.')).toBe(false);
    expect(earns(bananas, 'Ethylene makes the unripe bananas ripen.')).toBe(true);
  });

  it('note form still gives each subject its own statement', () => {
    const r = transportQuestion('Active transport needs energy', 'active');
    expect(earns(r, 'passive dont need energy active needs atp')).toBe(true);
  });
});

describe('round 246: a "Scratch that." takes back both halves of an "X is A and Y is B" sentence', () => {
  it('the withdrawn directions are no longer flagged', () => {
    // Round 242 made the sentence two clauses, and the withdrawal had taken back only the second.
    const withdrawn =
      "Na+ is pumped in and K+ is pumped out. Actually scratch that, I don't remember which way it goes.";
    expect(packFlags('resting-potential-pump', withdrawn)).not.toContain('directions-reversed');
    expect(packFlags('resting-potential-pump', 'Na+ is pumped in and K+ is pumped out.')).toContain(
      'directions-reversed',
    );
  });
});
