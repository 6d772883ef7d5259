import { describe, expect, it } from 'vitest';
import { compiledLabel, earns, labelNotes, plain, rubric } from './helpers.js';

/*
 * Teacher set 6's flags: the misconception "mutated|broken repressor" fired on full-mark answers
 * saying "Since the operator is mutated, the repressor can't bind". Words next to each other in a
 * phrase are not split by a comma that ends a clause (src/grading/match-phrase.ts splitAfter).
 */
describe('round 164: a comma that ends a clause splits a phrase', () => {
  const r = rubric('"mutated|broken repressor"');

  it('"… the operator is mutated, the repressor can\'t bind" is no "mutated repressor"', () => {
    expect(earns(r, 'Since the operator is mutated, the repressor cannot bind.')).toBe(false);
    expect(earns(r, 'Because the operator is broken; the repressor has nowhere to sit.')).toBe(false);
    expect(earns(r, 'The mutated repressor cannot bind.')).toBe(true);
    expect(earns(r, 'The repressor is a mutated, broken repressor.')).toBe(true);
  });

  it('so does an arrow with space around it between two steps of a chain, but not a tight path arrow', () => {
    expect(earns(r, 'operator mutated -> repressor cant bind -> genes on')).toBe(false);
    expect(earns(r, "operator broken → repressor can't bind")).toBe(false);
    expect(earns(rubric('"high to low"'), 'moves high→low')).toBe(true);
  });

  it('a gap may still reach over the comma, and a clause begun at a bare word does not split', () => {
    expect(earns(rubric('"mutated ..2 repressor"'), 'Since it is mutated, the repressor fails.')).toBe(true);
    expect(earns(rubric('"attached to the? =one before"'), 'It gets attached to the one before it.')).toBe(
      true,
    );
  });

  it('an optional word left out does not make the words around it a pair', () => {
    // "membrane? potential": starting at "potential", the word before it ("in,") was never matched
    const p = rubric('"membrane? potential ..3 goes up"');
    expect(earns(p, 'Na+ goes in, potential goes up.')).toBe(true);
  });
});

/*
 * Round 165 (Dec 2026): the sixth teacher's label readings (tests/grading/teacher-questions/
 * TEACHER-NOTES-6.md), each a label that had earned the opposite answer or lost its point.
 */
describe('round 165: a negative label needs its subject', () => {
  it('"The repressor cannot bind the operator" is not earned by any other "cannot bind"', () => {
    const r = plain('The repressor cannot bind the operator');
    expect(earns(r, 'RNA polymerase cannot bind to the promoter.')).toBe(false);
    expect(earns(r, 'Lactose cannot bind the repressor.')).toBe(false);
    expect(earns(r, 'The repressor cannot bind to the operator.')).toBe(true);
    // the subject named before in the sentence carries over to a verb negated on its own
    expect(
      earns(plain('Acetylcholine cannot bind to its receptor'), 'ACh is released normally but cannot bind.'),
    ).toBe(true);
    // a noun negated on its own still says it: "no binding", "no action potentials"
    expect(earns(r, 'There is no binding of the repressor.')).toBe(true);
    expect(
      earns(plain('Motor neurons cannot fire action potentials'), 'There are no action potentials.'),
    ).toBe(true);
  });

  it('the verb left out of a negative label is not replaced by its opposite', () => {
    const r = plain('The repressor cannot bind the operator');
    expect(earns(r, 'The repressor cannot leave the operator.')).toBe(false);
    expect(earns(plain('The repressor stays off the operator'), 'The repressor stays on the operator.')).toBe(
      false,
    );
  });
});

describe('round 165: "even without …" is a condition, not a negation', () => {
  it('"… even without lactose" is not earned by "does not make it even with lactose"', () => {
    const r = plain('The mutant makes beta-galactosidase even without lactose');
    expect(labelNotes('The mutant makes beta-galactosidase even without lactose')).not.toContain(
      'negative label',
    );
    expect(earns(r, 'The mutant does not make beta-galactosidase even with lactose.')).toBe(false);
    expect(earns(r, 'Without lactose the mutant still makes beta-galactosidase.')).toBe(true);
    expect(earns(r, 'Yes, it will make beta-galactosidase without lactose.')).toBe(true);
  });

  it('"even if …" opens a clause of its own, also optional', () => {
    const r = plain('The cell keeps making the enzyme even if no lactose is present');
    expect(earns(r, 'The enzyme is made even when lactose is absent.')).toBe(true);
    expect(earns(r, 'The cell does not make the enzyme.')).toBe(false);
  });
});

describe('round 165: a hyphenated name is one item', () => {
  it('"beta-galactosidase" is one item: neither word can be the one left out', () => {
    expect(labelNotes('Beta-galactosidase breaks down lactose')).toContain(
      '"beta-galactosidase" is the subject',
    );
    const r = plain('Beta-galactosidase is made by the mutant');
    expect(earns(r, 'Beta is made by the mutant.')).toBe(false);
    expect(earns(r, 'Beta galactosidase is made by the mutant.')).toBe(true);
  });
});

describe('round 166: natural-selection words in the shared lexicon (teacher set 6)', () => {
  it('"more frequent", "more common", "freq ↑" and "goes way up" are an increase', () => {
    const r = plain('The frequency of the R allele increases in the population');
    expect(earns(r, 'The R allele became more frequent in the population.')).toBe(true);
    expect(earns(r, 'R freq ↑ over 10 yrs.')).toBe(true);
    expect(earns(r, 'The frequency of the R allele decreased.')).toBe(false);
  });

  it('"lived" and "made it" are surviving; "do not survive" is not', () => {
    const r = plain('Insects with the R allele survive');
    expect(earns(r, 'The insects with R lived.')).toBe(true);
    expect(earns(r, 'Insects with R do not survive.')).toBe(false);
  });
});

describe('round 166: "for nothing" is "in vain", not a denial', () => {
  it('"Making the enzyme for nothing is a waste of energy" says the cell wastes energy', () => {
    const r = plain('The cell wastes energy');
    expect(earns(r, 'Making the enzyme for nothing is a waste of energy.')).toBe(true);
    expect(earns(r, 'Nothing wastes energy.')).toBe(false);
  });
});

describe('round 166: "resistant" is not the verb group of "resist"', () => {
  it('"Resistant insects survive" compiles "resistant" as itself, not as prevent/stop; the verb keeps its group', () => {
    expect(JSON.stringify(compiledLabel('Resistant insects survive').pattern)).not.toContain('prevent');
    expect(
      earns(
        plain('Turgor pressure resists more water entering'),
        'Turgor pressure prevents more water entering.',
      ),
    ).toBe(true);
  });
});

describe('round 166: a one-letter allele name stands alone, and heredity has its concept', () => {
  it('"the R allele" is said by "R" ("passed R on to their offspring")', () => {
    const r = plain('Offspring inherit the R allele from the survivors');
    expect(earns(r, 'They reproduced and passed R on to their offspring.')).toBe(true);
    expect(earns(r, 'The survivors had offspring that inherited R.')).toBe(true);
    expect(earns(r, 'The insects move to another field. The R allele is dominant.')).toBe(false);
    expect(labelNotes('Offspring inherit the R allele from the survivors')).toContain(
      '"allele" after the name "R"',
    );
  });

  it('"passed … to their offspring" and "got … from their parents" are inheriting', () => {
    const r = plain('Offspring inherit the R allele');
    expect(earns(r, 'The larvae got the R allele from their parents.')).toBe(true);
  });
});
