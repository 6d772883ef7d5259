import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, syn } = frq;

/*
 * Round 134: rules from blind batch EL (graded once on arrival, on 1972027, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 134: reader', () => {
  it('a "maybe" after a modal doubts its clause: "the gradients could maybe run down"', () => {
    expect(earned(pump, 'With the pump blocked the gradients could maybe run down.')).not.toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'With the pump blocked the gradients could run down.')).toContain(
      'gradients-run-down',
    );
  });

  it('a relative clause after "During repolarization the K+ ions" keeps its subject: "…, which were many, leave"', () => {
    expect(earned(dvr, 'During repolarization the K+ ions, which were many, leave the cell.')).toContain(
      'repol-potassium-out',
    );
    expect(
      earned(dvr, 'During repolarization the K+ ions, which were many, stay in the cell.'),
    ).not.toContain('repol-potassium-out');
  });

  it('a sentence opening with a bare "Moves" goes on about the ion that ended the one before', () => {
    const lead = 'Depolarization: main ion = sodium (Na+).';
    expect(earned(dvr, `${lead} Moves from outside to inside.`)).toContain('depol-sodium-in');
    expect(earned(dvr, `${lead} Moves from inside to outside.`)).not.toContain('depol-sodium-in');
  });

  it('"presyn" and "postsyn" are the note-form cells', () => {
    expect(flags(syn, "presyn neuron won't depolarize")).toContain('presynaptic-effect');
    expect(flags(syn, "postsyn neuron won't depolarize")).not.toContain('presynaptic-effect');
  });
});

describe('round 134: rubrics', () => {
  it('osmosis: a plant\'s wall set against a doubt is not the point; "in a hypertonic environment" is the misconception', () => {
    expect(earned(osm, "Plants have cell walls but I'm not sure if red blood cells do.")).not.toContain(
      'no-wall',
    );
    expect(earned(osm, 'Plants have cell walls but red blood cells do not.')).toContain('no-wall');
    const env =
      'The red blood cell is in a hypertonic environment, since the cell has more solutes than the water.';
    expect(flags(osm, env)).toContain('hypertonic-water');
    expect(earned(osm, env)).not.toContain('hypotonic');
    expect(earned(osm, 'The cell has more solutes than the water.')).toContain('hypotonic');
    expect(flags(osm, 'If the red blood cell is in a hypertonic environment it shrinks.')).not.toContain(
      'hypertonic-water',
    );
  });

  it('passive vs active: "the cell spends nothing" needs no energy', () => {
    expect(earned(pva, 'In passive transport the cell spends nothing.')).toContain('passive-no-energy');
    expect(earned(pva, 'In passive transport the cell spends ATP.')).not.toContain('passive-no-energy');
  });

  it('depolarization vs repolarization: "the K+ crowd inside heads out the exits"', () => {
    expect(earned(dvr, 'Repolarization = K+ crowd inside heads out the exits.')).toContain(
      'repol-potassium-out',
    );
    expect(earned(dvr, 'Repolarization = K+ crowd inside heads for the exits.')).not.toContain(
      'repol-potassium-out',
    );
  });

  it('pump blocked: "no Na+ or K+ gradient left"', () => {
    expect(earned(pump, 'After a few hours there is no Na+ or K+ gradient left.')).toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'After a few hours there is a big Na+ or K+ gradient left.')).not.toContain(
      'gradients-run-down',
    );
  });
});
