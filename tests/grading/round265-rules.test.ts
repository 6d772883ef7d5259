import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { explainTries } from '../../src/grading/try-answers.js';
import { earns, labelNotes, plain, question } from './helpers.js';

/*
 * Round 265 (Dec 2026): from the twenty-fourth and twenty-fifth teachers' notes
 * (tests/grading/teacher-questions/TEACHER-NOTES-24.md, TEACHER-NOTES-25.md), after set 25 was
 * graded untouched.
 */

/** A one-point question whose point `p` is an accept-only pattern, as set 24's chromatin point. */
function packed() {
  return question(`
id: packed-test
kind: frq
topics: [test]
prompt: Why do two cells with the same DNA differ?
modelAnswer: Model.
points:
  - id: p
    label: Tightly packed chromatin silences genes
    hint: A hint.
    accept:
      - { all: ["DNA|chromatin|genes|histone*", "tight*|condensed|compact*|coiled|wound|wrapped|packed"], scope: clause }
`);
}

describe('round 265: words as set 24 and set 25 wrote them', () => {
  it('"lost" is a form of "lose", as "broken" is of "break"', () => {
    const r = question(`
id: lose-test
kind: frq
topics: [test]
prompt: Why do the cells differ?
modelAnswer: Model.
points:
  - id: p
    label: Each cell expresses different genes
    hint: A hint.
misconceptions:
  - id: loses-genes
    label: Says cells lose genes
    pattern: "lose ..3 genes"
    correction: They keep them.
`);
    const flags = (a: string) => grade(r, a).misconceptions.map((m) => m.id);
    expect(flags('The muscle cells lost the genes for the receptors.')).toContain('loses-genes');
    expect(flags('The muscle cells keep the genes for the receptors.')).not.toContain('loses-genes');
  });

  it('"closely" is never a channel closing', () => {
    const r = plain('The sodium channels close');
    expect(earns(r, 'The sodium channels close.')).toBe(true);
    expect(earns(r, 'The sodium channels are closely related.')).toBe(false);
  });
});

describe('round 265: "between" and "among" say where', () => {
  it('"differ between the cell types" is met without the place', () => {
    const notes = labelNotes('The transcription factors differ between the cell types');
    expect(notes).toContain('"types" says where (after "between"); not required');
    const r = plain('The transcription factors differ between the cell types');
    expect(earns(r, 'Nerve and muscle cells have different transcription factors.')).toBe(true);
    expect(earns(r, 'The transcription factors are the same in both.')).toBe(false);
  });
});

describe('round 265: a denial in a relative clause ends with it', () => {
  it('"Genes that are not needed are packed tightly" says they are packed', () => {
    const r = packed();
    expect(earns(r, 'Genes that are not needed are packed tightly.')).toBe(true);
    expect(earns(r, "The genes that aren't used get packed tightly.")).toBe(true);
    expect(earns(r, 'Genes that do not get used are packed tightly.')).toBe(true);
  });

  it('the main clause keeps its own denial', () => {
    const r = packed();
    expect(earns(r, 'Genes are not packed tightly.')).toBe(false);
    expect(earns(r, 'Genes that are needed are not packed tightly.')).toBe(false);
    // No main-clause verb after the relative clause: the denial reaches the words after it.
    expect(earns(r, 'There are genes that are not packed tightly.')).toBe(false);
  });
});

describe('round 265: a ranking (set 25)', () => {
  it('the rank word is never the word left out', () => {
    const r = plain('Yeast is the most distant relative of humans');
    expect(earns(r, 'Yeast is the most distant relative.')).toBe(true);
    expect(earns(r, 'Yeast is the most closely related to humans.')).toBe(false);
    expect(earns(r, 'So yeast is our most recent relative.')).toBe(false);
  });

  it('"far" and "remote" say distant', () => {
    const r = plain('Yeast is the most distant relative of humans');
    expect(earns(r, 'The yeast is the most far relative.')).toBe(true);
    expect(earns(r, 'Yeast is the most remote relative.')).toBe(true);
  });

  it('warns that what ranks may be the word left out', () => {
    expect(labelNotes('The chimpanzee is the closest relative of humans')).toContain(
      '⚠ "chimpanzee" may be the word left out of a ranking',
    );
    // "Most energy" counts a share; it ranks nothing.
    expect(labelNotes('Most energy is lost as heat')).not.toContain('of a ranking');
  });
});

