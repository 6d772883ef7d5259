import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, pva, pump, rpp } = frq;

/*
 * Round 140: rules from blind batch ER (the last untouched batch of the session before, graded once
 * on 17e7910; now a first touch). Each rule has the answer it must now read as a teacher would and
 * a near miss it must still refuse.
 */
describe('round 140: the reader', () => {
  it('an adverb after its clause subject ("the pump actively moves") says of which kind that subject is', () => {
    const examples =
      'For example, oxygen diffuses passively into cells in the lungs, while the sodium-potassium pump actively moves sodium out of the cell and potassium in.';
    expect(flags(pva, examples)).not.toContain('examples-swapped');
    expect(earned(pva, examples)).toContain('examples');
    // The pump said to move passively is still a swapped example.
    const swapped =
      'For example, oxygen diffuses actively into cells in the lungs, while the sodium-potassium pump passively moves sodium out of the cell and potassium in.';
    expect(flags(pva, swapped)).toContain('examples-swapped');
  });

  it('"the first … the second" after a sentence naming two phases says which phase each is', () => {
    const ordinals =
      'Depolarization is mainly sodium and repolarization is mainly potassium. The first makes the membrane potential go up toward +30 mV and the second brings it back down to -70 mV.';
    expect(earned(dvr, ordinals)).toEqual(
      expect.arrayContaining(['depol-less-negative', 'repol-back-to-rest']),
    );
    // Said the other way round, the rise is repolarization's: no depolarization point for it.
    const reversed =
      'Repolarization is mainly potassium and depolarization is mainly sodium. The first makes the membrane potential go up toward +30 mV.';
    expect(earned(dvr, reversed)).not.toContain('depol-less-negative');
  });

  it('"plus" before a charge noun is a positive charge ("loses a plus charge every time")', () => {
    const plus =
      'The cell basically loses a plus charge every time the pump turns, so it gets more negative inside.';
    expect(earned(rpp, plus)).toContain('net-charge');
    expect(earned(rpp, 'The cell basically loses a plus every time the pump turns.')).not.toContain(
      'net-charge',
    );
  });
});

describe('round 140: rubrics', () => {
  it('passive vs active: "it doesnt need any power" is no energy needed', () => {
    const power = 'Passive transport is like a cart rolling downhill, it doesnt need any power.';
    expect(earned(pva, power)).toContain('passive-no-energy');
    expect(earned(pva, 'Passive transport is like a cart rolling downhill, it needs power.')).not.toContain(
      'passive-no-energy',
    );
  });

  it('pump blocked: ions that "go slowly to where there is less of them" leak', () => {
    const plain =
      'Sodium and potassium go slowly to where there is less of them, through the channels, and the pump can not bring them back.';
    expect(earned(pump, plain)).toContain('leak-not-restored');
    expect(
      earned(
        pump,
        'Sodium and potassium go slowly to where there is more of them, and the pump can not bring them back.',
      ),
    ).not.toContain('leak-not-restored');
  });

  it('resting pump: "actually the other way:" corrects the statement before, it names no gradient', () => {
    const correction =
      "If the pump moved 2 Na+ out and 3 K+ in, the inside would become more positive, but it's actually the other way: 3 Na+ out and 2 K+ in.";
    expect(earned(rpp, correction)).not.toContain('against-gradient');
    expect(
      earned(rpp, 'The pump moves 3 Na+ out and 2 K+ in, the other way from how they diffuse.'),
    ).toContain('against-gradient');
  });
});
