import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { compiledLabel, earns, labelNotes, plain, rubric } from './helpers.js';

/*
 * Round 167 onwards (Dec 2026): the seventh teacher's label readings (tests/grading/teacher-questions/
 * TEACHER-NOTES-7.md), each a label that compiled to something looser or narrower than it says.
 */
describe('round 167: a label is read as written, never as a misspelling', () => {
  it('"respiration" in a label is not "restoration" or "requirement" misspelt', () => {
    const shown = JSON.stringify(compiledLabel('Decomposer respiration depletes the oxygen').pattern);
    expect(shown).not.toContain('restore');
    expect(shown).not.toContain('require');
    expect(earns(plain('Decomposer respiration depletes the oxygen'), 'The fish use the lake.')).toBe(false);
  });

  it('answers are still read with misspelling tolerance', () => {
    expect(earns(plain('Bacteria decompose the dead algae'), 'bacterias decompse the dead algae')).toBe(true);
  });
});

describe('round 168: a parenthesis after a place names the whole statement', () => {
  const label = 'The chromosome 21 pair stays together in meiosis (nondisjunction)';

  it('"… in meiosis (nondisjunction)" is earned by the name alone', () => {
    expect(earns(plain(label), 'Nondisjunction in meiosis. Extra chromosome.')).toBe(true);
    expect(earns(plain(label), 'It was nondisjunction.')).toBe(true);
    expect(earns(plain(label), 'There was no nondisjunction; the chromosomes separated normally.')).toBe(
      false,
    );
  });

  it('a parenthesis after the words it replaces still replaces only them', () => {
    const r = plain('The membrane potential becomes less negative (more positive)');
    expect(earns(r, 'The membrane potential becomes more positive.')).toBe(true);
    expect(earns(r, 'It is more positive.')).toBe(true);
  });
});

describe('round 168: a count is never the word left out', () => {
  it('"One gamete has two copies" is not met by "each gamete gets one copy"', () => {
    const r = plain('One gamete has two copies of chromosome 21');
    expect(earns(r, 'In normal meiosis each gamete gets one copy of chromosome 21.')).toBe(false);
    expect(earns(r, 'So one gamete gets two copies.')).toBe(true);
  });

  it('a number inside a lexicon reading is still that reading\'s to lose ("toward 0 mV")', () => {
    const r = plain('The resting potential becomes less negative (drifts toward 0 mV)');
    expect(earns(r, 'The resting potential drifts to 0 mV.')).toBe(true);
  });
});

describe('round 169: a statement that something stops is also made by denying it', () => {
  const r = plain('Electron flow halts');

  it('"Electron flow halts" is earned by "no electron flow", "electrons can\'t flow", "stops", "stalls"', () => {
    expect(earns(r, 'There is no electron flow.')).toBe(true);
    expect(earns(r, "Electrons can't flow out of photosystem II.")).toBe(true);
    expect(earns(r, 'Without electron flow, no oxygen is made.')).toBe(true);
    expect(earns(r, 'Electron flow stops at PSII.')).toBe(true);
    expect(earns(r, 'The electron flow stalls.')).toBe(true);
  });

  it('but not by flow that goes on', () => {
    expect(earns(r, 'Electron flow does not stop.')).toBe(false);
    expect(earns(r, 'The electrons keep flowing.')).toBe(false);
    expect(earns(r, 'There is electron flow.')).toBe(false);
  });
});

describe('round 170: a pronoun may stand for the object named just before', () => {
  const r = plain('Bacteria decompose the dead algae');

  it('"When the algae die, bacteria decompose them" earns "Bacteria decompose the dead algae"', () => {
    expect(earns(r, 'When the algae die, bacteria decompose them.')).toBe(true);
    expect(earns(r, 'The algae die and bacteria decompose them.')).toBe(true);
  });

  it('but not with nothing named for it to stand for', () => {
    expect(earns(r, 'The bacteria decompose them.')).toBe(false);
    expect(earns(r, 'When the fish die, bacteria decompose them.')).toBe(false);
  });
});

describe('round 171: a state kept is the opposite move denied', () => {
  it('"The repressor stays detached from the operator" is earned by "the repressor can\'t bind"', () => {
    const r = plain('The repressor stays detached from the operator');
    expect(earns(r, "The repressor can't bind to the operator.")).toBe(true);
    expect(earns(r, 'The repressor no longer attaches.')).toBe(true);
    expect(earns(r, 'The repressor binds the operator.')).toBe(false);
    expect(earns(r, 'RNA polymerase cannot bind.')).toBe(false);
  });

  it('"… stays together" is earned by "failed to separate", "don\'t split up"', () => {
    const r = plain('The chromosome 21 pair stays together in meiosis (nondisjunction)');
    expect(earns(r, 'The homologous chromosome 21s failed to separate.')).toBe(true);
    expect(earns(r, 'the 21s dont split up')).toBe(true);
    expect(earns(r, 'The chromosomes separated normally.')).toBe(false);
  });

  it('a number\'s plural is the number ("two chromosome 21s")', () => {
    const r = plain('The egg or sperm has two chromosome 21s');
    expect(earns(r, 'the egg has two chromosome 21')).toBe(true);
    expect(earns(r, 'so the sperm has 2 chromosome 21s')).toBe(true);
  });
});

