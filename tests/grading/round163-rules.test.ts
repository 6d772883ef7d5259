import { describe, expect, it } from 'vitest';
import { earns, plain, rubric } from './helpers.js';

/*
 * Round 163 (Dec 2026): a label of three or more items may be met with one left out; when that one
 * says which of two opposites ("loses", "dominant"), the opposite said in its place does not earn
 * (src/grading/label-opposites.ts). Found by trying labels a teacher could write; no stored
 * decision moved.
 */
describe('round 163: the word left out is not replaced by its opposite', () => {
  it('"The central vacuole loses water" is not met by "gains water"', () => {
    const r = plain('The central vacuole loses water');
    expect(earns(r, 'The central vacuole gains water.')).toBe(false);
    expect(earns(r, 'The central vacuole gained water and grew.')).toBe(false);
    // the same statement another way, or with a word left out, still earns
    expect(earns(r, 'Water leaves the central vacuole.')).toBe(true);
    expect(earns(r, 'The vacuole loses water.')).toBe(true);
  });

  it('"The root hair cell absorbs water" is not met by "releases water"', () => {
    const r = plain('The root hair cell absorbs water');
    expect(earns(r, 'The root hair cell releases water.')).toBe(false);
    expect(earns(r, 'The root hair cell absorbs water.')).toBe(true);
  });

  it('"The dominant allele is expressed" is not met by "the recessive allele is expressed"', () => {
    const r = plain('The dominant allele is expressed in the heterozygote');
    expect(earns(r, 'The recessive allele is expressed in the heterozygote.')).toBe(false);
    expect(earns(r, 'The dominant allele is expressed in the heterozygote.')).toBe(true);
  });

  it('an opposite the label says itself is no slip ("hydrophilic … hydrophobic core")', () => {
    const r = plain('Hydrophilic ions cannot cross the hydrophobic core of the membrane');
    expect(earns(r, 'Hydrophilic ions cannot cross the core of the membrane.')).toBe(true);
  });
});

/*
 * Teacher set 6's flags: the misconception "mutated|broken repressor" fired on full-mark answers
 * saying "Since the operator is mutated, the repressor can't bind". Words next to each other in a
 * phrase are not split by a comma that ends a clause (src/grading/match-phrase.ts splitAfter).
 */
describe('round 163: a comma that ends a clause splits a phrase', () => {
  const r = rubric('"mutated|broken repressor"');

  it('"… the operator is mutated, the repressor can\'t bind" is no "mutated repressor"', () => {
    expect(earns(r, 'Since the operator is mutated, the repressor cannot bind.')).toBe(false);
    expect(earns(r, 'Because the operator is broken; the repressor has nowhere to sit.')).toBe(false);
    expect(earns(r, 'The mutated repressor cannot bind.')).toBe(true);
    expect(earns(r, 'The repressor is a mutated, broken repressor.')).toBe(true);
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
