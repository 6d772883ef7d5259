import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { packFlags } from './helpers.js';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);
const segOf = (text: string, word: string): number => {
  const tokens = tokenize(text);
  return (tokens.find((t) => t.norm === word) as { seg: number }).seg;
};

/*
 * Round 161 (Dec 2026): from the fifth teacher set (set-5.yaml), graded once untouched first; three
 * full-mark answers were flagged with the teacher's surface-receptor misconception. Two of them
 * came from general readings.
 */
describe('round 161: "you\'d" after an "if" is the "would" of an imagined result', () => {
  it('reads "\'d" as "would" in a conditional sentence', () => {
    expect(norms("If the receptor were on the surface, you'd expect a fast response.")).toContain('would');
  });

  it('not outside one, nor after "if you asked"', () => {
    expect(norms("It moves opposite to the direction they'd naturally diffuse.")).not.toContain('would');
    expect(norms("If you asked what's the same, they'd both be passive.")).not.toContain('would');
  });
});

describe('round 161: a denial reaches over "or" to the next item', () => {
  it('"doesn\'t need a channel or a membrane receptor" denies both', () => {
    const text = "Estrogen doesn't need a channel or a membrane receptor.";
    expect(segOf(text, 'receptor')).toBe(segOf(text, 'not'));
  });

  it('"The pump does not move chloride or calcium" does not name wrong ions', () => {
    expect(
      packFlags('resting-potential-pump', 'The pump does not move chloride or calcium, only Na+ and K+.'),
    ).not.toContain('wrong-ions');
    expect(
      packFlags('resting-potential-pump', 'The pump moves chloride or calcium out of the cell.'),
    ).toContain('wrong-ions');
  });

  it('not after "no", where "or" offers another case, nor far from the denial', () => {
    const offered = 'Passive can be simple diffusion (no protein) or facilitated diffusion.';
    expect(segOf(offered, 'facilitated')).not.toBe(segOf(offered, 'no'));
    const far =
      'Passive transport does not use energy because things move down the gradient or through channels.';
    expect(segOf(far, 'through')).not.toBe(segOf(far, 'not'));
  });
});
