import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { pva, pump, rpp, syn } = frq;

/*
 * Round 135: rules from blind batch EM (graded once on arrival, on 63cb9cd, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 135: reader', () => {
  it('"without the pump" says under what condition and denies nothing after it', () => {
    expect(earned(pump, 'Without the pump these gradients fade.')).toContain('gradients-run-down');
    expect(earned(pump, 'Without the pump these gradients do not fade.')).not.toContain('gradients-run-down');
  });

  it('a correction after a dash that repeats the verb of the last "and" part corrects that part only', () => {
    const answer =
      "Passive transport moves stuff high to low and also needs ATP - wait no, it doesn't need any.";
    expect(earned(pva, answer)).toContain('passive-down-gradient');
    expect(flags(pva, answer)).not.toContain('passive-needs-energy');
    // a correction that repeats nothing takes back the whole clause
    expect(
      earned(
        pva,
        'Passive transport moves stuff high to low and also needs ATP - wait no, its the other one.',
      ),
    ).not.toContain('passive-down-gradient');
  });
});

describe('round 135: rubrics', () => {
  it('resting pump: "it lost more + than it gained"; "Potassium walks on board"', () => {
    expect(earned(rpp, 'Inside is neg because it lost more + than it gained.')).toContain('net-charge');
    expect(earned(rpp, 'Inside is neg because it gained more + than it lost.')).not.toContain('net-charge');
    expect(earned(rpp, 'The sodium crowds off the boat. Potassium walks on board.')).toContain(
      'potassium-in',
    );
    expect(earned(rpp, 'The sodium crowds off the boat. Potassium walks off.')).not.toContain('potassium-in');
  });

  it('pump blocked: "it wont fire as good" fires less, it can still fire', () => {
    expect(earned(pump, 'the neuron is more depolarized and it wont fire as good')).not.toContain(
      'cannot-fire',
    );
    expect(earned(pump, 'the neuron is more depolarized and it wont fire')).toContain('cannot-fire');
  });

  it('synapse toxin: "no Na+ passengers board into the postsynaptic cell"', () => {
    expect(
      earned(syn, 'The channel stays closed, so no Na+ passengers board into the postsynaptic cell.'),
    ).toContain('no-sodium-entry');
    expect(
      earned(syn, 'The channel opens, so Na+ passengers board into the postsynaptic cell.'),
    ).not.toContain('no-sodium-entry');
  });
});
