import { describe, expect, it } from 'vitest';
import { earns, plain } from './helpers.js';

/*
 * Round 157 (Dec 2026): general rules found by two questions a teacher wrote for their own class
 * as plain-language points (glucose transport through GLUT1; epinephrine's signal in a liver cell),
 * graded first on blind answers before any change. Each rule is for every question.
 */

describe('round 157: what a teacher-written label is met by', () => {
  it('"then" after a short subject is an adverb before any verb, not a new clause', () => {
    const r = plain('cAMP activates a protein kinase (PKA)');
    expect(earns(r, 'cAMP then activates PKA.')).toBe(true);
    expect(earns(r, 'The cAMP then turns on PKA.')).toBe(true);
    // An antecedent keeps its "then": "if cAMP …" states nothing.
    expect(earns(r, 'If cAMP then activates PKA.')).toBe(false);
  });

  it('"then" after a statement with its own verb or direction still joins two clauses', () => {
    const r = plain('K⁺ flows into the cell');
    expect(earns(r, 'Na+ goes in then K+ leaves.')).toBe(false);
    expect(earns(r, 'Sodium enters then potassium exits.')).toBe(false);
  });

  it('"so many", "so few" say how many: "so" there is no "therefore"', () => {
    const r = plain('The transport proteins are limited (finite)');
    expect(earns(r, 'There are only so many transport proteins.')).toBe(true);
    expect(earns(r, 'The cell only has a certain number of carrier proteins.')).toBe(true);
    // "limit" the verb is resisting, not short supply: stopping is not being limited.
    expect(earns(r, 'The proteins stop working.')).toBe(false);
  });

  it('all of them busy is saturation', () => {
    const r = plain('All the transport proteins are occupied (saturated)');
    expect(earns(r, 'The carrier proteins are all full.')).toBe(true);
    expect(earns(r, 'All the transport proteins are in use.')).toBe(true);
  });

  it('a signal that "turns on" something activates it', () => {
    const r = plain('The activated receptor activates a G protein');
    expect(earns(r, 'The receptor turns on a G protein.')).toBe(true);
  });

  it('ordinals written with digits read as words: "2nd messenger"', () => {
    const r = plain('cAMP is a second messenger');
    expect(earns(r, 'cAMP is the 2nd messenger.')).toBe(true);
  });

  it('the subject of "X is Y" may be named by a pronoun, except a named ion', () => {
    const r = plain('Glucose is polar (hydrophilic)');
    expect(earns(r, 'Glucose cannot get through because it is hydrophilic.')).toBe(true);
    expect(earns(r, 'Oxygen is hydrophobic.')).toBe(false);
    const ion = plain('K⁺ is pumped into the cell');
    expect(earns(ion, 'Sodium is pumped out and it is pumped into the cell.')).toBe(false);
  });

  it('"polar" (a polar molecule) is no membrane potential, and crossing a membrane is no threshold', () => {
    const polar = plain('Glucose is polar (hydrophilic)');
    expect(earns(polar, 'Glucose changes the membrane potential.')).toBe(false);
    expect(earns(plain('The membrane reaches threshold'), 'The membrane crosses threshold.')).toBe(true);
  });
});
