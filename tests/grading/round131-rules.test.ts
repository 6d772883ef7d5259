import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, rpp, syn } = frq;

/*
 * Round 131: rules from blind batch EI (graded once on arrival, on 8027c65, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 131: reader', () => {
  it('"… or chloride coming in, but either way the cell gets negative again" commits to what follows', () => {
    const answer =
      'In repolarization Im not sure if its potassium going out or chloride coming in, but either way the cell gets negative again.';
    expect(earned(dvr, answer)).toContain('repol-back-to-rest');
    expect(earned(dvr, answer)).not.toContain('repol-potassium-out');
    // Without "but either way" the doubt reaches the rest of its sentence.
    expect(
      earned(
        dvr,
        'In repolarization Im not sure if its potassium going out or chloride coming in and the cell gets negative again.',
      ),
    ).not.toContain('repol-back-to-rest');
  });
});

describe('round 131: rubrics', () => {
  it('osmosis: a wall given to potatoes is no wall for the red blood cell; "RBC has none"; "The cell gets water inside it"', () => {
    const potatoes =
      "Water keeps going into the cell because the cell has more solutes than the pure water. Potatoes have cell walls so they'd be ok but RBCs don't have one.";
    expect(flags(osm, potatoes)).not.toContain('has-cell-wall');
    expect(flags(osm, 'The red blood cell has a cell wall so it will not burst.')).toContain('has-cell-wall');
    expect(earned(osm, 'plant cell would be fine bc cell wall, RBC has none.')).toContain('no-wall');
    expect(earned(osm, 'plant cell would be fine bc cell wall, RBC has one too.')).not.toContain('no-wall');
    expect(earned(osm, 'The cell gets water inside it. Too much water.')).toContain('water-enters');
    expect(earned(osm, 'The cell gets water out of it.')).not.toContain('water-enters');
  });

  it('osmosis: the cell "crowded with solute" beside water that "has no solute" is hypotonic water; solutes moving in are flagged', () => {
    const hallway =
      'The cell is like a packed hallway, super crowded with solute. The beaker is like an empty hallway bc distilled water has no solute.';
    expect(earned(osm, hallway)).toContain('hypotonic');
    expect(
      earned(osm, 'The beaker is like an empty hallway bc distilled water has no solute.'),
    ).not.toContain('hypotonic');
    expect(flags(osm, "By osmosis the water's solutes will move into the cell to balance it out.")).toContain(
      'solute-moves',
    );
    expect(flags(osm, 'Sodium ions will rush into the cell from the water and it bursts.')).toContain(
      'solute-moves',
    );
    // Where the solutes are is not a movement.
    expect(flags(osm, 'There is more solute in the cell, so water moves in.')).not.toContain('solute-moves');
  });

  it('resting pump: "The cars leaving are sodium and the ones coming in are potassium"', () => {
    const answer = 'The cars leaving are sodium and the ones coming in are potassium.';
    expect(earned(rpp, answer)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(earned(rpp, 'The cars leaving are potassium and the ones coming in are sodium.')).not.toEqual(
      expect.arrayContaining(['sodium-out']),
    );
  });

  it('synapse: a potential "same as before" or "where it was at rest" stays at rest; "depolarize like normal" fires anyway', () => {
    expect(
      earned(syn, 'Neurotoxin block receptor so neuron not get signal. Membrane potential same as before.'),
    ).toContain('prediction');
    expect(earned(syn, 'the membrane potential stays where it was at rest.')).toContain('prediction');
    expect(earned(syn, 'the membrane potential goes up from where it was at rest.')).not.toContain(
      'prediction',
    );
    expect(
      flags(syn, "the toxin wouldn't really change the membrane potential, it would depolarize like normal."),
    ).toContain('fires-anyway');
    expect(flags(syn, 'It would have a smaller depolarization than normal.')).not.toContain('fires-anyway');
  });
});
