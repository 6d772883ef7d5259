import { describe, expect, it } from 'vitest';
import { compiledLabel, earns, plain } from './helpers.js';

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
