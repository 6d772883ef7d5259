import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { osm, pump, pva, rpp, syn } = frq;

/*
 * Round 155: from blind batch FG (a first touch, graded once on ce891cc: 98.00% of 1,500, one
 * full-mark answer flagged). Each rule has the answer it must now read as a teacher would and a
 * near miss it must still refuse.
 */
describe('round 155: rubrics and the lexicon', () => {
  it('osmosis: no sump pump "to bail the water out" is no water leaving', () => {
    const text =
      "The RBC doesn't have a sump pump (contractile vacuole) like a paramecium to bail the water out, and it doesn't have a cell wall either.";
    expect(flags(osm, text)).not.toContain('water-leaves');
    expect(flags(osm, 'Water moves out of the cell and it shrinks.')).toContain('water-leaves');
  });

  it('osmosis: "It have no hard wall like a plant"', () => {
    expect(earned(osm, 'The cell swells and bursts. It have no hard wall like a plant.')).toContain(
      'no-wall',
    );
    expect(earned(osm, 'The cell swells and bursts. It has a hard wall like a plant.')).not.toContain(
      'no-wall',
    );
  });

  it('passive vs active: an example given for the wrong kind earns no example point', () => {
    const text =
      'The Na+/K+ pump is a channel that lets sodium and potassium flow through by diffusion so it is passive. Active example is the proton pump.';
    expect(earned(pva, text)).not.toContain('examples');
    expect(
      earned(pva, 'Passive example: O2 diffusing into cells. Active example: the proton pump.'),
    ).toContain('examples');
  });

  it('resting pump: "pumping the Na+ that leaks in back out" is sodium out, not reversed', () => {
    const text = 'The Na+/K+ pump keeps pumping the Na+ that leaks in back out, and ATP pays for it.';
    expect(flags(rpp, text)).not.toContain('directions-reversed');
    expect(earned(rpp, text)).toContain('sodium-out');
    expect(flags(rpp, 'The pump keeps pumping the Na+ in.')).toContain('directions-reversed');
  });

  it('pump blocked: "the sodium enter by the channels and stay inside"', () => {
    expect(earned(pump, 'The sodium enter by the channels and stay inside.')).toContain('leak-not-restored');
    expect(earned(pump, 'The sodium enter by the channels.')).not.toContain('leak-not-restored');
  });

  it('synapse: "there is no action potential and the signal stops there"', () => {
    expect(
      earned(syn, 'the cell just stays negative and there is no action potential and the signal stops there'),
    ).toContain('no-action-potential');
    expect(earned(syn, 'there is no action potential in the presynaptic neuron')).not.toContain(
      'no-action-potential',
    );
  });

  it('synapse: "ACh can\'t bind and open the Na+ channels"', () => {
    expect(earned(syn, "ACh can't bind and open the Na+ channels, so Na+ stays outside.")).toContain(
      'channel-closed',
    );
    expect(
      earned(syn, 'The toxin is binding to the receptor instead of ACh and opening the channels.'),
    ).not.toContain('channel-closed');
  });
});
