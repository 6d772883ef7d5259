import { describe, expect, it } from 'vitest';
import { earns, plain } from './helpers.js';

/*
 * Round 260 (Dec 2026): from the twenty-second teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-22.md), after set 22 was graded untouched.
 */

describe('round 260: building up is accumulating', () => {
  it('"Mercury accumulates in the tissues" is met by "builds up", "piles up" and "bioaccumulates"', () => {
    const r = plain("Mercury accumulates in the animals' tissues");
    for (const a of [
      'The mercury builds up in the owl.',
      'Mercury just piles up over time.',
      'Mercury bioaccumulates because it is not excreted.',
      'mercury accumulates',
    ])
      expect(earns(r, a), a).toBe(true);
    for (const a of ['Mercury is broken down and excreted.', 'Mercury does not build up.'])
      expect(earns(r, a), a).toBe(false);
  });
});
