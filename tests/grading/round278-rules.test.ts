import { describe, expect, it } from 'vitest';
import { earns, labelNotes, plain } from './helpers.js';

/*
 * Round 278 (Dec 2026), from teacher set 29's notes (tests/grading/teacher-questions/TEACHER-NOTES-29.md):
 * "Memory cells are made" compiled to the making words alone, was earned by "the body makes
 * antibodies", and `rubric explain` gave no warning. It warns now; what the label compiles to is
 * unchanged (no stored grade moved).
 */
describe('round 278: explain warns when only a passive verb is left of a label', () => {
  it('"Memory cells are made" and "Plasma cells are produced" are warned of', () => {
    expect(labelNotes('Memory cells are made')).toContain('⚠ only "made" is required');
    expect(labelNotes('Plasma cells are produced')).toContain('⚠ only "produced" is required');
    // The reason for the warning: the compiled label still accepts any making.
    expect(earns(plain('Memory cells are made'), 'the body makes antibodies')).toBe(true);
  });

  it('is not said of labels that keep their thing', () => {
    for (const label of ['Animal cells have no cell wall', 'Proteins are made', 'The cell makes ATP'])
      expect(labelNotes(label), label).not.toContain('⚠ only');
  });
});
