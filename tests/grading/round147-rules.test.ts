import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pump, pva, rpp, syn } = frq;

/*
 * Round 147: rules from blind batch EZ (a first touch, graded once on 4fdc457, 98.0%). Each rule has
 * the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 147: the reader', () => {
  it('"so as soon as ouabain blocks it" ends its condition before "the resting potential"', () => {
    expect(
      earned(
        pump,
        'The pump keeps it negative, so as soon as ouabain blocks it the resting potential goes to 0 mV.',
      ),
    ).toContain('less-negative');
  });

  it('"actually no" about the way along the gradient leaves the energy said beside it', () => {
    const redone =
      'The pump moves 3 Na+ out and 2 K+ in. It needs ATP because the ions are going against their gradient. actually no I think it goes with the gradient.';
    expect(earned(rpp, redone)).toContain('uses-atp');
    expect(earned(rpp, redone)).not.toContain('against-gradient');
    // Two parts of the way ("against the gradient, low to high"): the whole sentence goes.
    expect(
      earned(
        pva,
        'Active transport goes against the gradient, low to high. Actually no, I think it goes high to low too.',
      ),
    ).not.toContain('active-against-gradient');
  });
});

describe('round 147: rubrics', () => {
  it('pump blocked: "can\'t get pumped out" is no leak; "the depolarization will be slower" is no drift', () => {
    expect(
      earned(
        pump,
        'The resting potential gets more negative because the sodium cant get pumped out so it stays outside.',
      ),
    ).not.toContain('leak-not-restored');
    expect(
      earned(
        pump,
        "Na+ can't flow in through the pump during the action potential, so the depolarization will be slower and smaller.",
      ),
    ).not.toContain('less-negative');
    expect(
      earned(pump, 'So the Na+ that seeps in and the K+ that seeps out just stay where they end up.'),
    ).toContain('leak-not-restored');
  });

  it('resting pump: "Without ATP the gradients would run down"; the net charge the wrong way; note form "lose 3+, gain 2+"', () => {
    expect(earned(rpp, 'The pump needs energy. Without ATP the gradients would run down.')).toContain(
      'uses-atp',
    );
    expect(earned(rpp, 'The pump needs energy to work.')).not.toContain('uses-atp');
    expect(
      earned(
        rpp,
        'The pump moves 3 Na+ out and 2 K+ in, so the outside gets more negative and the inside gets positive.',
      ),
    ).not.toContain('net-charge');
    expect(earned(rpp, '- lose 3+, gain 2+ -> net neg inside')).toContain('net-charge');
  });

  it('synapse: calcium or chloride channels named as the receptor are flagged and earn no closed channel', () => {
    const calcium =
      "ACh cannot bind, so the calcium channels don't open and calcium can't go into the postsynaptic neuron.";
    expect(flags(syn, calcium)).toContain('other-ion-receptor-channel');
    expect(earned(syn, calcium)).not.toContain('channel-closed');
    // The presynaptic terminal's calcium channels are another error, not this one.
    expect(
      flags(syn, 'The toxin blocks the calcium channels so no ACh is released into the cleft.'),
    ).not.toContain('other-ion-receptor-channel');
  });

  it('synapse: "stops the action potential from happening"; the channel that "never starts"', () => {
    expect(earned(syn, 'The toxin stops the action potential from happening at the axon hillock.')).toContain(
      'no-action-potential',
    );
    expect(earned(syn, 'The conveyor (the Na+ channel) never starts.')).toContain('channel-closed');
    expect(
      earned(
        syn,
        "The real key (ACh) can't fit into the lock (receptor) and the car (the neuron) won't start.",
      ),
    ).not.toContain('channel-closed');
  });

  it('osmosis: "[solute] in > [solute] out" is no solute moving; "(inside the cell, more solute)" is the tonicity', () => {
    expect(flags(osm, '[solute] in > [solute] out → outside = hypotonic. H2O → in (osmosis).')).not.toContain(
      'solute-moves',
    );
    expect(flags(osm, 'The solutes move out of the cell.')).toContain('solute-moves');
    expect(
      earned(osm, 'Water moves from the beaker to where theres less water (inside the cell, more solute).'),
    ).toContain('hypotonic');
  });

  it('depolarization vs repolarization: "both are osmosis" is flagged and is not the likeness', () => {
    const osmosis =
      'Depolarization: Na+ goes in. Repolarization: K+ goes out. Alike: both are osmosis, which is passive.';
    expect(flags(dvr, osmosis)).toContain('calls-it-osmosis');
    expect(earned(dvr, osmosis)).not.toContain('both-passive');
    const likeness = 'Both are passive, like osmosis but for ions instead of water.';
    expect(flags(dvr, likeness)).not.toContain('calls-it-osmosis');
    expect(earned(dvr, likeness)).toContain('both-passive');
  });

  it('passive vs active: "water going into a cell that is in a hypertonic solution" is the example backwards', () => {
    const backwards =
      'Passive needs no ATP, like water going into a cell that is in a hypertonic solution. Example active: Na K pump.';
    expect(flags(pva, backwards)).toContain('osmosis-example-reversed');
    expect(earned(pva, backwards)).not.toContain('examples');
    expect(
      flags(pva, 'Passive needs no ATP, like water going into a cell that is in a hypotonic solution.'),
    ).not.toContain('osmosis-example-reversed');
  });
});
