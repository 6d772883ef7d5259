import { describe, expect, it } from 'vitest';
import { packVerdict } from './helpers.js';

const earned = (id: string, answer: string) => packVerdict(id, answer).earned;
const flags = (id: string, answer: string) => packVerdict(id, answer).flags;

/*
 * Rounds 101–102: engine rules from blind batch DB (graded once, untouched, on eeed35e, then a
 * first touch) and blind batch DC's first touch. Each rule has the answer it must now read as a
 * teacher would and a near miss it must still refuse.
 */
describe('round 101', () => {
  it('"doesn\'t happen because K+ leaves, it\'s because Na+ enters": the reason the answer replaces is denied', () => {
    const dvr = 'depolarization-vs-repolarization';
    const answer =
      "Depolarization doesn't happen because potassium leaves, it's because Na+ enters the cell, which makes the inside less negative.";
    expect(flags(dvr, answer)).not.toContain('swaps-phases');
    expect(earned(dvr, answer)).toContain('depol-sodium-in');
    // The true reason may follow as "but because" or open the next sentence.
    expect(
      flags(dvr, 'Depolarization does not happen because K+ leaves but because Na+ enters the cell.'),
    ).not.toContain('swaps-phases');
    expect(
      flags(dvr, "Depolarization doesn't happen because K+ leaves. It's because Na+ enters the cell."),
    ).not.toContain('swaps-phases');
    // With no reason given in its place, "doesn't happen because X" may be why it fails: X stands.
    expect(flags(dvr, "Depolarization doesn't happen because K+ leaves. Na+ enters the cell.")).toContain(
      'swaps-phases',
    );
    expect(earned('synapse-neurotoxin', "Depolarization doesn't happen because ACh can't bind.")).toContain(
      'no-binding',
    );
  });
});
