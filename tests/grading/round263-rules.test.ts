import { describe, expect, it } from 'vitest';
import { earns, plain, question } from './helpers.js';

/*
 * Round 263 (Dec 2026): the rest of the twenty-second teacher's notes
 * (tests/grading/teacher-questions/TEACHER-NOTES-22.md): not wasting is saving, and making none is
 * making less.
 */

describe('round 263: not wasting is saving', () => {
  it('"The cell saves energy" is met by "doesn\'t waste energy", "aren\'t wasted", "without wasting"', () => {
    const r = plain('The cell saves energy (resources)');
    for (const a of [
      "The cell doesn't waste energy making isoleucine it doesn't need.",
      "This way the cell's resources aren't wasted.",
      'It shuts the pathway down without wasting energy.',
    ])
      expect(earns(r, a), a).toBe(true);
    for (const a of ['The cell wastes energy.', 'The cell wastes its resources on isoleucine.'])
      expect(earns(r, a), a).toBe(false);
  });
});

describe('round 263: making none is making less', () => {
  it('"The cell makes less isoleucine" is met by "stops making it", "production shuts off", "no more is made"', () => {
    const r = plain('The cell makes less isoleucine');
    for (const a of [
      'The cell stops making isoleucine.',
      'Isoleucine production shuts off.',
      'No more isoleucine is made.',
      'isoleucine production stops',
      'the cell has enough isoleucine so it stops making it',
    ])
      expect(earns(r, a), a).toBe(true);
    for (const a of [
      'The cell keeps making isoleucine.',
      "It doesn't stop making isoleucine.",
      'Isoleucine production does not stop.',
      'The cell stops making threonine.',
      // A gap would let another thing's name stand between: "isoleucine synthase stops".
      'isoleucine synthase stops',
      'The cell stops making it.',
    ])
      expect(earns(r, a), a).toBe(false);
  });

  it('not for "more": "makes more ATP" is not met by "stops making ATP"', () => {
    expect(earns(plain('The cell makes more ATP'), 'The cell stops making ATP.')).toBe(false);
  });
});

describe('round 263: a prefix ending in a silent "e" meets its "-ing" form', () => {
  it('"=not ..2 waste*" meets "not wasting"; "produce*" meets "producing" but not "prodding"', () => {
    const r = question(`
id: prefix-test
kind: frq
topics: [test]
prompt: Why does the cell stop the pathway?
modelAnswer: It saves energy.
points:
  - id: p
    label: The cell saves energy
    hint: A hint.
    accept: ["=not ..2 waste*", "produce*"]
`);
    expect(earns(r, 'so it is not wasting anything')).toBe(true);
    expect(earns(r, 'it does not waste it')).toBe(true);
    expect(earns(r, 'producing')).toBe(true);
    expect(earns(r, 'prodding')).toBe(false);
  });
});
