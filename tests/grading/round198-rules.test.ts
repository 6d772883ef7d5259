import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { earns, labelNotes, packEarned, plain, question } from './helpers.js';

/** The words an answer is read as. */
const words = (text: string) => tokenize(text, true).map((t) => t.norm);

/*
 * Round 198 onwards (Dec 2026): readings from the ASAP item 5 tuning split (Id % 3 != 0).
 */
describe('round 198: "go" and "arrive" right before an article have lost their "to" or "at"', () => {
  it('"to go the ribosome" and "it arrives a a ribosome" say where the mRNA goes', () => {
    expect(
      packEarned('asap-sas-5', 'The mRNA leaves the DNA to go the ribosome to deliver the strand'),
    ).toContain('to-ribosome');
    expect(packEarned('asap-sas-5', 'mRNA leaves the nucleus, then it arrives a a ribosome.')).toContain(
      'to-ribosome',
    );
    expect(earns(plain('The mRNA goes to a ribosome'), 'then the mRNA goes the ribosome')).toBe(true);
  });

  it('a way or a stretch is not a place: "goes the other way", "went a long way"', () => {
    expect(words('potassium goes the other way')).toEqual(['potassium', 'goes', 'the', 'other', 'way']);
    expect(words('it went a long way')).not.toContain('to');
    expect(words('it goes the whole way')).not.toContain('to');
    expect(words('it goes the ribosome')).toEqual(['it', 'goes', 'to', 'the', 'ribosome']);
    expect(words('it arrives an organelle')).toEqual(['it', 'arrives', 'at', 'an', 'organelle']);
    expect(packEarned('asap-sas-5', 'the mRNA goes the whole ribosome')).not.toContain('to-ribosome');
  });

  it('verbs that take an object keep it: "then comes the tRNA", "travels the cytoplasm"', () => {
    expect(packEarned('asap-sas-5', 'The mRNA leaves the nucleus. Then comes the ribosome.')).not.toContain(
      'to-ribosome',
    );
    expect(packEarned('asap-sas-5', 'the tRNA goes the ribosome')).not.toContain('to-ribosome');
  });
});

/*
 * Rounds 199–202: from the twelfth teacher's set (tests/grading/teacher-questions/TEACHER-NOTES-12.md).
 */
const FROM_SET_12 = `
id: t12
kind: frq
title: t
unit: "Unit 7"
topics: [x]
source: test
prompt: Explain how the canyon led to two species, and predict the chance that each son is color-blind.
modelAnswer: The allele frequencies of the two populations diverge, and each son has a 50% chance.
points:
  - id: diverge
    label: The allele frequencies of the two populations diverge
    hint: h
  - id: half
    label: Each son has a 50% chance of color blindness
    hint: h
  - id: halfword
    label: Half of the sons are color-blind
    hint: h
examples:
  - answer: The allele frequencies of the two populations diverge.
    earns: [diverge]
`;

describe('round 199: a number right after a slash ends a fraction, not a list item', () => {
  it('"each son is 1/2." reads "1 2" as "each son is 1/2 ." does', () => {
    expect(words('The chance for each son is 1/2.')).toEqual([
      'the',
      'chance',
      'for',
      'each',
      'son',
      'is',
      '1',
      '2',
    ]);
    expect(words('1/2. 2. it goes')).toEqual(['1', '2', 'it', 'goes']);
  });
});

describe('round 200: a percentage in a label is also said as a fraction, odds, "half", and "chance" after it is the number', () => {
  const r = question(FROM_SET_12);

  it('"1/2", "half", "50%", "50/50" and "1 in 2" earn "Each son has a 50% chance of color blindness"', () => {
    for (const a of [
      'The chance for each son is 1/2.',
      'half of the sons will be colorblind',
      '50% of sons',
      'sons: 50/50',
      'sons 1 in 2',
    ])
      expect(earns(r, a, 'half'), a).toBe(true);
    expect(earns(r, '25% of the sons', 'half')).toBe(false);
  });

  it('"chance" after a number is no randomness: "each son has a random chance" does not earn it', () => {
    expect(earns(r, 'each son has a random chance of color blindness', 'half')).toBe(false);
    expect(labelNotes('Each son has a 50% chance of color blindness')).toContain(
      '"chance" after a percentage',
    );
  });

  it('"Half of the sons" is earned by "1/2 of the sons" and "50% of sons"', () => {
    expect(earns(r, 'so 1/2 of the sons are colorblind', 'halfword')).toBe(true);
    expect(earns(r, '50% of sons are color-blind', 'halfword')).toBe(true);
  });
});

describe('round 201: an "of" after a one- or two-word subject names whose; the verb after it stays', () => {
  const r = question(FROM_SET_12);

  it('"The allele frequencies of the two populations diverge" needs the divergence', () => {
    expect(earns(r, 'the allele frequencies did not change', 'diverge')).toBe(false);
    expect(earns(r, 'the allele frequencies of the two populations are the same', 'diverge')).toBe(false);
    expect(earns(r, 'over time the allele frequencies of the groups diverged', 'diverge')).toBe(true);
    expect(labelNotes('The allele frequencies of the two populations diverge')).toContain(
      '"the two populations" says whose (after "of")',
    );
  });

  it('with a verb before it the "of" still says where: "The complex increases transcription of the P gene"', () => {
    expect(labelNotes('The complex increases transcription of the protein P gene')).not.toContain(
      'says whose',
    );
  });
});

