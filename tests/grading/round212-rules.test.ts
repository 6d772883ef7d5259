import { describe, expect, it } from 'vitest';
import { earns, labelNotes, plain, rubric } from './helpers.js';

/*
 * Rounds 213–216 (Dec 2026): from the fourteenth teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-14.md), written before its answers were. Round 212 (glued words split at the
 * question's own words) is in glue-per-question.test.ts.
 */
describe('round 213: "carrying capacity" is one term, and "gets smaller" is a decrease', () => {
  it('a label\'s "carrying capacity" is no way of moving', () => {
    const k = plain('The carrying capacity decreases');
    expect(earns(k, 'the carrying capacity decreases because half the meadow is gone')).toBe(true);
    // "carrying" had been read as "carry" (move, go): "the population will go down" earned it.
    expect(earns(k, 'the population will go down')).toBe(false);
  });

  it('"get smaller" and "become lower" say a decrease; "get bigger" an increase', () => {
    const falls = plain('The population decreases');
    expect(earns(falls, 'the population will get smaller')).toBe(true);
    expect(earns(falls, 'the population became lower')).toBe(true);
    expect(earns(plain('The population increases'), 'the population gets bigger')).toBe(true);
    // Not a static comparison: "is smaller" may only compare.
    expect(earns(falls, 'the population is smaller than the other one')).toBe(false);
  });
});

describe('round 214: a counting noun names the thing it counts, or the thing itself', () => {
  it('"The population decreases" needs the population, not any decrease', () => {
    const falls = plain('The population decreases');
    expect(earns(falls, 'the population decreases')).toBe(true);
    expect(earns(falls, 'the carrying capacity decreases')).toBe(false);
  });

  it('"The number of rabbits decreases" needs the rabbits', () => {
    const fewer = plain('The number of rabbits decreases');
    expect(earns(fewer, 'the rabbits decrease')).toBe(true);
    expect(earns(fewer, 'fewer rabbits')).toBe(true);
    expect(earns(fewer, 'the grass decreases')).toBe(false);
  });

  it('a possessor stays a possessor: "Each population\'s allele frequencies change differently"', () => {
    const diverge = plain("Each population's allele frequencies change differently");
    expect(earns(diverge, 'the allele frequencies change differently in each group')).toBe(true);
  });
});

describe('round 215: "in" before a direction or a way says how, not where', () => {
  it('"sodium and potassium move in opposite directions" does not say that sodium enters', () => {
    const enters = plain('Sodium enters the cell');
    expect(earns(enters, 'sodium and potassium move in opposite directions')).toBe(false);
    expect(earns(enters, 'sodium moves in the same direction as glucose')).toBe(false);
    expect(earns(enters, 'sodium moves in')).toBe(true);
    expect(earns(enters, 'sodium moves in the cell')).toBe(true);
  });

  it('a label "The strands run in opposite directions" is not "the strands enter"', () => {
    const opposite = plain('The strands run in opposite directions');
    expect(earns(opposite, 'the strands enter the cell')).toBe(false);
    expect(earns(opposite, 'the two strands run in opposite directions')).toBe(true);
  });
});

describe('round 216: a negation that one item of an all-of names is that item’s, not the others’', () => {
  it('all: ["food", "=not enough"] is met by "there is not enough food"', () => {
    const short = rubric('{ all: ["food|grass", "=not enough"], scope: clause }');
    expect(earns(short, 'there is not enough food')).toBe(true);
    expect(earns(short, "there isn't enough grass for them")).toBe(true);
    expect(earns(short, 'the food is not enough')).toBe(true);
  });

  it('a cue no item names still denies: all: ["food", "enough"] is not met by "there is not enough food"', () => {
    expect(earns(rubric('{ all: ["food", "enough"], scope: clause }'), 'there is not enough food')).toBe(
      false,
    );
    // nor by a "not" that the item holding it does not reach past
    expect(
      earns(rubric('{ all: ["food", "=not enough"], scope: clause }'), 'not enough water, no food'),
    ).toBe(false);
  });
});

describe('explain warns when an enzyme may be the word left out (teacher set 14)', () => {
  it('"DNA ligase joins the fragments" is earned by "DNA polymerase joins the fragments", and says so', () => {
    expect(earns(plain('DNA ligase joins the fragments'), 'DNA polymerase joins the fragments')).toBe(true);
    expect(labelNotes('DNA ligase joins the fragments')).toContain(
      '⚠ the enzyme "ligase" may be the word left out',
    );
    expect(labelNotes('Primase makes an RNA primer')).toContain(
      '⚠ the enzyme "primase" may be the word left out',
    );
    // Not a word that only ends in "-ase", nor an enzyme that must stay (the last word).
    expect(labelNotes('The cell releases the hormone into the blood')).not.toContain('⚠ the enzyme');
    expect(labelNotes('The fragments are joined by ligase')).not.toContain('⚠ the enzyme');
  });
});
