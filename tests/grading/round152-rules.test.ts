import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { osm, pva, pump, syn } = frq;

/*
 * Round 152: rules from blind batch FE (a first touch, graded once on c1a8454 before any of these).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 152: rubrics', () => {
  it('pump blocked: "nothing is there to take them back", after a leak', () => {
    expect(
      earned(
        pump,
        'When the pump stops, the sodium comes in slow through the leak channels and potassium goes out slow, and nothing is there to take them back to where they belong.',
      ),
    ).toContain('leak-not-restored');
    expect(
      earned(
        pump,
        'When the pump stops, the sodium comes in slow through the leak channels and potassium goes out slow.',
      ),
    ).not.toContain('leak-not-restored');
  });

  it('pump blocked: "without it the ions leak through the channels"', () => {
    expect(
      earned(pump, 'Without it the ions leak through the channels and the gradient runs out.'),
    ).toContain('leak-not-restored');
    expect(earned(pump, 'Without it the ions stay where they are.')).not.toContain('leak-not-restored');
  });

  it('pump blocked: "the two sides are almost the same"', () => {
    expect(earned(pump, 'After many hours the two sides are almost the same.')).toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'The two sides have the same charge.')).not.toContain('gradients-run-down');
  });

  it('synapse: a Na⁺/K⁺ pump that "won\'t be able to pump" is the toxin-stops-pump misconception', () => {
    const text =
      "The sodium-potassium pump won't be able to pump Na+ into the cell because the neurotoxin is blocking it.";
    expect(flags(syn, text)).toContain('toxin-stops-pump');
    expect(earned(syn, text)).not.toContain('no-sodium-entry');
    expect(flags(syn, "The channel won't be able to open, so Na+ can't get in.")).not.toContain(
      'toxin-stops-pump',
    );
  });

  it('osmosis: the cell "packs in more and more water"', () => {
    expect(
      earned(osm, 'Like a hay baler the cell packs in more and more water until it busts open.'),
    ).toContain('water-enters');
    expect(earned(osm, 'Like a hay baler the cell packs in more and more salt.')).not.toContain(
      'water-enters',
    );
  });

  it('passive/active: K⁺ that "flows into the neuron through K+ channels" is the channel example reversed', () => {
    const text =
      'Example of passive: K+ flows into the neuron through K+ channels during repolarization. Active: the Na+/K+ pump.';
    expect(flags(pva, text)).toContain('channel-example-reversed');
    expect(earned(pva, text)).not.toContain('examples');
    expect(
      flags(
        pva,
        'Example of passive: K+ flows out of the neuron through K+ channels. Active: the Na+/K+ pump.',
      ),
    ).not.toContain('channel-example-reversed');
  });
});
