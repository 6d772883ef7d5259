import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type FrqQuestion,
  normalizeQuestion,
  questionFileSchema,
} from '../../src/content/question-schema.js';
import { explainQuestion } from '../../src/grading/explain.js';
import { earns, labelNotes, plain, realLexicon } from './helpers.js';

/*
 * Round 264 (Dec 2026): from the twenty-fourth teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-24.md), after set 24 was graded untouched.
 */

describe('round 264: labels as set 24 wrote them', () => {
  it('"in each cell type" says where: "in" is no required direction', () => {
    const notes = labelNotes('Different genes are expressed in each cell type');
    expect(notes).toContain('says where (after "in")');
    expect(notes).not.toMatch(/earned by "[^"]*… in"/);
    expect(
      earns(plain('Different genes are expressed in each cell type'), 'Different genes are expressed.'),
    ).toBe(true);
  });

  it('a parenthesis after "at 95 °C" names the whole statement, not the unit', () => {
    const notes = labelNotes('The hot-spring polymerase is not denatured at 95 °C (heat-stable)');
    expect(notes).toContain('"(heat-stable)" names the whole statement');
    expect(notes).not.toContain('another way to say "°C"');
  });
});

describe('round 264: words as set 24 and set 12 students wrote them', () => {
  it('"pol" is polymerase', () => {
    const r = plain('The polymerase is heat-stable');
    expect(earns(r, 'taq pol = heat stable')).toBe(true);
    expect(earns(r, 'the pol is heat stable')).toBe(true);
  });

  it('"diffrent" is "different", which the shared words name exactly (as a way to say "change")', () => {
    const r = plain('The amino acids change');
    expect(earns(r, 'diffrent amino acids get coded for')).toBe(true);
    expect(earns(r, 'the same amino acids get coded for')).toBe(false);
  });
});

describe('rubric explain: the guard against a count of one takes one line', () => {
  it('prints "not one counted alone" instead of the guard written out (set 24: "every branch repeats")', () => {
    const q = normalizeQuestion(
      questionFileSchema.parse(
        parse(`
id: explain-test
kind: frq
topics: [test]
prompt: Why do the cells differ?
modelAnswer: Model.
points:
  - id: p
    label: The transcription factors differ between the cell types
    hint: A hint.
`),
      ),
    ) as FrqQuestion;
    const out = explainQuestion(q, realLexicon);
    expect(out).toContain('not one counted alone: "one|single|1 … ');
    expect(out).not.toContain('=one|=single|=1');
  });
});
