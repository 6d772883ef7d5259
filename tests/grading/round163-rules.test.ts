import { describe, expect, it } from 'vitest';
import { earns, plain } from './helpers.js';

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
