import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 58, tuned on blind batch BG (issue 7) after it had been graded once,
 * untouched, on the engine of round 57 (97.7% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 58', () => {
  it('"(crossed out: …)" in round brackets is taken back, as in square ones', () => {
    const answer =
      'Depol: (crossed out: K+) Na+ in -> membrane potential more positive / Repol: (crossed out: Na+ out) K+ out -> goes back to -70mV';
    expect(flags('depolarization-vs-repolarization', answer)).toEqual([]);
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']),
    );
    // An ordinary bracket is still read.
    expect(flags('depolarization-vs-repolarization', 'Repol: (Na+ out) K+ out')).toContain(
      'sodium-leaves-repol',
    );
  });

  it('"… but it won\'t be able to bind" after naming the ACh', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "When the presynaptic neuron fires, the ACh will go across the cleft but it won't be able to bind to the receptors.",
      ),
    ).toContain('no-binding');
  });

  it('wordings: "stays how it was", "drop down to 0", "quits firing", "nothing is fighting against diffusion", "not as much positive charge back"', () => {
    expect(
      earned('synapse-neurotoxin', 'the charge across the postsynaptic membrane just stays how it was'),
    ).toContain('prediction');
    expect(earned('pump-blocked', 'The resting membrane potential will drop down to 0.')).toContain(
      'less-negative',
    );
    expect(earned('pump-blocked', 'the neuron eventually quits firing')).toContain('cannot-fire');
    expect(earned('pump-blocked', 'Without the pump nothing is fighting against diffusion.')).toContain(
      'leak-not-restored',
    );
    expect(
      earned(
        'resting-potential-pump',
        "Since it doesn't bring back as much positive charge as it sends out, the inside stays negative.",
      ),
    ).toContain('net-charge');
  });
});