describe('round 266: an answering "no", and collecting (set 25)', () => {
  it('a sentence\'s first "no" before a pronoun or article answers the question', () => {
    const r = plain('The mutant stays dark');
    expect(earns(r, 'The mutant has no LuxR. no it would stay dark because theres no luxr')).toBe(true);
    expect(earns(r, 'No the mutant stays dark.')).toBe(true);
    // Still a denial before a noun, or after the sentence's start.
    expect(earns(r, 'no mutant stays dark')).toBe(false);
    expect(earns(r, 'The mutant will no longer stay dark.')).toBe(false);
  });

  it('"builds up" is also said as collecting, but not as some concentration rising', () => {
    const r = plain('The autoinducer builds up');
    expect(earns(r, 'The autoinducer collects when there are lots of cells together.')).toBe(true);
    // Set 25's own example: a synonym cannot tie a concentration to the label's thing.
    expect(earns(r, 'The luciferase concentration increases and the autoinducer activates luciferase.')).toBe(
      false,
    );
  });
});

describe('rubric explain --try: a point kept beside a misconception that contradicts it (set 25)', () => {
  const r = question(`
id: glow-test
kind: frq
topics: [test]
prompt: Would the mutant glow?
modelAnswer: Model.
points:
  - id: dark
    label: The mutant stays dark
    hint: A hint.
    accept: ["dark"]
misconceptions:
  - id: mutant-glows
    label: Says the mutant still glows
    pattern: "mutant ..3 glow|glows"
    contradicts: [dark]
    correction: It cannot make luciferase.
`);

  it('names cancels: when both are said in one sentence and the point was kept', () => {
    const out = explainTries(r, ['The mutant glows in the dark.']);
    expect(out).toContain('? dark kept beside mutant-glows in one sentence');
    expect(out).toContain('add dark to its cancels:');
    // One sentence as the tokenizer reads it: the point of "0.5" ends none.
    const bare = question(`
id: glow-bare
kind: frq
topics: [test]
prompt: Would the mutant glow?
modelAnswer: Model.
points:
  - id: dark
    label: The mutant stays dark
    hint: A hint.
    pattern: "dark"
misconceptions:
  - id: mutant-glows
    label: Says the mutant still glows
    pattern: "mutant ..3 glow|glows"
    contradicts: [dark]
    correction: It cannot make luciferase.
`);
    expect(explainTries(bare, ['The mutant glows at 0.5 of the normal level in the dark.'])).toContain(
      '? dark kept beside mutant-glows',
    );
  });

  it('says nothing when the point was taken back, or the two are in different sentences', () => {
    expect(explainTries(r, ['The mutant stays dark. Later the mutant glows.'])).not.toContain('kept beside');
    expect(explainTries(r, ['It is dark in there. The mutant glows.'])).not.toContain('kept beside');
  });
});

describe('round 267: binding as learners and set 25 wrote it', () => {
  it('"join with" and "stick to" bind', () => {
    const r = plain('Acetylcholine cannot bind to its receptor');
    expect(earns(r, 'The acetylcholine can not join with the receptor because the toxin is there.')).toBe(
      true,
    );
    expect(earns(r, "The ACh can't stick to the receptor.")).toBe(true);
    expect(earns(r, 'The ACh sticks to the receptor.')).toBe(false);
    const luxr = plain('The autoinducer binds to LuxR');
    expect(earns(luxr, 'When there is enough, the autoinducer sticks to LuxR.')).toBe(true);
  });
});

describe('round 268: dark is no light (set 25)', () => {
  it('"The mutant stays dark" is met by "would not glow", "no light", "never lights up"', () => {
    const r = plain('The mutant stays dark');
    for (const a of [
      'The mutant would not glow.',
      'The mutant gives no light.',
      'The mutant never lights up.',
    ])
      expect(earns(r, a), a).toBe(true);
    expect(earns(r, 'The mutant glows.')).toBe(false);
    expect(earns(r, 'The mutant lights up.')).toBe(false);
  });
});
