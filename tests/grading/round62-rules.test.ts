import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 62, tuned on blind batch BK (issue 7) after it had been graded once,
 * untouched, on the engine of round 61 (97.1% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 62', () => {
  it('a verb cue followed by "by …ing" says how: the means is asserted ("prevents that by moving 3 Na+ out")', () => {
    const answer = 'The pump prevents that by moving 3 Na+ out and 2 K+ in each cycle using ATP.';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']),
    );
    expect(earned('resting-potential-pump', 'Ouabain prevents the pump from moving Na+ out.')).not.toContain(
      'sodium-out',
    );
  });

  it('"or wait maybe …" doubts what came before, as "or maybe" does', () => {
    const answer = 'The water is hypotonic... or wait maybe hypertonic, I always mix them up. Water goes in.';
    expect(earned('osmosis-red-blood-cell', answer)).not.toContain('hypotonic');
    expect(earned('osmosis-red-blood-cell', answer)).toContain('water-enters');
    expect(earned('osmosis-red-blood-cell', 'The water is hypotonic. Water goes in.')).toContain('hypotonic');
  });

  it('"idk what happens to …" asks another question and leaves the statement before it', () => {
    const answer = 'pump off so the gradients die out over time idk what happens to the voltage tho';
    expect(earned('pump-blocked', answer)).toContain('gradients-run-down');
    expect(earned('pump-blocked', 'pump off so the gradients die out over time idk')).not.toContain(
      'gradients-run-down',
    );
  });

  it('"it depends" with nothing it depends on is a doubt; "it depends on ATP" is a claim', () => {
    expect(
      earned('passive-vs-active', 'Active transport might go with or against the gradient, it depends.'),
    ).not.toContain('active-against-gradient');
    expect(
      earned('passive-vs-active', 'Active transport moves things against the gradient, it depends on ATP.'),
    ).toEqual(expect.arrayContaining(['active-against-gradient', 'active-energy']));
  });

  it('the passive "sodium is pumped into the cell" reverses the directions; "into a region where …" does not', () => {
    const reversed = 'Sodium is pumped into the cell and potassium is pumped out. Uses ATP.';
    expect(flags('resting-potential-pump', reversed)).toContain('directions-reversed');
    expect(
      flags(
        'resting-potential-pump',
        'Energy is needed because sodium is moved into a region where it is already more concentrated.',
      ),
    ).not.toContain('directions-reversed');
    expect(flags('resting-potential-pump', 'Sodium is pumped out and potassium is pumped in.')).toEqual([]);
  });

  it('K+ channels said to stay shut are not the ACh receptor channels', () => {
    const answer =
      "The neuron won't depolarize because the potassium channels won't open since ACh can't bind.";
    expect(earned('synapse-neurotoxin', answer)).not.toContain('channel-closed');
    expect(flags('synapse-neurotoxin', answer)).toContain('potassium-receptor-channel');
    const right =
      "ACh can't bind, so the ligand-gated Na+ channels stay closed. An action potential needs Na+ channels and then K+ channels to open.";
    expect(earned('synapse-neurotoxin', right)).toContain('channel-closed');
    expect(flags('synapse-neurotoxin', right)).not.toContain('potassium-receptor-channel');
  });

  it('pack wordings: a gradient described by where there is a little and a lot, "die out", "desaparecen", "removes 3 … adds back 2"', () => {
    const both =
      'The pump moves Na+ from inside where there is a little to the outside where there is a lot, and K+ from outside where there is a little to inside where there is a lot.';
    expect(earned('resting-potential-pump', both)).toContain('against-gradient');
    expect(earned('resting-potential-pump', 'The pump moves Na+ and K+ to the outside.')).not.toContain(
      'against-gradient',
    );
    expect(earned('pump-blocked', 'The Na+ and K+ gradients die out over time.')).toContain(
      'gradients-run-down',
    );
    expect(earned('pump-blocked', 'The gradients desaparecen little by little.')).toContain(
      'gradients-run-down',
    );
    expect(
      earned(
        'resting-potential-pump',
        'Since it removes 3 positive charges and only adds back 2, the inside is left negative.',
      ),
    ).toContain('net-charge');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Na+ rushes in cuz theres more of it outside and the inside goes from negative to positive',
      ),
    ).toContain('depol-less-negative');
    expect(earned('synapse-neurotoxin', "The postsynaptic neuron won't depolarize as much.")).not.toContain(
      'prediction',
    );
    expect(
      flags('osmosis-red-blood-cell', 'The water outside has more solutes than the inside of the cell.'),
    ).toContain('hypertonic-water');
  });
});
