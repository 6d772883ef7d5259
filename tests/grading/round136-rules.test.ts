import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump } = frq;

/*
 * Round 136: rules from blind batch EN (graded once on arrival, on 5520800, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 136: reader', () => {
  it('a ", where …," aside between a movement\'s start and its "to" keeps the movement', () => {
    const answer =
      'In depolarization Na+ moves from outside the cell, where its concentration is high, to inside the cell.';
    expect(earned(dvr, answer)).toContain('depol-sodium-in');
    expect(
      earned(
        dvr,
        'In depolarization Na+ moves from outside the cell, where its concentration is high, to the synapse.',
      ),
    ).not.toContain('depol-sodium-in');
  });
});

describe('round 136: rubrics', () => {
  it('osmosis: a hose "left on" is no water leaving; "the water and K+ goes in" is not water entering', () => {
    const balloon =
      'Imagine filling a water balloon with the hose left on. Osmosis pulls water into the cell, the cell swells, and it bursts.';
    expect(flags(osm, balloon)).not.toContain('water-leaves');
    expect(flags(osm, 'The water left the cell, so it shrinks.')).toContain('water-leaves');
    expect(
      earned(osm, 'Na+ goes out of the cell into the distilled water and K+ goes in through channels.'),
    ).not.toContain('water-enters');
    expect(earned(osm, 'The water goes in by osmosis.')).toContain('water-enters');
  });

  it('passive vs active: osmosis "from a hypertonic solution into a hypotonic solution" is backwards; Na+ channels opening and Na+ flowing out', () => {
    const backwards =
      'Example of passive is osmosis, water moves from a hypertonic solution into a hypotonic solution.';
    expect(flags(pva, backwards)).toContain('osmosis-example-reversed');
    expect(
      flags(
        pva,
        'Example of passive is osmosis, water moves from a hypotonic solution into a hypertonic solution.',
      ),
    ).not.toContain('osmosis-example-reversed');
    const out =
      'Passive, like when Na+ channels open in an action potential and Na+ flows out of the neuron.';
    expect(flags(pva, out)).toContain('channel-example-reversed');
    expect(
      flags(
        pva,
        'Passive, like when Na+ channels open in an action potential and Na+ flows into the neuron.',
      ),
    ).not.toContain('channel-example-reversed');
  });

  it('pump blocked: "when you try to make an action potential nothing happens" is no "no effect"; a difference "more small", gradients that "don\'t stay"', () => {
    expect(flags(pump, 'when you try to make an action potential nothing happens')).not.toContain(
      'no-effect',
    );
    expect(flags(pump, 'nothing happens to the neuron')).toContain('no-effect');
    const learner =
      'Then the difference of concentration between inside and outside is more small every hour.';
    expect(earned(pump, learner)).toContain('gradients-run-down');
    expect(
      earned(pump, 'Then the difference of concentration between inside and outside is very big.'),
    ).not.toContain('gradients-run-down');
    expect(earned(pump, "The gradients don't stay either.")).toContain('gradients-run-down');
    expect(earned(pump, 'The gradients stay the same.')).not.toContain('gradients-run-down');
  });
});
