import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { osm, pva, pump, rpp, syn } = frq;

/*
 * Round 117: rules from blind batch DU (graded once, untouched, on da818b2, then made a first touch
 * by a written amendment to the session plan). Each rule has the answer it must now read as a
 * teacher would and a near miss it must still refuse.
 */
describe('round 117: reader', () => {
  it('"— actually scratch that" after a dash takes back the clause before the dash', () => {
    const answer = 'Na+ goes out, K+ comes in. The numbers are 3 and 2 — actually scratch that. It uses ATP.';
    expect(earned(rpp, answer)).not.toContain('ratio');
    expect(earned(rpp, answer)).toContain('sodium-out');
    expect(
      earned(rpp, 'Na+ goes out, K+ comes in. The numbers are 3 and 2 — actually they are the right ones.'),
    ).toContain('ratio');
  });

  it('"the receptors r like the turnstiles": text-speak "r" declares a comparison', () => {
    const answer =
      'the receptors r like the turnstiles at the station. ACh is the tap card. the turnstile stays locked.';
    expect(earned(syn, answer)).toContain('channel-closed');
    expect(earned(syn, 'ACh is the tap card. the turnstile stays locked.')).not.toContain('channel-closed');
  });
});

describe('round 117: rubrics', () => {
  it('osmosis: "the water has none" beside the cell\'s solute; "gets too full and breaks"', () => {
    expect(
      earned(osm, 'The cell has a bunch of solute in it and the water has none, so water moves in.'),
    ).toContain('hypotonic');
    expect(earned(osm, 'The water has none of the dye, so water moves in.')).not.toContain('hypotonic');
    expect(earned(osm, 'Water goes in by osmosis. It gets too full and breaks.')).toContain('swells-bursts');
    expect(earned(osm, 'Water goes in by osmosis. The beaker is full.')).not.toContain('swells-bursts');
  });

  it('passive: "without the cell having to do anything", "you dont have to put in any work"', () => {
    expect(
      earned(
        pva,
        'Passive transport is when stuff goes through the membrane without the cell having to do anything.',
      ),
    ).toContain('passive-no-energy');
    expect(
      earned(pva, 'Passive transport is like running downhill, you dont have to put in any work.'),
    ).toContain('passive-no-energy');
    expect(
      earned(pva, 'Passive transport is like running downhill, you have to put in a lot of work.'),
    ).not.toContain('passive-no-energy');
  });

  it('pump blocked: "no more inside vs outside difference"; "loses its charge difference"', () => {
    expect(
      earned(
        pump,
        "Na+ keeps leaking in and nobody sends it back, so soon there's no more inside vs outside difference.",
      ),
    ).toContain('gradients-run-down');
    expect(earned(pump, 'The cell loses its charge difference across the membrane.')).toContain(
      'less-negative',
    );
    expect(earned(pump, 'The cell keeps its charge difference across the membrane.')).not.toContain(
      'less-negative',
    );
  });

  it('pump blocked: "with repeated firing this happens faster" is the run-down speeding up, not more firing', () => {
    expect(
      flags(pump, 'Each action potential lets more Na+ in, so with repeated firing this happens faster.'),
    ).not.toContain('fires-more');
    expect(flags(pump, 'Without the pump the neuron will fire faster and faster.')).toContain('fires-more');
  });

  it('resting pump: "extrudes" sodium, "brings potassium back in", "toward where its already crowded"', () => {
    expect(earned(rpp, 'The pump extrudes three sodium ions from the cytoplasm.')).toContain('sodium-out');
    expect(earned(rpp, "It brings potassium back in where there's already a lot of K+.")).toContain(
      'potassium-in',
    );
    expect(earned(rpp, "It brings sodium back in where there's already a lot.")).not.toContain(
      'potassium-in',
    );
    expect(
      earned(rpp, 'Moving stuff toward where its already crowded takes effort, so it spends ATP.'),
    ).toContain('against-gradient');
    expect(earned(rpp, 'Moving stuff toward where it is empty is easy.')).not.toContain('against-gradient');
  });

  it('synapse: "ACh shows up but can\'t order (can\'t bind)"; Na⁺ kept out of the cleft is the wrong place', () => {
    expect(earned(syn, "ACh shows up but can't order (can't bind).")).toContain('no-binding');
    expect(earned(syn, "ACh can't bind, so Na+ doesn't go into the synaptic cleft.")).not.toContain(
      'no-sodium-entry',
    );
    expect(earned(syn, "ACh can't bind, so Na+ doesn't go into the cell.")).toContain('no-sodium-entry');
  });
});
