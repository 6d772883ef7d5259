import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp, syn } = frq;

/*
 * Round 118: rules from blind batch DV (graded once, untouched, on 5a0ff33; a first touch since).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 118: reader', () => {
  it('"barely use any energy", "barely any energy" read as none; "barely any" alone denies nothing', () => {
    const answer =
      'Walking down a trail is easy, you barely use any energy - thats passive transport, molecules go from high to low.';
    expect(flags(pva, answer)).not.toContain('passive-needs-energy');
    expect(flags(pva, 'Walking down a trail is easy, you use energy - thats passive transport.')).toContain(
      'passive-needs-energy',
    );
    expect(earned(pva, 'Passive transport uses barely any energy and goes down the gradient.')).toContain(
      'passive-no-energy',
    );
    expect(flags(pva, 'Passive transport uses some energy and goes down the gradient.')).toContain(
      'passive-needs-energy',
    );
    // "to where theres barely any (down the gradient)": a pronoun "any" names a place.
    expect(
      earned(
        pva,
        'passive = stuff flows from where theres a ton of it to where theres barely any (down the gradient).',
      ),
    ).toContain('passive-down-gradient');
  });

  it('a fields table\'s "Water movement" column: "into the cell" under it is water entering', () => {
    const answer =
      'Tonicity | Water movement | Result\nhypotonic (less solute than cell) | into the cell by osmosis | cell swells, lyses';
    expect(earned(osm, answer)).toContain('water-enters');
    const other =
      'Tonicity | Solute | Result\nhypotonic (less solute than cell) | into the cell by osmosis | cell swells';
    expect(earned(osm, other)).not.toContain('water-enters');
  });
});

describe('round 118: prompt parts', () => {
  it('a numbered list that follows the prompt\'s parts: "2. passive down, active up" answers part (b)', () => {
    const answer = '1. passive - no E, active - ATP 2. passive down, active up';
    expect(earned(pva, answer)).toEqual(
      expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']),
    );
    const unnumbered = 'passive - no E, active - ATP. passive down, active up';
    expect(earned(pva, unnumbered)).not.toContain('passive-down-gradient');
  });
});

describe('round 118: rubrics', () => {
  it('passive vs active: an examples list after "active …" keeps the prompt\'s order', () => {
    const answer =
      'passive doesnt need energy it goes from high to low and active needs atp and goes from low to high the example is diffusion and the sodium potassium pump';
    expect(flags(pva, answer)).not.toContain('examples-swapped');
    expect(
      flags(pva, 'Active transport example is osmosis, passive example is the sodium potassium pump.'),
    ).toContain('examples-swapped');
  });

  it('depolarization vs repolarization: "the neuron is positive"; "gets its negative charge back"', () => {
    expect(earned(dvr, 'In depolarization sodium goes in and the neuron is positive.')).toContain(
      'depol-less-negative',
    );
    expect(
      earned(dvr, 'In depolarization sodium is released and that makes the next neuron positive.'),
    ).not.toContain('depol-less-negative');
    expect(
      earned(
        dvr,
        'In repolarization potassium channels let K+ out and the cell gets its negative charge back.',
      ),
    ).toContain('repol-back-to-rest');
    expect(
      earned(dvr, 'In repolarization potassium channels let K+ out and the cell gets its charge.'),
    ).not.toContain('repol-back-to-rest');
  });

  it('pump blocked: "twd 0 mV", "evenly on both sides", a gradient "not there anymore", "never go back"', () => {
    expect(earned(pump, 'pump dead. RP goes up twd 0 mV.')).toContain('less-negative');
    expect(
      earned(
        pump,
        'no pump = nobody gets pushed back and eventually everyone is mixed up evenly on both sides',
      ),
    ).toContain('gradients-run-down');
    expect(
      earned(
        pump,
        'It cannot fire after a while because the gradient that drives Na+ in is not there anymore.',
      ),
    ).toContain('gradients-run-down');
    expect(
      earned(pump, 'It cannot fire after a while because the gradient that drives Na+ in is there.'),
    ).not.toContain('gradients-run-down');
    const leak =
      'Na+ and K+ leak down their gradients through the channels but the pump is broken so they never go back.';
    expect(earned(pump, leak)).toContain('leak-not-restored');
    expect(earned(pump, 'The pump is broken so they never move.')).not.toContain('leak-not-restored');
  });

  it('synapse: ACh "can\'t grab" its receptor; the gate "never lifts"', () => {
    expect(
      earned(
        syn,
        "ACh opens the door but she can't grab the handle (the receptor) because the toxin is holding it.",
      ),
    ).toContain('no-binding');
    expect(earned(syn, 'ACh opens the door and grabs the handle (the receptor).')).not.toContain(
      'no-binding',
    );
    expect(earned(syn, 'The toxin jams the sensor, so the gate (the channel) never lifts.')).toContain(
      'channel-closed',
    );
    expect(earned(syn, 'ACh arrives, so the gate (the channel) lifts.')).not.toContain('channel-closed');
  });

  it('resting pump: counts told by direction, the ions named for the directions ("3 people out for every 2 in")', () => {
    const answer =
      'The lunch lady kicks 3 people out for every 2 she lets in. The people leaving are Na+ and the ones let in are K+.';
    expect(earned(rpp, answer)).toContain('ratio');
    const swapped =
      'The lunch lady kicks 3 people out for every 2 she lets in. The people leaving are K+ and the ones let in are Na+.';
    expect(earned(rpp, swapped)).not.toContain('ratio');
  });

  it('resting pump: "Na+ more outside already, K+ more inside already" is against both gradients', () => {
    const answer =
      'Pump take 3 Na+ out of cell, take 2 K+ in cell. Na+ more outside already, K+ more inside already, so pump go against.';
    expect(earned(rpp, answer)).toContain('against-gradient');
    const one =
      'Pump take 3 Na+ out of cell, take 2 K+ in cell. Na+ more outside already, so pump go against.';
    expect(earned(rpp, one)).not.toContain('against-gradient');
  });
});
