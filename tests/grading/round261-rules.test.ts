import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { earns, labelNotes, plain, question } from './helpers.js';

/*
 * Round 261 (Dec 2026): numbers as the twenty-second teacher's students wrote them
 * (tests/grading/teacher-questions/TEACHER-NOTES-22.md): "20,000", "20kcal", and a unit the
 * answer leaves to the question.
 */

const words = (text: string) => tokenize(text, true).map((t) => t.norm);

describe('round 261: numbers', () => {
  it('"20,000" is one number; "1,2,3" stays a list', () => {
    expect(words('20,000 kcal')).toEqual(['20000', 'kcal']);
    expect(words('1,000,000 cells')).toEqual(['1000000', 'cells']);
    expect(words('500, 2,000 and 5,000 bp')).toEqual(['500', '2000', 'and', '5000', 'bp']);
    expect(words('1,2,3')).toEqual(['1', '2', '3']);
    expect(words('10,100,1000')).toEqual(['10', '100', '1000']);
  });

  it('a number glued to its unit is the number, then the unit; "2n" stays whole', () => {
    expect(words('owls get 20kcal')).toEqual(['owls', 'get', '20', 'kcal']);
    expect(words('5mg of it')).toEqual(['5', 'mg', 'of', 'it']);
    expect(words('-70mV')).toEqual(['-70', 'mv']);
    expect(words('2n')).toEqual(['2n']);
  });

  it('a unit after a number in a label is not required, but the number is', () => {
    expect(labelNotes('The owls get 20 kcal')).toContain('"kcal" after a number');
    const r = plain('The owls get 20 kcal');
    for (const a of ['The owls get 20.', 'owls get 20kcal', 'The owls get 20 kcal of energy.'])
      expect(earns(r, a), a).toBe(true);
    for (const a of ['The owls get 10% of 20,000 kcal.', 'The owls get 200 kcal.'])
      expect(earns(r, a), a).toBe(false);
  });

  it('"0 mV" inside a reading ("drifts toward 0 mV") keeps its unit to be said', () => {
    expect(labelNotes('The resting potential becomes less negative (drifts toward 0 mV)')).not.toContain(
      'after a number',
    );
  });

  it('an accept phrase written "=20kcal" still compiles and matches "20kcal" and "20 kcal"', () => {
    const r = question(`
id: owl-test
kind: frq
topics: [test]
prompt: How many kcal reach the owls?
modelAnswer: 20 kcal.
points:
  - id: p
    label: Says how much energy reaches the owls
    hint: A hint.
    accept: ["=20kcal|twenty"]
`);
    expect(earns(r, 'The owls get 20kcal')).toBe(true);
    expect(earns(r, 'I got 20 kcal')).toBe(true);
    expect(earns(r, 'twenty')).toBe(true);
    expect(earns(r, 'The owls get 200 kcal')).toBe(false);
  });
});
