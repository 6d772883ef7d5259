import { describe, expect, it } from 'vitest';
import { explainTries } from '../../src/grading/try-answers.js';
import { earns, labelNotes, plain, rubric } from './helpers.js';

/*
 * Round 179 onwards (Dec 2026): label readings from the eighth teacher's labels alone and the
 * ninth teacher's set (tests/grading/teacher-questions/TEACHER-NOTES-9.md).
 */
describe('round 179: "changes" is also said as "is different" or "is altered"', () => {
  const r = plain('The amino acid sequence changes');

  it('"the amino acids after it are all different" earns "the amino acid sequence changes"', () => {
    expect(earns(r, 'so the amino acids are all different')).toBe(true);
    expect(earns(r, 'the sequence of amino acids from that point on is altered')).toBe(true);
    expect(earns(plain('The codons downstream change'), 'every codon downstream is different')).toBe(true);
  });

  it('a polarity is kept: "the amino acids are not different" does not earn it', () => {
    expect(earns(r, 'the amino acid sequence is not different at all')).toBe(false);
  });

  it('with a word left out, a clause that counts one of the thing does not earn it', () => {
    expect(earns(r, 'only one codon changes, so one amino acid is different')).toBe(false);
    expect(earns(r, 'one codon now codes for a different amino acid')).toBe(false);
    expect(earns(r, 'a single wrong amino acid changes')).toBe(false);
  });

  it('"one" as a pronoun is not a count: "the final one activates glycogen phosphorylase"', () => {
    const enzyme = plain('The enzyme glycogen phosphorylase is activated');
    expect(
      earns(enzyme, 'Relay proteins carry the signal and the final one activates glycogen phosphorylase.'),
    ).toBe(true);
  });
});

describe('round 180: "no longer" in a label is a negation, not a word to say', () => {
  const r = plain('Otters no longer eat the urchins');

  it('"the otters aren\'t eating them anymore" earns it', () => {
    expect(earns(r, "the sea urchins would go up because the otters aren't eating them anymore")).toBe(true);
    expect(earns(r, 'Urchins increase because otters dont eat them.')).toBe(true);
    expect(earns(r, 'Otters no longer eat the urchins.')).toBe(true);
  });

  it('the label stays negative: "the otters eat the urchins" does not earn it', () => {
    expect(earns(r, 'The otters eat the urchins, so there are fewer urchins.')).toBe(false);
  });
});

describe('round 181: a population, number or amount of a thing is said as the thing', () => {
  it('"The sea urchin population increases" is earned by "the urchins increase"', () => {
    const r = plain('The sea urchin population increases');
    expect(earns(r, 'the urchins increase because nothing eats them')).toBe(true);
    expect(earns(r, 'the otters increase')).toBe(false);
    expect(earns(r, 'the urchin population decreases')).toBe(false);
  });
});

describe('round 182: a word of size is never the one left out', () => {
  it('"too small for Hardy-Weinberg equilibrium" is not earned by "… so it is in Hardy-Weinberg equilibrium"', () => {
    const r = plain('The population is too small for Hardy-Weinberg equilibrium');
    expect(earns(r, 'The population is large again so it is in Hardy-Weinberg equilibrium.')).toBe(false);
    expect(earns(r, 'The population is too small to be in Hardy-Weinberg equilibrium.')).toBe(true);
  });
});

describe('round 183: a subject "it" may stand for, and one plain word, are too little', () => {
  it('"It is the founder effect" does not earn "The mechanism is genetic drift (a bottleneck effect)"', () => {
    const r = plain('The mechanism is genetic drift (a bottleneck effect)');
    expect(earns(r, 'It is the founder effect because only 12 lizards founded the new population.')).toBe(
      false,
    );
    expect(earns(r, 'It is genetic drift.')).toBe(true);
    expect(earns(r, 'This is the bottleneck effect.')).toBe(true);
  });

  it('a lexicon reading left with the subject is still a statement: "it is against the gradient"', () => {
    const r = plain('Both ions are moved against their concentration gradients');
    expect(earns(r, 'The pump needs ATP since it is against the gradient for both.')).toBe(true);
  });
});

