import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, rpp, syn } = frq;

/*
 * Round 154: from blind batch FF (a first touch, graded once on 8acbaeb: 99.07% of 1,500, one
 * full-mark answer flagged). Each rule has the answer it must now read as a teacher would and a
 * near miss it must still refuse.
 */
describe('round 154: the reader', () => {
  it('"active. One of them …" across a sentence end is no "active one"', () => {
    const text = 'Maybe thats active. One of them goes against the gradient.';
    expect(earned(pva, text)).not.toContain('active-against-gradient');
    // "the active one" in its own sentence is still active.
    expect(earned(pva, 'Passive needs no energy. The active one goes against the gradient.')).toContain(
      'active-against-gradient',
    );
  });
});

describe("round 154: comparisons (the last untouched batch FI's analogies, probed before it was written)", () => {
  it('"It\'s like the park fountain pump pushing water up …" is a scene, not the cell pumping water', () => {
    const text =
      "It's like the park fountain pump pushing water up into the basin until it spills over. Distilled water is hypotonic, so water moves into the red blood cell by osmosis and it bursts.";
    expect(flags(osm, text)).not.toContain('water-pumped');
    expect(earned(osm, text)).toContain('water-enters');
    // A comparison tied to the cell is a claim about it.
    expect(flags(osm, "It's like the cell pumping water into itself with ATP.")).toContain('water-pumped');
    // So is a clause opened by "it" after a comparison: it speaks of the thing compared.
    expect(
      flags(
        rpp,
        "It's like the cattle guard at the rest stop, it just lets things pass one way and doesn't need any energy.",
      ),
    ).toContain('pump-passive');
  });

  it('"Depolarization is like the fountain pump spraying up" names no Na⁺/K⁺ pump', () => {
    const text =
      'Depolarization is like the fountain pump spraying up: Na+ flows in and the inside becomes positive. Repolarization: K+ flows out. Both diffuse through channels, no ATP.';
    expect(flags(dvr, text)).not.toContain('depol-uses-atp');
    // The Na⁺/K⁺ pump itself still is.
    expect(flags(dvr, 'Depolarization is when the sodium-potassium pump pushes Na+ in.')).toContain(
      'depol-uses-atp',
    );
  });
});

describe('round 154: rubrics and the lexicon', () => {
  it('osmosis: note form "less solute out, more in cell" says amounts, not solute moving', () => {
    expect(flags(osm, 'dH2O = hypotonic (less solute out, more in cell)')).not.toContain('solute-moves');
    expect(flags(osm, 'The solutes move out of the cell.')).toContain('solute-moves');
  });

  it('osmosis: water "toward where the solutes are, which is inside the RBC"', () => {
    expect(
      earned(
        osm,
        'Water molecules cross the membrane toward where the solutes are, which is inside the RBC.',
      ),
    ).toContain('water-enters');
    expect(
      earned(
        osm,
        'Water molecules cross the membrane toward where the solutes are, which is outside the RBC.',
      ),
    ).not.toContain('water-enters');
  });

  it('passive vs active: "potassium being pumped out by the Na/K pump" is the pump reversed', () => {
    const text = 'Example of active is potassium being pumped out of the neuron by the Na/K pump.';
    expect(flags(pva, text)).toContain('pump-reversed');
    expect(earned(pva, `Passive is CO2 leaving cells. ${text}`)).not.toContain('examples');
    expect(
      flags(pva, 'Example of active is potassium being pumped into the neuron by the Na/K pump.'),
    ).not.toContain('pump-reversed');
  });

  it('synapse: ACh "has nowhere to go bc toxin is parked on the receptors"', () => {
    const text =
      'ach gets released like normal but has nowhere to go bc toxin is parked on the receptors so the gates dont open';
    expect(earned(syn, text)).toContain('no-binding');
    expect(earned(syn, 'ach gets released and goes across the cleft to the receptors')).not.toContain(
      'no-binding',
    );
  });

  it('depolarization: sodium "from the presynaptic cell" is not the neuron taking Na+ in', () => {
    expect(earned(dvr, 'In depolarization Na+ comes in from the presynaptic cell.')).not.toContain(
      'depol-sodium-in',
    );
    expect(earned(dvr, 'In depolarization Na+ comes in from outside the cell.')).toContain('depol-sodium-in');
  });
});