describe('round 202: note-form abbreviations of an evolution or genetics answer', () => {
  it('"diff", "freqs", "repro" and "btwn" are read as the words', () => {
    expect(words('diff selection, allele freqs, repro isolation, no gene flow btwn them')).toEqual([
      'different',
      'selection',
      'allele',
      'frequencies',
      'reproductive',
      'isolation',
      'no',
      'gene',
      'flow',
      'between',
      'them',
    ]);
    expect(
      earns(plain('The codons after the deletion change'), 'every codon after the deletion is diff'),
    ).toBe(true);
  });
});

describe('round 203: a genotype with one dominant and one recessive allele is a heterozygote', () => {
  it('"XBXb", "XbXB" and "Bb" are read as "heterozygous"; "XBXB", "bb", "Na" are not', () => {
    expect(words('mom is XBXb, Bb or XbXB')).toEqual([
      'mom',
      'is',
      'heterozygous',
      'heterozygous',
      'or',
      'heterozygous',
    ]);
    expect(words('Bb x bb')).toEqual(['heterozygous', 'x', 'bb']);
    expect(words('XBXB and bb and Na and 11')).toEqual(['xbxb', 'and', 'bb', 'and', 'na', 'and', '11']);
  });

  it('"The mother is heterozygous" is earned by "mom is XBXb" and "the mother is a carrier"', () => {
    const r = plain('The mother is heterozygous');
    expect(earns(r, 'the mom is XBXb because her dad was colorblind')).toBe(true);
    expect(earns(r, 'The mother is a carrier.')).toBe(true);
    expect(earns(r, 'The mother is XBXB.')).toBe(false);
  });
});

describe('round 204: people in a pedigree as students name them', () => {
  it('"boys", "guys" and "men" are males; "mom" is the mother, "dad" the father', () => {
    expect(earns(plain('Males have only one X chromosome'), 'guys only got 1 X')).toBe(true);
    expect(earns(plain('Males have only one X chromosome'), 'Boys are XY so they only have one X')).toBe(
      true,
    );
    expect(earns(plain('Males have only one X chromosome'), 'females only have one X')).toBe(false);
    expect(
      earns(plain('The father gives his X to his daughters'), 'a dad gives his X to his daughters'),
    ).toBe(true);
  });

  it('a chromosome after its one-letter name is the name ("one X"), and a count may be a digit', () => {
    expect(labelNotes('Males have only one X chromosome')).toContain('"chromosome" after the name "X"');
    expect(earns(plain('Males have only one X chromosome'), 'males have two X chromosomes')).toBe(false);
  });
});

describe('round 205: `rubric explain` warns when a label word has two senses', () => {
  it('"carrier" is a heterozygote and a carrier protein: the warning names both groups', () => {
    expect(labelNotes('The mother is a carrier')).toContain('⚠ "carrier" is read two ways');
    expect(labelNotes('Passive transport moves a substance down its gradient')).not.toContain(
      'read two ways',
    );
  });
});

/*
 * Rounds 206–207: from the thirteenth teacher's set (tests/grading/teacher-questions/TEACHER-NOTES-13.md).
 */
describe('round 206: a charge or a pole is never the word a label may do without', () => {
  it('"The DNA moves toward the positive electrode" is not earned by "toward the negative electrode"', () => {
    const r = plain('The DNA moves toward the positive electrode');
    expect(earns(r, 'The DNA moves toward the negative electrode')).toBe(false);
    expect(earns(r, 'the DNA moves toward the positive electrode')).toBe(true);
  });
});

describe('round 207: a comparison whose two sides name the same thing', () => {
  const r = plain('Smaller fragments move farther than larger fragments');

  it('"smaller fragments move farther" and "small ones go farther" earn it; the shared "fragments" is no reference word', () => {
    expect(
      earns(r, 'The smaller fragments move farther down the gel because they slip through the pores'),
    ).toBe(true);
    expect(earns(r, 'small frags travel farther')).toBe(true);
    expect(earns(r, 'smaller fragments move farther, larger ones stay near the well')).toBe(true);
  });

  it('the reversal does not: "larger fragments move farther than smaller fragments", "the big ones go farther"', () => {
    expect(earns(r, 'larger fragments move farther than smaller fragments')).toBe(false);
    expect(earns(r, 'the big ones go farther')).toBe(false);
  });
});

describe('round 208: a lone "+" or "-" before an end, side or pole is its charge', () => {
  it('"moves to the + end" is "moves to the positive end", "the − electrode" the negative one', () => {
    expect(words('the DNA moves to the + end')).toEqual([
      'the',
      'dna',
      'moves',
      'to',
      'the',
      'positive',
      'end',
    ]);
    expect(words('from the − electrode')).toEqual(['from', 'the', 'negative', 'electrode']);
    expect(
      earns(plain('The DNA moves toward the positive electrode'), 'DNA goes toward the + electrode'),
    ).toBe(true);
  });
});

describe('round 209: irregular past forms stem with their verb', () => {
  it('"must be broken" and "broke apart" say the bonds break', () => {
    const r = plain('The hydrogen bonds break');
    expect(earns(r, 'the hydrogen bonds must be broken for the water to evaporate')).toBe(true);
    expect(earns(r, 'the hydrogen bonds broke apart')).toBe(true);
    expect(earns(r, 'the hydrogen bonds stay whole')).toBe(false);
  });

  it('not "taken" or "brought", which written rubrics keep for the passive alone', () => {
    expect(packEarned('asap-sas-5', 'The rRNA brings amino acids to the ribosome.')).not.toContain(
      'to-ribosome',
    );
    expect(packEarned('asap-sas-5', 'The mRNA is brought to the ribosome.')).toContain('to-ribosome');
  });
});
