import { describe, expect, it } from 'vitest';
import { earns, plain } from './helpers.js';

/*
 * Round 179 onwards (Dec 2026): label readings from the eighth teacher's labels alone and the
 * ninth teacher's set (tests/grading/teacher-questions/TEACHER-NOTES-9.md).
 */
describe('round 179: "changes" is also said as "is different" or "is altered"', () => {
  const r = plain('The amino acid sequence changes');

  it('"the amino acids after it are all different" earns "the amino acid sequence changes"', () => {
    expect(earns(r, 'so the amino acids are all different')).toBe(true);
    expect(earns(r, 'the sequence of amino acids from that point on is altered')).toBe(true);
    expect(earns(plain('The codons downstream change'), 'every codon downstream is different')).toBe(true);
  });

  it('a polarity is kept: "the amino acids are not different" does not earn it', () => {
    expect(earns(r, 'the amino acid sequence is not different at all')).toBe(false);
  });

  it('with a word left out, a clause that counts one of the thing does not earn it', () => {
    expect(earns(r, 'only one codon changes, so one amino acid is different')).toBe(false);
    expect(earns(r, 'one codon now codes for a different amino acid')).toBe(false);
    expect(earns(r, 'a single wrong amino acid changes')).toBe(false);
  });

  it('"one" as a pronoun is not a count: "the final one activates glycogen phosphorylase"', () => {
    const enzyme = plain('The enzyme glycogen phosphorylase is activated');
    expect(
      earns(enzyme, 'Relay proteins carry the signal and the final one activates glycogen phosphorylase.'),
    ).toBe(true);
  });
});

describe('round 180: "no longer" in a label is a negation, not a word to say', () => {
  const r = plain('Otters no longer eat the urchins');

  it('"the otters aren\'t eating them anymore" earns it', () => {
    expect(earns(r, "the sea urchins would go up because the otters aren't eating them anymore")).toBe(true);
    expect(earns(r, 'Urchins increase because otters dont eat them.')).toBe(true);
    expect(earns(r, 'Otters no longer eat the urchins.')).toBe(true);
  });

  it('the label stays negative: "the otters eat the urchins" does not earn it', () => {
    expect(earns(r, 'The otters eat the urchins, so there are fewer urchins.')).toBe(false);
  });
});