describe('round 184: explain warns when a verb between two words may be the one left out', () => {
  it('"Urchins eat the kelp" warns that "eat" may be missing', () => {
    expect(labelNotes('Urchins eat the kelp')).toContain(
      '⚠ one of "urchins", "eat", "kelp" may be missing, "eat" too',
    );
    expect(labelNotes('The kelp decreases')).not.toContain('⚠');
  });
});

describe('round 185: --try says which words earn nothing, and why', () => {
  const r = rubric('"=not large enough"', undefined, {
    prompt: 'Explain why this population is not in Hardy-Weinberg equilibrium.',
  });

  it('names a clause that restates the prompt', () => {
    const out = explainTries(r, ['It is not in Hardy Weinberg equilibrium because it is not large enough.']);
    expect(out).toContain('“It is not in Hardy Weinberg equilibrium” restates the prompt: earns nothing');
  });

  it('names a hedged sentence, and says nothing of an answer with neither', () => {
    expect(explainTries(r, ['I think maybe it is not large enough?'])).toContain('is hedged or taken back');
    expect(explainTries(r, ['It is not large enough.'])).not.toContain('earns nothing');
  });
});

describe('round 186: a population grows or shrinks in the words students use', () => {
  it('"multiply", "blow up", "explode", "become many" say it increases', () => {
    const r = plain('Urchins increase');
    for (const a of [
      'the urchins multiply like crazy',
      'the urchins blow up in numbers',
      'the urchin population explodes',
      'the sea urchin will become many',
    ])
      expect(earns(r, a), a).toBe(true);
    expect(earns(r, 'the urchins stay the same')).toBe(false);
  });

  it('"dwindles", "dies off", "gets wiped out", "disappears", "shrinks" say it decreases', () => {
    const r = plain('The kelp decreases');
    for (const a of [
      'the kelp dwindles',
      'the kelp dies off',
      'the kelp gets wiped out',
      'the kelp forest disappears',
      'the kelp forest shrinks',
    ])
      expect(earns(r, a), a).toBe(true);
    expect(earns(r, 'the kelp grows back')).toBe(false);
  });
});

describe('round 187: a thing that grows or shrinks is also said with a comparative before it', () => {
  it('"less genetic diversity" earns "Genetic variation (diversity) decreases"', () => {
    const r = plain('Genetic variation (diversity) decreases');
    expect(earns(r, 'now there is less genetic diversity')).toBe(true);
    expect(earns(r, 'lower genetic variation')).toBe(true);
    expect(earns(r, 'more diversity')).toBe(false);
  });

  it('the comparative is said of the thing, not of another ("with less urchins the kelp grows")', () => {
    const r = plain('The kelp decreases');
    expect(earns(r, 'less kelp for the fish')).toBe(true);
    expect(earns(r, 'With less urchins the kelp would grow more.')).toBe(false);
    expect(earns(r, 'The urchins would decrease since the kelp would outcompete them.')).toBe(false);
  });
});

describe('round 188: chance is also "random" or "luck"', () => {
  it('"which alleles survived was random" earns "Chance decides which alleles survive"', () => {
    const r = plain('Chance decides which alleles survive');
    expect(earns(r, 'which alleles survived was decided at random')).toBe(true);
    expect(earns(r, 'luck decided which alleles survived')).toBe(true);
    expect(earns(r, 'the fittest alleles survived')).toBe(false);
  });
});

describe('round 189: a sentence that restates the prompt and ends in an answer of its own keeps the answer', () => {
  const r = rubric('"crossing over"', undefined, {
    prompt:
      'The offspring are 415 gray normal, 405 black vestigial, 92 gray vestigial and 88 black normal. Explain where the gray vestigial and black normal flies come from.',
  });

  it('"The gray vestigial and black normal flies come from crossing over." earns crossing over', () => {
    expect(earns(r, 'The gray vestigial and black normal flies come from crossing over.')).toBe(true);
  });

  it("a sentence of the prompt's own words still earns nothing", () => {
    const copied = rubric('"normal flies"', undefined, {
      prompt: 'Explain where the gray vestigial and black normal flies come from.',
    });
    expect(earns(copied, 'Explain where the gray vestigial and black normal flies come from.')).toBe(false);
    expect(earns(copied, 'The black normal flies come from the gray vestigial ones.')).toBe(true);
  });
});

