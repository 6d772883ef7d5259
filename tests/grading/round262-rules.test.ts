import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type FrqQuestion,
  normalizeQuestion,
  questionFileSchema,
} from '../../src/content/question-schema.js';
import { explainQuestion } from '../../src/grading/explain.js';
import { tokenize } from '../../src/grading/tokenize.js';
import { earns, labelNotes, plain, question, realLexicon } from './helpers.js';

/*
 * Round 262 (Dec 2026): from the twenty-third teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-23.md), after set 23 was graded untouched: a label that would not import, and
 * numbers as genetics answers write them.
 */

const words = (text: string) => tokenize(text, true).map((t) => t.norm);

describe('round 262: a negative label never compiles to a phrase the checker rejects', () => {
  it('"No natural selection acts on the population" imports, and "natural" is no @without-energy', () => {
    const r = question(`
id: hw-test
kind: frq
topics: [test]
prompt: State one Hardy-Weinberg condition.
modelAnswer: No selection.
points:
  - id: p
    label: No natural selection acts on the population
    hint: A hint.
`);
    expect(earns(r, 'There is no natural selection acting on the moths.')).toBe(true);
    expect(earns(r, 'Natural selection acts on the population.')).toBe(false);
    expect(labelNotes('There is no natural selection')).not.toContain('@without-energy');
  });
});

describe('round 262: numbers in genetics answers', () => {
  it('a decimal without its leading zero is the number ("q=.4" is "q 0.4")', () => {
    expect(words('q=.4 and p=.6')).toEqual(['q', '0.4', 'and', 'p', '0.6']);
    expect(words('q = sqrt(.16) = .4')).toEqual(['q', 'sqrt', '0.16', '0.4']);
    expect(words('I think so. 4 of them')).toEqual(['i', 'think', 'so', '4', 'of', 'them']);
    expect(words('into the cell.4 ions')).toEqual(['into', 'the', 'cell', '4', 'ions']);
    expect(earns(plain('The frequency of the recessive allele (q) is 0.4'), 'The frequency of q is .4')).toBe(
      true,
    );
  });

  it('the root sign is a word ("√0.16" is "sqrt 0.16")', () => {
    expect(words('q = √0.16 = 0.4')).toEqual(['q', 'sqrt', '0.16', '0.4']);
  });

  it('"About 480 moths …": the rounding word is not required, the number is', () => {
    expect(labelNotes('About 480 moths are heterozygous')).toContain(
      '"about" before a number only rounds it',
    );
    const r = plain('About 480 moths are heterozygous');
    expect(earns(r, '480 moths are heterozygous')).toBe(true);
    expect(earns(r, '160 moths are heterozygous')).toBe(false);
  });
});

describe('round 262: rubric explain warns of an all: group that denies its own subject', () => {
  it('"mutations" + "=not ..2 happen" never meets "mutations do not happen"; the one-phrase form does', () => {
    const yaml = (pattern: string) => `
id: hw-test
kind: frq
topics: [test]
prompt: State one Hardy-Weinberg condition.
modelAnswer: No mutations.
points:
  - id: p
    label: States one Hardy-Weinberg condition
    hint: A hint.
    pattern: ${pattern}
`;
    const split = '{ all: ["selection|mutations", "=not ..2 occur|happen"] }';
    const whole = '"selection|mutations ..3 =not ..2 occur|happen"';
    expect(earns(question(yaml(split)), 'mutations do not happen')).toBe(false);
    expect(earns(question(yaml(whole)), 'mutations do not happen')).toBe(true);
    const q = normalizeQuestion(questionFileSchema.parse(parse(yaml(split)))) as FrqQuestion;
    expect(explainQuestion(q, realLexicon, true)).toContain('"X does not happen" denies X itself');
    const ok = normalizeQuestion(questionFileSchema.parse(parse(yaml(whole)))) as FrqQuestion;
    expect(explainQuestion(ok, realLexicon, true)).not.toContain('denies X itself');
  });
});
