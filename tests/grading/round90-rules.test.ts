import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * Round 90: readings from batch CO, graded once untouched (97.5%) and then tuned on in the same
 * session before batch CP was graded. Each moved decisions towards their writers and none against.
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 90', () => {
  it('"not sure if the water is hypotonic or hypertonic, but water goes into the cell" doubts only the either/or', () => {
    const answer =
      "I'm not sure if the water is hypotonic or hypertonic, but water goes into the cell by osmosis and it swells up and might burst.";
    expect(earned('osmosis-red-blood-cell', answer)).toEqual(
      expect.arrayContaining(['water-enters', 'swells-bursts']),
    );
    expect(earned('osmosis-red-blood-cell', answer)).not.toContain('hypotonic');
    // "not sure if this is right, but …" still doubts what follows.
    expect(
      earned(
        'osmosis-red-blood-cell',
        "I'm not sure if this is right, but water goes into the cell by osmosis.",
      ),
    ).not.toContain('water-enters');
  });

  it('after the gloss "Boats (Na+)", "K+ boats get brought in" names potassium, not sodium', () => {
    const answer =
      'Its like a lock on the bayou. Boats (Na+) get lifted out of the cell and K+ boats get brought in, but the lock needs power, that power is ATP.';
    expect(flags('resting-potential-pump', answer)).not.toContain('directions-reversed');
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    // The glossed word alone still stands for its gloss.
    expect(
      flags(
        'resting-potential-pump',
        'Boats (Na+) are loaded at the dock. The pump brings the boats into the cell.',
      ),
    ).toContain('directions-reversed');
  });

  it('a "#" heading is a table cell: "Ion | Direction | #" rows are read one statement each', () => {
    const answer = 'Ion | Direction | #\nNa+ | out | 3\nK+ | in | 2\nEnergy: ATP -> ADP + Pi';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio', 'uses-atp']),
    );
    const reversed = 'Ion | Direction | #\nNa+ | in | 3\nK+ | out | 2';
    expect(earned('resting-potential-pump', reversed)).not.toContain('sodium-out');
  });

  it('resting pump, batch CO: "hauls 2 K+ in", "3 sodium out cell, 2 potassium in cell", "even though the inside already has more K+"', () => {
    const hauls =
      "it pushes 3 Na+ out of the cell even though there's already more Na+ out there, and hauls 2 K+ in even though the inside already has more K+.";
    expect(earned('resting-potential-pump', hauls)).toEqual(
      expect.arrayContaining(['potassium-in', 'against-gradient']),
    );
    expect(
      earned('resting-potential-pump', 'Pump move 3 sodium out cell, 2 potassium in cell. Use ATP energy.'),
    ).toContain('potassium-in');
    expect(
      earned('resting-potential-pump', 'Pump move 3 sodium out cell, 2 potassium out cell.'),
    ).not.toContain('potassium-in');
    // One ion against its gradient is not both.
    expect(
      earned(
        'resting-potential-pump',
        'it hauls 2 K+ in even though the inside already has more K+, and Na+ leaks in.',
      ),
    ).not.toContain('against-gradient');
  });

  it('"uses ATP to move 3 K+ in and 2 Na+ out, no wait, 3 Na+ out and 2 K+ in" takes back the counts, not the ATP', () => {
    const answer = 'The pump uses ATP to move 3 K+ in and 2 Na+ out, no wait, 3 Na+ out and 2 K+ in.';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['uses-atp', 'sodium-out', 'ratio']),
    );
    expect(flags('resting-potential-pump', answer)).not.toContain('ratio-reversed');
    // A correction that does not open with a count or an ion still takes back the whole clause.
    expect(earned('resting-potential-pump', 'The pump uses ATP, no wait, it uses GTP.')).not.toContain(
      'uses-atp',
    );
  });

  it('batch CO: a table cell "ACh blocked, can\'t bind"; "no have the difference of concentration anymore"', () => {
    const table =
      "Normal | With toxin\nACh binds to receptor | ACh blocked, can't bind\nNa+ channel opens | channel stays closed";
    expect(earned('synapse-neurotoxin', table)).toContain('no-binding');
    expect(earned('synapse-neurotoxin', 'ACh blocked the other channel, and it can bind.')).not.toContain(
      'no-binding',
    );
    expect(
      earned(
        'pump-blocked',
        'The neuron no can make action potential because no have the difference of concentration anymore.',
      ),
    ).toContain('gradients-run-down');
  });

  it('"the outside is already packed with Na+ and the inside is already packed with K+" describes both gradients', () => {
    expect(
      earned(
        'resting-potential-pump',
        'the outside is already packed with Na+ and the inside is already packed with K+. The pump shoves 3 Na+ out.',
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        'the outside is already packed with K+ and the inside is already packed with Na+.',
      ),
    ).not.toContain('against-gradient');
  });
});