describe('round 190: a place that opens a label ends where its subject begins', () => {
  it('"At high substrate concentration the drug is outcompeted" compiles to the drug outcompeted', () => {
    const r = plain('At high substrate concentration the drug is outcompeted');
    expect(earns(r, 'with lots of substrate the drug gets outcompeted')).toBe(true);
    expect(earns(r, 'the substrate concentration is high')).toBe(false);
  });
});

describe('round 191: a percent is its number, written with "%" or as a fraction', () => {
  const r = plain('The recombination frequency is 18 percent');

  it('"18%" and "0.18" earn "The recombination frequency is 18 percent"', () => {
    expect(earns(r, 'the recombination frequency is 18%')).toBe(true);
    expect(earns(r, 'recombination frequency = 0.18')).toBe(true);
    expect(earns(r, 'recombination frequency = 180/1000 = 18%')).toBe(true);
  });

  it('another number does not', () => {
    expect(earns(r, 'the recombination frequency is 82%')).toBe(false);
    expect(earns(r, 'the recombination frequency is 0.82')).toBe(false);
  });
});

describe('round 192: a negative label is denied by the verbs "block", "prevent", "inhibit", not their nouns', () => {
  const r = plain('The substrate cannot bind to the enzyme');

  it('"the inhibition is overcome" does not deny the binding', () => {
    expect(earns(r, 'the substrate will bind to the enzyme and the inhibition is overcome')).toBe(false);
  });

  it('the verbs still do', () => {
    expect(earns(r, 'the drug blocks the substrate from binding')).toBe(true);
    expect(earns(r, 'it prevents the substrate binding to the enzyme')).toBe(true);
  });
});

describe('round 193: a count after "the" names what was already said, it claims no number', () => {
  it('"The two genes are linked on the same chromosome" is earned by "the genes are linked"', () => {
    const r = plain('The two genes are linked on the same chromosome');
    expect(earns(r, 'the genes are linked')).toBe(true);
    expect(earns(r, 'the genes assort independently')).toBe(false);
  });

  it('a count that is the claim stays: "The zygote has three copies"', () => {
    expect(
      earns(
        plain('The zygote has three copies of chromosome 21'),
        'the zygote has two copies of chromosome 21',
      ),
    ).toBe(false);
  });
});

describe('round 194: "Electron transport chain halts" compiles (three words said together)', () => {
  it('is earned by "the electron transport chain stops" and "no electron transport chain"', () => {
    const r = plain('Electron transport chain halts');
    expect(earns(r, 'the electron transport chain stops')).toBe(true);
    expect(earns(r, 'there is no electron transport chain working')).toBe(true);
    expect(earns(r, 'the electron transport chain keeps going')).toBe(false);
  });
});

describe('round 195: explain says which shorter statements also earn a label', () => {
  it('"Glycolysis still makes ATP" names "makes … atp"', () => {
    expect(labelNotes('Glycolysis still makes ATP')).toContain(
      'with one word left out it is also earned by "makes … atp"',
    );
    expect(labelNotes('The kelp decreases')).not.toContain('with one word left out');
  });
});

describe('round 196: an alternative written as a contraction says how it is read', () => {
  it('"=not|cannot" names "can not" and points to "=not"', () => {
    expect(() => rubric('"=not|cannot get"')).toThrow(
      /"cannot" in "=not\|cannot" is read as two words, "can not".*"=not" already matches/,
    );
  });

  it('"=not" matches "cannot", "can\'t" and "won\'t"', () => {
    const r = rubric('"=not ..1 get"');
    for (const a of ['the plant cannot get CO2', "it can't get CO2", "it won't get CO2"])
      expect(earns(r, a), a).toBe(true);
  });
});

describe('round 197: losing less of something is keeping it', () => {
  it('"conserves", "saves", "holds onto", "keeps … in" earn "The plant loses less water"', () => {
    const r = plain('The plant loses less water');
    for (const a of [
      'the plant conserves water',
      'it saves water',
      'it holds onto its water',
      'closing the stomata keeps water in',
    ])
      expect(earns(r, a), a).toBe(true);
    expect(earns(r, 'the plant loses more water')).toBe(false);
    expect(earns(r, 'the plant keeps losing water')).toBe(false);
  });
});
