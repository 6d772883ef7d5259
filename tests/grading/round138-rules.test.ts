import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { osm, pump, rpp } = frq;

/*
 * Round 138: rules from blind batch EP (graded once on arrival, on 68a95d5, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 138: reader', () => {
  it('a count "of them" after each ion, in two sentences: "three of them. … two of them."', () => {
    const answer = 'Sodium is pump out from the cell, three of them. Potassium is bring in, two of them.';
    expect(earned(rpp, answer)).toContain('ratio');
    expect(
      earned(rpp, 'Sodium is pump out from the cell, two of them. Potassium is bring in, three of them.'),
    ).not.toContain('ratio');
  });
});

describe('round 138: rubrics', () => {
  it('resting pump: the K+ of "Na+/K+ ATPase" moves nowhere; "net loss of 1+ per cycle"; "releases them inside"; "the hard way"', () => {
    const note = 'Na+/K+ ATPase: 3Na+ in->out, 2K+ out->in. net loss of 1+ per cycle => inside more neg';
    expect(earned(rpp, note)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'net-charge']));
    expect(flags(rpp, note)).not.toContain('directions-reversed');
    expect(flags(rpp, 'Na+/K+ ATPase: 3Na+ out->in, 2K+ in->out.')).toContain('directions-reversed');
    expect(earned(rpp, 'net gain of 1+ per cycle')).not.toContain('net-charge');
    expect(
      earned(rpp, 'Then it binds 2 extracellular K+, is dephosphorylated, and releases them inside.'),
    ).toContain('potassium-in');
    expect(earned(rpp, 'Then it binds 2 intracellular K+ and releases them outside.')).not.toContain(
      'potassium-in',
    );
    expect(earned(rpp, 'Sodium is already more outside, so they go the hard way.')).toContain(
      'against-gradient',
    );
    expect(earned(rpp, 'Sodium is already more outside, so they go the easy way.')).not.toContain(
      'against-gradient',
    );
  });

  it('pump blocked: a gate the answer made the pump is no channel blocked', () => {
    const gate =
      'The Na+/K+ pump is like the security gate at the mine. If ouabain shuts the gate, people slip through the fence.';
    expect(flags(pump, gate)).not.toContain('channels-blocked');
    expect(flags(pump, 'Ouabain shuts the gate of the sodium channel.')).toContain('channels-blocked');
  });

  it('osmosis: "but since a red blood cell doesn\'t have one"', () => {
    const since =
      "If the cell had a cell wall like a plant cell it would just get turgid, but since a red blood cell doesn't have one it would swell and burst.";
    expect(earned(osm, since)).toContain('no-wall');
    expect(earned(osm, 'A plant cell has a cell wall, and a red blood cell has one too.')).not.toContain(
      'no-wall',
    );
  });
});
