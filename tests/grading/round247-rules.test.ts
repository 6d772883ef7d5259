import { describe, expect, it } from 'vitest';
import { compiledLabel, earns, labelNotes, plain, question } from './helpers.js';

/*
 * Rounds 247–249 (Dec 2026): from the twentieth teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-20.md), after set 20 was graded untouched.
 */

describe('round 247: a phrase right after a one-word subject says which ones, and the verb stays', () => {
  it('"Cells on the shaded side elongate" compiles (the place had taken the verb, leaving nothing)', () => {
    for (const label of [
      'Cells on the shaded side elongate',
      'The cells in the shaded side elongate',
      'The cells on the shaded side grow longer',
    ]) {
      const compiled = compiledLabel(label);
      expect(Array.isArray(compiled.pattern) && compiled.pattern.length === 0, label).toBe(false);
      expect(labelNotes(label), label).toContain('says which cells');
    }
    const r = plain('Cells on the shaded side elongate');
    expect(earns(r, 'The cells on the shaded side elongate.')).toBe(true);
    expect(earns(r, 'On the shaded side the cells elongate.')).toBe(true);
    expect(earns(r, 'The cells on the lit side elongate.')).toBe(false);
    expect(earns(r, 'The shaded side is darker.')).toBe(false);
  });

  it('"Water in the cell moves out" keeps its verb (it had compiled to "water" alone)', () => {
    const r = plain('Water in the cell moves out');
    expect(earns(r, 'Water moves out of the cell.')).toBe(true);
    expect(earns(r, 'The cell is full of water.')).toBe(false);
  });

  it('"with" is no word to say, and a one-word phrase saying which is never the word left out', () => {
    const finches = plain('Finches with deeper beaks crack the hard seeds');
    expect(labelNotes('Finches with deeper beaks crack the hard seeds')).not.toMatch(/"with …|… with …/);
    expect(earns(finches, 'The finches that had deeper beaks could crack the hard seeds.')).toBe(true);
    const insects = plain('Insects with the R allele survive');
    expect(earns(insects, 'The insects with R survived the spraying.')).toBe(true);
    expect(earns(insects, 'The strongest insects survived.')).toBe(false);
  });

  it('a place after the verb is still only where ("moves to the shaded side": optional as before)', () => {
    expect(labelNotes('Auxin moves to the shaded side')).not.toContain('says which');
  });
});

describe('round 248: a side is named by its describing word', () => {
  it('"the shaded side" is one item, never the one left out: "the lit side grows faster" does not earn it', () => {
    const r = plain('The shaded side grows faster');
    expect(earns(r, 'The shaded side grows faster.')).toBe(true);
    expect(earns(r, 'The lit side grows faster.')).toBe(false);
  });
});

describe('round 249: a rate after a verb of change is said of what changes', () => {
  it('"X grows faster" keeps X (it was the change\'s optional subject, as in "X becomes Y")', () => {
    expect(labelNotes('The root grows faster')).not.toContain('is what changes');
    // With the side it names kept as well (round 248), "the lit side grows faster" does not earn it.
    expect(earns(plain('The shaded side grows faster'), 'The lit side grows faster.')).toBe(false);
    expect(earns(plain('The root grows faster'), 'The root grows faster than the stem.')).toBe(true);
    // A change of state still lets its subject go.
    expect(labelNotes('The membrane potential becomes more positive')).toContain('is what changes');
  });
});

describe('round 250: a closing "before …" or "after …" says when, as a place says where', () => {
  it('"… before the drought" is not required (it had been a clause of its own to say)', () => {
    const r = plain('Some finches already had deeper beaks before the drought');
    expect(labelNotes('Some finches already had deeper beaks before the drought')).toContain(
      '"before drought" says when',
    );
    expect(earns(r, 'Some of the finches already had deeper beaks.')).toBe(true);
  });

  it('a "before" clause that says more than when stays required', () => {
    expect(
      labelNotes('The cell copies its DNA before the cell divides into two daughter cells'),
    ).not.toContain('says when');
  });
});

describe("round 251: growing longer and comparatives in students' words", () => {
  it('the lexicon\'s @elongates: "get longer", "stretch out" and "lengthen" say "elongate"', () => {
    const r = plain('The cells elongate');
    for (const answer of ['The cells get longer.', 'The cells stretch out.', 'The cells lengthen.'])
      expect(earns(r, answer), answer).toBe(true);
    expect(earns(r, 'The cells divide.')).toBe(false);
    expect(earns(r, 'The cells grow.')).toBe(false);
  });

  it('a comparative describing word is also said in its plain form ("deep beaks" for "deeper beaks")', () => {
    const r = plain('Finches with deeper beaks crack the hard seeds');
    expect(labelNotes('Finches with deeper beaks crack the hard seeds')).toContain(
      '"deeper" is also said "deep"',
    );
    expect(earns(r, 'The finches with deep beaks could crack the hard seeds.')).toBe(true);
    expect(earns(r, 'The finches with small beaks could crack the hard seeds.')).toBe(false);
  });

  it('of two verbs joined by "and" after a describing phrase, the first is the verb', () => {
    expect(labelNotes('Finches with deeper beaks survive and reproduce more')).toContain(
      '"deeper beaks" says which finches',
    );
  });
});

describe('round 252: a subject named as where a fact happens must be named', () => {
  const seedling = question(`
id: seedling-test
kind: frq
topics: [test]
prompt: A seedling is lit from one side. Describe how auxin makes it bend.
modelAnswer: Model.
subjects:
  shaded: ["shade*", "shady", "dark|darker side"]
  lit: ["=lit side", "light|lighted|sunny|bright side"]
points:
  - id: p
    label: Auxin moves to the shaded side
    hint: A hint.
  - id: q
    label: The shaded side grows faster
    hint: A hint.
`);

  it('"auxin moves" alone no longer earns "Auxin moves to the shaded side" (a fact of no subject had)', () => {
    expect(earns(seedling, 'Auxin moves.')).toBe(false);
    expect(earns(seedling, 'Auxin moves down the stem.')).toBe(false);
    expect(earns(seedling, 'Auxin moves to the lit side.')).toBe(false);
    expect(earns(seedling, 'The auxin goes to the dark side.')).toBe(true);
  });

  it('a label that opens with its subject still lets a fact of no subject earn', () => {
    expect(earns(seedling, 'It grows faster.', 'q')).toBe(true);
  });
});

describe('rubric explain: a ⚠ when a word of time or order may be the word left out', () => {
  it('"Some finches already had deeper beaks" warns that "already" may go', () => {
    expect(labelNotes('Some finches already had deeper beaks')).toMatch(
      /⚠ "already" may be the word left out/,
    );
    expect(labelNotes('Finches with deeper beaks crack the hard seeds')).not.toContain('⚠ "');
  });
});
