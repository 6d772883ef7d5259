import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { compiledLabel, earns, labelNotes, plain, question } from './helpers.js';

/*
 * Round 270 (Dec 2026): from the twenty-sixth teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-26.md: mitochondrial inheritance, HIV and reverse transcriptase), after set 26 was
 * graded untouched.
 */

/** A one-point question whose prompt asks for the effect on a number, as set 26's first draft did. */
function predictEffect() {
  return question(`
id: predict-effect-test
kind: frq
topics: [test]
prompt: HIV carries reverse transcriptase. Predict the effect of AZT on the number of new viruses made.
modelAnswer: Model.
points:
  - id: p
    label: Fewer new viruses are made
    hint: A hint.
    accept: ["decrease* ..4 number ..3 virus*", "number ..4 virus* ..3 decrease*"]
`);
}

describe("round 270: a prediction in the prompt's own words is an answer, not a copy", () => {
  it("the prompt's quantity with the student's own direction earns", () => {
    const r = predictEffect();
    expect(earns(r, 'The number of new viruses decreases.')).toBe(true);
    expect(earns(r, 'AZT decreases the number of new viruses.')).toBe(true);
  });

  it('the prompt copied back still earns nothing', () => {
    const r = predictEffect();
    expect(grade(r, 'The effect of AZT on the number of new viruses made.').points[0]?.earned).toBe(false);
  });
});

describe("round 270: an enzyme's two-word name is one item of a label", () => {
  it('"reverse transcriptase" is a name, not "restore"', () => {
    const notes = labelNotes('Reverse transcriptase makes DNA from the viral RNA');
    expect(notes).toContain('"reverse transcriptase" is the subject');
    expect(notes).toContain('⚠ the enzyme "reverse transcriptase" may be the word left out');
    const r = plain('Reverse transcriptase makes DNA from the viral RNA');
    expect(earns(r, 'Reverse transcriptase makes DNA from the RNA.')).toBe(true);
    // "restore" had been read for "reverse", so "the cell restores … transcriptase … DNA" earned it.
    expect(earns(r, 'The cell restores the transcriptase DNA.')).toBe(false);
  });

  it('a hyphen joins a word the lexicon reads to the next one', () => {
    expect(labelNotes('Reverse-transcriptase makes DNA from the viral RNA')).toContain(
      '"reverse transcriptase" is the subject',
    );
  });
});

describe('round 270: "into" after a verb of conversion names what the thing becomes', () => {
  it('"copied into DNA" needs the DNA', () => {
    expect(labelNotes('The viral RNA is copied into DNA')).toContain(
      '"dna" is what it becomes (after "into"); required',
    );
    const r = plain('The viral RNA is copied into DNA');
    expect(earns(r, 'The viral RNA gets copied into DNA.')).toBe(true);
    expect(earns(r, 'The viral RNA gets copied into the nucleus.')).toBe(false);
  });

  it('"moves into the cell" still says where', () => {
    expect(labelNotes('Water moves into the cell')).not.toContain('what it becomes');
  });
});

describe('round 270: a contrast the prompt asks for is not a hedge', () => {
  const contrast = (prompt: string) =>
    question(`
id: contrast-test
kind: frq
topics: [test]
prompt: ${prompt}
modelAnswer: Model.
points:
  - id: p
    label: Each parent passes on one allele of an autosomal gene
    hint: A hint.
    accept: ["each parent"]
`);

  it('"if it were autosomal, … would …" answers "explain why it differs from an autosomal gene"', () => {
    const r = contrast(
      'A mitochondrial trait passes from mother to child. Explain why it differs from the pattern of an autosomal gene.',
    );
    expect(earns(r, 'If it were autosomal, each parent would pass on one allele.')).toBe(true);
  });

  it('without the contrast in the prompt the supposition stays set apart', () => {
    const r = contrast('A mitochondrial trait passes from mother to child. Explain this pattern.');
    expect(earns(r, 'If it were autosomal, each parent would pass on one allele.')).toBe(false);
  });
});

describe('round 270: shared words from set 26', () => {
  it('"mito" and "mitos" are the mitochondria', () => {
    // Set 15's labels alone had missed "mitos have their own ribosomes".
    const r = plain('Mitochondria have their own ribosomes');
    expect(earns(r, 'mitos have their own ribosomes and circular DNA')).toBe(true);
  });

  it('"Y brings X" says "Y provides X"; a label\'s own "comes from" is no giving', () => {
    // The label's verb reads it; with one word of the label left out it would earn anyway, so the
    // compiled reading is what shows it.
    const compiled = JSON.stringify(compiledLabel('The egg provides the mitochondria').pattern);
    expect(compiled).toContain('=bring|=brings|=brought');
    // "comes from" in the group had read "Every cell comes from the zygote" as the whole group.
    expect(compiled).not.toContain('came from');
    expect(labelNotes('Every cell comes from the zygote through mitosis')).toContain(
      '⚠ only "comes" is required',
    );
  });

  it('"integrase" is an enzyme, not a slip for "integrate"', () => {
    const r = question(`
id: integrase-test
kind: frq
topics: [test]
prompt: How does HIV's DNA join the genome?
modelAnswer: Model.
points:
  - id: p
    label: The viral DNA integrates into the chromosome
    hint: A hint.
    pattern: "integrat*"
`);
    expect(earns(r, 'The viral DNA integrates.')).toBe(true);
    expect(earns(r, 'HIV carries integrase.')).toBe(false);
  });

  it('"Fewer X are made" is said by "fewer X"', () => {
    expect(labelNotes('Fewer new viruses are made')).toContain(
      '"made" adds nothing to how many; not required',
    );
    const r = plain('Fewer new viruses are made');
    expect(earns(r, 'AZT means less viruses.')).toBe(true);
    expect(earns(r, 'AZT means more viruses.')).toBe(false);
  });
});
