import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pump, rpp, syn } = frq;

/*
 * Round 151: rules from blind batch FD (a first touch, graded once on 56de748 before any of these;
 * its one flagged full-mark answer, pump-blocked #41, is the first case). Each rule has the answer it
 * must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 151: the reader', () => {
  it('"does not change in beginning" holds for a while only, as "at first" does', () => {
    const text =
      'Resting potential does not change in beginning, because channels work normal. After hours gradients of Na+ and K+ become equal. Then potential goes to zero and neuron cannot fire impulse.';
    expect(flags(pump, text)).not.toContain('no-effect');
    expect(flags(pump, 'Resting potential does not change.')).toContain('no-effect');
  });

  it('"but idk if it still depolarizes a little or not" asks its own question', () => {
    const text =
      'i think the post synaptic neuron wont have an action potential because the toxin blocks the ach and so no sodium goes in the cell but idk if it still depolarizes a little or not';
    expect(earned(syn, text)).toEqual(expect.arrayContaining(['no-sodium-entry', 'no-action-potential']));
    // "idk if thats right" looks back at the claim.
    expect(
      earned(syn, 'The toxin blocks the ach and so no sodium goes in the cell but idk if thats right.'),
    ).not.toContain('no-sodium-entry');
  });
});

describe('round 151: rubrics', () => {
  it('depolarization: "from about -55 mV up to around +30 mV"', () => {
    expect(
      earned(dvr, 'In depolarization the membrane potential shoots from about -55 mV up to around +30 mV.'),
    ).toContain('depol-less-negative');
    expect(
      earned(dvr, 'In depolarization the potential goes from about +30 mV down to -55 mV.'),
    ).not.toContain('depol-less-negative');
  });

  it('resting pump: "potassium make the inside negative" moves no potassium in', () => {
    expect(earned(rpp, 'Sodium and potassium make the inside negative.')).not.toContain('potassium-in');
    expect(earned(rpp, 'The pump moves potassium inside.')).toContain('potassium-in');
  });

  it('osmosis: "Na+ from the water moves into the cell" is sodium moving, not water', () => {
    expect(
      earned(osm, 'Na+ from the water moves into the cell and water follows it so the cell swells up.'),
    ).not.toContain('water-enters');
    expect(earned(osm, 'Water from the beaker moves into the cell.')).toContain('water-enters');
  });
});