describe('round 172: heredity and ecology words in the shared lexicon (teacher set 7)', () => {
  it('a zygote is a fertilized egg; an egg or a sperm is a gamete', () => {
    const zygote = plain('The fertilized egg has three copies of chromosome 21');
    expect(earns(zygote, 'The zygote has 3 copies of chromosome 21.')).toBe(true);
    const gamete = plain('The egg or sperm has two chromosome 21s');
    expect(earns(gamete, 'One gamete gets two chromosome 21s.')).toBe(true);
  });

  it('a count and its noun alone do not say whose they are', () => {
    const zygote = plain('The fertilized egg has three copies of chromosome 21');
    expect(earns(zygote, 'The child has three copies of chromosome 21.')).toBe(false);
  });

  it('nutrients, decomposing, using up and suffocating', () => {
    expect(
      earns(plain('The algae use the nutrients to grow rapidly'), 'The algae use the nitrogen to grow fast.'),
    ).toBe(true);
    expect(earns(plain('Bacteria decompose the dead algae'), 'Bacteria break down the dead algae.')).toBe(
      true,
    );
    expect(
      earns(
        plain('Decomposer respiration depletes the oxygen'),
        'The respiration of the bacteria uses up the oxygen.',
      ),
    ).toBe(true);
    expect(earns(plain('The fish suffocate'), 'The fish asphyxiate.')).toBe(true);
    expect(earns(plain('The fish suffocate'), 'The fish do not suffocate.')).toBe(false);
  });
});

describe('round 173: a count is said of the thing right after it', () => {
  const r = plain('The egg or sperm has two chromosome 21s');

  it('"… the zygote gets two" is not the gamete\'s two', () => {
    expect(earns(r, 'Normally each gamete gets one chromosome 21 and the zygote gets two.')).toBe(false);
  });

  it('the count before any word of its thing still earns', () => {
    expect(earns(r, 'So the egg ended up with two 21s.')).toBe(true);
    expect(earns(r, 'the sperm has 2 copies of chromosome 21')).toBe(true);
  });
});

describe('rubric explain warns when a label compiled to much less than it says', () => {
  it('a label that keeps one bare word', () => {
    expect(labelNotes('Every cell comes from the zygote through mitosis')).toContain(
      '⚠ only "comes" is required',
    );
  });

  it('a label that keeps fewer than half of its words', () => {
    expect(labelNotes('The fish die from a lack of oxygen')).toContain('⚠ fewer than half');
  });

  it('not a label whose one reading is a lexicon concept, or a full statement', () => {
    expect(labelNotes('Depolarization: the inside becomes less negative (more positive)')).not.toContain('⚠');
    expect(labelNotes('Bacteria decompose the dead algae')).not.toContain('⚠');
  });
});

describe('round 174: "not just" without its "but" denies the "just"', () => {
  const r = rubric('{ all: ["only|just", "one|single", "amino acid"], scope: clause }');

  it('"It does not just change one amino acid" does not say only one changes', () => {
    expect(earns(r, 'It does not just change one amino acid, because the frame shifts.')).toBe(false);
    expect(earns(r, 'It just changes one amino acid.')).toBe(true);
  });

  it('"not just X but Y" is still emphasis: X is said', () => {
    expect(earns(r, 'It not just changes one amino acid but also the shape.')).toBe(true);
  });
});

describe('round 175: a word with an opposite is never read as a misspelling', () => {
  it('"hydrophilic" is not "hydrophobic" two letters off; a real slip still is', () => {
    const r = plain('Valine is hydrophobic');
    expect(earns(r, 'Valine is hydrophilic.')).toBe(false);
    expect(earns(r, 'valine is hydrophobik')).toBe(true);
  });
});

describe('round 176: "one" is not "on", and a contraction is quoted whole', () => {
  it('"from there on" says no "one"', () => {
    const counted = rubric('"=one amino acid"');
    expect(earns(counted, 'every amino acid from there on is wrong')).toBe(false);
    const loose = rubric('{ all: ["one|single", "amino acid"], scope: clause }');
    expect(earns(loose, 'every amino acid from there on is wrong')).toBe(false);
    expect(earns(loose, 'a single amino acid is wrong')).toBe(true);
    expect(earns(counted, 'only one amino acid changes')).toBe(true);
  });

  it('the evidence of a "not" read from "won\'t" quotes "won\'t"', () => {
    const g = grade(rubric('"=not ..1 work"'), "The protein won't work.");
    expect(g.points[0]?.evidence[0]?.text).toBe("won't work");
  });
});

describe('round 177: "instead" is not a negation cue for a negative label', () => {
  it('"separates normally instead of staying together" does not earn "does not separate"', () => {
    const r = plain('Chromosome 21 does not separate in meiosis');
    expect(earns(r, 'Chromosome 21 separates normally in meiosis instead of staying together.')).toBe(false);
    expect(earns(r, 'Chromosome 21 does not separate in meiosis.')).toBe(true);
  });

  it('"sodium flows out instead of in" does not earn "Na⁺ do not flow into the cell"', () => {
    const r = plain('Na⁺ (positive ions) do not flow into the postsynaptic cell');
    expect(earns(r, 'Sodium flows out of the cell instead of in.')).toBe(false);
  });
});

describe('round 178: a label that says every or all is not met by "only one"', () => {
  it('"Every codon changes" is not earned by "Only one codon changes"', () => {
    const r = plain('Every codon changes');
    expect(earns(r, 'Only one codon changes.')).toBe(false);
    expect(earns(r, 'All the codons change.')).toBe(true);
  });
});
