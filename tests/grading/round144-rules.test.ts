import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pump, syn } = frq;

/*
 * Round 144: rules from blind batch EV (a first touch, graded once on e154a93). Each rule has the
 * answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 144: the reader', () => {
  it('"If <the case asked about>, X, but Y" states X when no modal makes it a guess', () => {
    const stated =
      "If the switch is jammed (ouabain), cars (ions) still roll down the tracks they're already on - Na+ rolls in and K+ rolls out through the leak channels - but no one switches them back.";
    expect(earned(pump, stated)).toContain('leak-not-restored');
    // With a modal in the result it is still a supposition the "but" turns away from.
    const guessed =
      'If the sodium channels are blocked then Na+ cannot rush in so no action potential can happen, but the resting potential stays the same.';
    expect(earned(pump, guessed)).not.toContain('cannot-fire');
  });

  it('"or actually maybe" withdraws as "or maybe" does, and only the result after "so"', () => {
    expect(
      earned(pump, 'The gradients would run down, or actually maybe the channels keep them the same, idk.'),
    ).not.toContain('gradients-run-down');
    const result =
      'ACh cannot bind so the Na+ channels stay closed, or actually maybe they still open a little.';
    expect(earned(syn, result)).toContain('no-binding');
    expect(earned(syn, result)).not.toContain('channel-closed');
  });

  it('"maybe still <verb>" doubts its clause', () => {
    expect(flags(pump, 'The neuron maybe still fire because the channel is open.')).not.toContain(
      'no-effect',
    );
    expect(flags(pump, 'The neuron still fires normally because the channels are open.')).toContain(
      'no-effect',
    );
  });
});

describe('round 144: rubrics', () => {
  it('depolarization: Na+ "blows through the open gap into the cell", but not out of the neuron into the synapse', () => {
    expect(earned(dvr, 'In depolarization the Na+ blows through the open gap into the cell.')).toContain(
      'depol-sodium-in',
    );
    expect(earned(dvr, 'In depolarization Na+ moves out of the neuron into the synapse.')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('synapse toxin: "Sodium ions can\'t blow through into the postsynaptic neuron"', () => {
    expect(earned(syn, "Sodium ions can't blow through into the postsynaptic neuron.")).toContain(
      'no-sodium-entry',
    );
  });

  it('synapse toxin: "It is not that ACh can\'t bind" denies the denial', () => {
    expect(earned(syn, "It is not that ACh can't bind, the toxin just slows the ACh down.")).not.toContain(
      'no-binding',
    );
    expect(earned(syn, "ACh can't bind, the toxin is in the way.")).toContain('no-binding');
  });

  it('pump blocked: "nobody patches it or shovels it back" after ions blowing in and out', () => {
    const patched =
      'Ouabain sends the crews home. Na+ keeps blowing in and K+ keeps blowing out, and nobody patches it or shovels it back.';
    expect(earned(pump, patched)).toContain('leak-not-restored');
    expect(
      earned(pump, 'Ouabain sends the crews home, and nobody patches it or shovels it back.'),
    ).not.toContain('leak-not-restored');
  });

  it('osmosis: "the water has no solutes and the cell does"; "will big and break"', () => {
    expect(earned(osm, 'The water has no solutes and the cell does, so water goes in.')).toContain(
      'hypotonic',
    );
    expect(earned(osm, 'The water has no solutes, so water goes in.')).not.toContain('hypotonic');
    expect(earned(osm, 'Red blood cell will big and break.')).toContain('swells-bursts');
    expect(earned(osm, 'Red blood cell will stay the same.')).not.toContain('swells-bursts');
  });
});
