import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { earns, packEarned, plain } from './helpers.js';

/*
 * Round 198 onwards (Dec 2026): readings from the ASAP item 5 tuning split (Id % 3 != 0).
 */
describe('round 198: "go" and "arrive" right before an article have lost their "to" or "at"', () => {
  it('"to go the ribosome" and "it arrives a a ribosome" say where the mRNA goes', () => {
    expect(
      packEarned('asap-sas-5', 'The mRNA leaves the DNA to go the ribosome to deliver the strand'),
    ).toContain('to-ribosome');
    expect(packEarned('asap-sas-5', 'mRNA leaves the nucleus, then it arrives a a ribosome.')).toContain(
      'to-ribosome',
    );
    expect(earns(plain('The mRNA goes to a ribosome'), 'then the mRNA goes the ribosome')).toBe(true);
  });

  it('a way or a stretch is not a place: "goes the other way", "went a long way"', () => {
    const words = (text: string) => tokenize(text, true).map((t) => t.norm);
    expect(words('potassium goes the other way')).toEqual(['potassium', 'goes', 'the', 'other', 'way']);
    expect(words('it went a long way')).not.toContain('to');
    expect(words('it goes the whole way')).not.toContain('to');
    expect(words('it goes the ribosome')).toEqual(['it', 'goes', 'to', 'the', 'ribosome']);
    expect(words('it arrives an organelle')).toEqual(['it', 'arrives', 'at', 'an', 'organelle']);
    expect(packEarned('asap-sas-5', 'the mRNA goes the whole ribosome')).not.toContain('to-ribosome');
  });

  it('verbs that take an object keep it: "then comes the tRNA", "travels the cytoplasm"', () => {
    expect(packEarned('asap-sas-5', 'The mRNA leaves the nucleus. Then comes the ribosome.')).not.toContain(
      'to-ribosome',
    );
    expect(packEarned('asap-sas-5', 'the tRNA goes the ribosome')).not.toContain('to-ribosome');
  });
});
