import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 55, tuned on blind batch BC (issue 7) after it had been graded once,
 * untouched, on the engine of round 54 (97.1% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 55: "it" read as the ion or water it stands for', () => {
  it('a sentence that opens with "It moves …" after one that ends naming the ion', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        '1. Depolarization - main ion is sodium (Na+). It moves into the neuron.\n2. Repolarization - main ion is potassium (K+). It moves out of the neuron.',
      ),
    ).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
  });

  it('"it moves it out": the object "it" before a direction is the ion named before', () => {
    expect(earned('resting-potential-pump', 'The pump does not move sodium in, it moves it out.')).toContain(
      'sodium-out',
    );
    // "pumping it out makes the inside negative" is not the pump reversed.
    expect(
      flags(
        'resting-potential-pump',
        'It pumps Na+ out of the neuron using ATP. Since Na+ is positive, pumping it out makes the inside negative.',
      ),
    ).toEqual([]);
  });

  it('"so it moves in" and "and it moves into the cell" after naming the water', () => {
    expect(
      earned('osmosis-red-blood-cell', 'the water is what moves, and it moves into the cell.'),
    ).toContain('water-enters');
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Water moves from high solute concentration to low solute concentration so it goes into the cell.',
      ),
    ).toContain('water-enters');
  });

  it('leaves an "It" whose previous sentence did not end with the ion', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Sodium is the main ion of depolarization, not potassium. It moves into the neuron.',
      ),
    ).not.toContain('repol-potassium-out');
  });
});

describe('round 55: phases and sides', () => {
  it('"and then repolarization the channels close" heads what follows it', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'depolarization is when the sodium channels open and Na+ goes into the cell since theres way more of it outside and that makes the inside less negative and then repolarization the Na channels close and K+ goes out of the cell',
      ),
    ).toEqual(expect.arrayContaining(['depol-sodium-in', 'depol-less-negative', 'repol-potassium-out']));
  });

  it('"sodium ions move from the water into the cell" is not water entering', () => {
    expect(
      earned('osmosis-red-blood-cell', 'Sodium ions move from the water into the cell, so the cell bursts.'),
    ).not.toContain('water-enters');
    expect(earned('osmosis-red-blood-cell', 'Water moves from the beaker into the cell.')).toContain(
      'water-enters',
    );
  });

  it('"channel proteins" said of neither kind is no active-transport protein', () => {
    expect(
      earned(
        'passive-vs-active',
        'Passive transport does not need energy. It can use channel proteins or go straight through the membrane.',
      ),
    ).not.toContain('proteins');
    expect(
      earned(
        'passive-vs-active',
        'Active transport uses pump proteins. Passive transport can use channel proteins.',
      ),
    ).toContain('proteins');
  });

  it('"pump of sodium and potassium" is the Na+/K+ pump', () => {
    expect(
      earned(
        'passive-vs-active',
        'Example of passive: water enter the cell by osmosis. Example of active: pump of sodium and potassium.',
      ),
    ).toContain('examples');
  });
});

describe('round 55: firing and the presynaptic side', () => {
  it('pump-blocked: "it will still fire action potentials normally" predicts no change', () => {
    expect(
      flags(
        'pump-blocked',
        'The gradients run down, but the neuron will still be able to fire action potentials normally.',
      ),
    ).toContain('no-effect');
    // The premise ("the leak channels … are not affected by ouabain") is no prediction.
    expect(
      flags(
        'pump-blocked',
        'The neuron has leak channels, and these are not affected by ouabain, so the gradients run down.',
      ),
    ).not.toContain('no-effect');
  });

  it('pump-blocked: "… but after a while it would stop being able to" cannot fire', () => {
    expect(
      earned(
        'pump-blocked',
        'It could still fire a few action potentials but after a while it would stop being able to.',
      ),
    ).toContain('cannot-fire');
  });

  it('synapse-neurotoxin: the presynaptic neuron still firing is no "fires anyway"; the postsynaptic one responding normally is', () => {
    expect(
      flags(
        'synapse-neurotoxin',
        'The presynaptic neuron still fires and releases ACh, but ACh cannot bind, so the postsynaptic membrane stays at rest.',
      ),
    ).not.toContain('fires-anyway');
    expect(
      flags(
        'synapse-neurotoxin',
        'Nothing would change, the same amount of ACh is released so the postsynaptic neuron would respond normally.',
      ),
    ).toContain('fires-anyway');
    expect(flags('synapse-neurotoxin', 'The membrane potential will go up to +30 mV.')).toContain(
      'predicts-depolarization',
    );
  });

  it('the inside that "stops being so negative" is less negative; "create" is not "crenate"', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In depolarization Na+ pushes into the cell and the inside stops being so negative.',
      ),
    ).toContain('depol-less-negative');
    expect(
      flags(
        'osmosis-red-blood-cell',
        'Water moves into the cell. In a plant cell the wall would create turgor pressure, but the RBC bursts.',
      ),
    ).toEqual([]);
  });
});
